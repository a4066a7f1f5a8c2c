import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Finds the project root: the nearest directory at or above `cwd` holding `.git`, else `cwd`.
 * Walks the file system instead of spawning git, so that fast commands stay fast.
 * @param cwd - where the command was started
 * @returns an absolute directory
 */
export function findProjectRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/**
 * The directory that holds every run of a project.
 * @param projectRoot - from {@link findProjectRoot}
 * @returns `<root>/.claude/context/runs`
 */
export function runsDir(projectRoot: string): string {
  return join(projectRoot, '.claude', 'context', 'runs');
}

/**
 * The directory of a project's feed, shared by all its runs: the published copies of each run's
 * artifacts and `feed.json`.
 * @param projectRoot - from {@link findProjectRoot}
 * @returns `<root>/.claude/context/feed`
 */
export function feedDir(projectRoot: string): string {
  return join(projectRoot, '.claude', 'context', 'feed');
}

/**
 * The JSON Feed of a project's published runs.
 * @param projectRoot - from {@link findProjectRoot}
 * @returns `<root>/.claude/context/feed/feed.json`
 */
export function feedFile(projectRoot: string): string {
  return join(feedDir(projectRoot), 'feed.json');
}
