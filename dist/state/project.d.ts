/**
 * Finds the project root: the nearest directory at or above `cwd` holding `.git`, else `cwd`.
 * Walks the file system instead of spawning git, so that fast commands stay fast.
 * @param cwd - where the command was started
 * @returns an absolute directory
 */
export declare function findProjectRoot(cwd: string): string;
/**
 * The directory that holds every run of a project.
 * @param projectRoot - from {@link findProjectRoot}
 * @returns `<root>/.claude/context/runs`
 */
export declare function runsDir(projectRoot: string): string;
/**
 * The directory of a project's feed, shared by all its runs: the published copies of each run's
 * artifacts and `feed.json`.
 * @param projectRoot - from {@link findProjectRoot}
 * @returns `<root>/.claude/context/feed`
 */
export declare function feedDir(projectRoot: string): string;
/**
 * The JSON Feed of a project's published runs.
 * @param projectRoot - from {@link findProjectRoot}
 * @returns `<root>/.claude/context/feed/feed.json`
 */
export declare function feedFile(projectRoot: string): string;
