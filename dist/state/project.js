import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
/**
 * Finds the project root: the nearest directory at or above `cwd` holding `.git`, else `cwd`.
 * Walks the file system instead of spawning git, so that fast commands stay fast.
 * @param cwd - where the command was started
 * @returns an absolute directory
 */
export function findProjectRoot(cwd) {
    let dir = resolve(cwd);
    for (;;) {
        if (existsSync(join(dir, '.git')))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            return resolve(cwd);
        dir = parent;
    }
}
/**
 * The directory that holds every run of a project.
 * @param projectRoot - from {@link findProjectRoot}
 * @returns `<root>/.claude/context/runs`
 */
export function runsDir(projectRoot) {
    return join(projectRoot, '.claude', 'context', 'runs');
}
