/**
 * The files a commit changes against the base (perfflow's own run state excluded).
 * @param projectRoot - repository root
 * @param base - the base commit
 * @param candidate - the candidate commit
 * @returns the changed paths
 */
export declare function commitChange(projectRoot: string, base: string, candidate: string): Promise<string[]>;
/** Where a default base came from, said in the output. */
export interface DefaultBase {
    /** The merge-base commit. */
    commit: string;
    /** How it was found, e.g. `merge-base of HEAD and origin/main`. */
    ref: string;
}
/**
 * The branches a pull request is compared against, most specific first: the target branch the CI
 * names (`GITHUB_BASE_REF` on GitHub, `CI_MERGE_REQUEST_TARGET_BRANCH_NAME` on GitLab), then
 * origin/main, main, origin/master, master.
 * @param env - the environment
 * @returns candidate ref names
 */
export declare function baseCandidates(env: NodeJS.ProcessEnv): string[];
/**
 * The default base of a pull request: the merge-base of `head` with the first branch of
 * {@link baseCandidates} that exists.
 * @param root - repository root
 * @param head - the head commit
 * @param env - the environment (CI variables)
 * @returns the commit and how it was found, or null when no such branch exists
 */
export declare function defaultBase(root: string, head: string, env: NodeJS.ProcessEnv): Promise<DefaultBase | null>;
/**
 * The values of every `perfflow-accept:` trailer in the commits after `base` up to `head`. A value
 * may name several targets separated by commas.
 * @param root - repository root
 * @param base - the base commit (excluded)
 * @param head - the head commit (included)
 * @returns the named targets, each with the commit that named it
 */
export declare function acceptTrailers(root: string, base: string, head: string): Promise<{
    target: string;
    commit: string;
}[]>;
