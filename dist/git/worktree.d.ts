/** How the base worktree got its dependencies. */
export type DependencySource = 'none' | 'linked' | 'installed';
/** Options of {@link withArmTrees}. */
export interface WorktreeOptions {
    /**
     * Installs dependencies in a directory (default: `npm ci`, or `npm install` without a lockfile).
     * The signal is aborted when perfflow is interrupted: the install must stop writing into `dir`.
     */
    install?: (dir: string, signal: AbortSignal) => Promise<void>;
    /**
     * The candidate as a commit (a CI runner's HEAD) instead of the working tree: checked out as it
     * is, so uncommitted files of the runner's checkout (build output, reports) are in no arm.
     */
    candidateCommit?: string;
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
 * Removes arm checkouts of this repository whose perfflow process is gone (SIGKILL leaves its
 * cleanup no chance to run): checkouts git still lists and scratch directories in the temp dir
 * whose owner record names this repository and a dead process on this host. Live ones are kept.
 * @param projectRoot - the repository
 * @returns the removed checkouts
 */
export declare function removeOrphanedWorktrees(projectRoot: string): string[];
/** The three checkouts of a paired comparison, one per arm, each at a path of the same shape. */
export interface ArmTrees {
    base: string;
    candidate: string;
    'base-aa': string;
    /** The base commit (base and A/A copy). */
    baseCommit: string;
    /** A commit of the candidate's working tree (uncommitted and untracked files included). */
    candidateCommit: string;
    /** How the base (and its A/A copy) got their dependencies; the candidate always uses the project's own. */
    dependencies: DependencySource;
}
/**
 * Checks out the base commit twice (the base arm and its A/A copy) and the candidate's working tree
 * (or the commit `options.candidateCommit`) once, each into its own fresh temporary directory of the same shape (`<tmp>/perfflow-arm-XXXXXX/tree`),
 * so that the A/A copy differs from the base in every way the candidate does except the change
 * itself: its own files at its own path, hence its own module instances and processes. Dependencies:
 * the candidate links the project's node_modules; the base links them too when both sides declare
 * identical dependencies, else gets a clean install that its A/A copy links. Ignored files (build
 * output, .env) are in none of the checkouts, so no side has them. Always removed afterwards, also
 * when `fn` throws, the process exits early or is interrupted by SIGINT, SIGTERM or SIGHUP.
 * @param projectRoot - the repository (the candidate's working tree)
 * @param commit - the base commit
 * @param fn - the work to do with the checkouts
 * @param options - injected installer
 * @returns what `fn` returns
 * @throws TargetError `build-failed` naming the side whose checkout or install fails
 */
export declare function withArmTrees<T>(projectRoot: string, commit: string, fn: (trees: ArmTrees) => Promise<T>, options?: WorktreeOptions): Promise<T>;
/**
 * Maps a path of the candidate's working tree to the same path in another checkout (the base
 * worktree). Paths outside the project stay as they are.
 * @param path - absolute path in the candidate's working tree
 * @param projectRoot - the candidate's root
 * @param worktreeDir - the other checkout's root
 * @returns the path in the other checkout
 */
export declare function pathInWorktree(path: string, projectRoot: string, worktreeDir: string): string;
