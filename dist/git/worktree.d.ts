/** How the base worktree got its dependencies. */
export type DependencySource = 'none' | 'linked' | 'installed';
/** A temporary checkout of the base commit. */
export interface BaseWorktree {
    /** The checkout's directory (inside a fresh temp dir). */
    dir: string;
    commit: string;
    dependencies: DependencySource;
}
/** Options of {@link withBaseWorktree}. */
export interface WorktreeOptions {
    /** Installs dependencies in a directory (default: `npm ci`, or `npm install` without a lockfile). */
    install?: (dir: string) => Promise<void>;
}
/**
 * Tells whether the base may reuse the candidate's node_modules: only when both sides ask npm for
 * exactly the same thing (identical lockfile, or identical dependency fields where neither has one).
 * @param baseDir - the base checkout
 * @param candidateDir - the working tree
 * @returns true when sharing is safe
 */
export declare function sameDependencies(baseDir: string, candidateDir: string): boolean;
/**
 * Removes base worktrees of this repository whose perfflow process is gone (SIGKILL leaves its
 * cleanup no chance to run): checkouts git still lists and scratch directories in the temp dir
 * whose owner record names this repository and a dead process on this host. Live ones are kept.
 * @param projectRoot - the repository
 * @returns the removed checkouts
 */
export declare function removeOrphanedWorktrees(projectRoot: string): string[];
/**
 * Checks out a commit into a fresh temporary directory as a detached git worktree, gives it its
 * dependencies (the candidate's node_modules when both sides declare identical dependencies, else a
 * clean install), runs `fn`, and always removes the worktree afterwards, also when `fn` throws, the
 * process exits early or is interrupted by SIGINT, SIGTERM or SIGHUP.
 * @param projectRoot - the repository (the candidate's working tree)
 * @param commit - the base commit
 * @param fn - the work to do with the base checkout
 * @param options - injected installer
 * @returns what `fn` returns
 * @throws TargetError `build-failed` naming the base side when the checkout or install fails
 */
export declare function withBaseWorktree<T>(projectRoot: string, commit: string, fn: (worktree: BaseWorktree) => Promise<T>, options?: WorktreeOptions): Promise<T>;
/**
 * Maps a path of the candidate's working tree to the same path in another checkout (the base
 * worktree). Paths outside the project stay as they are.
 * @param path - absolute path in the candidate's working tree
 * @param projectRoot - the candidate's root
 * @param worktreeDir - the other checkout's root
 * @returns the path in the other checkout
 */
export declare function pathInWorktree(path: string, projectRoot: string, worktreeDir: string): string;
