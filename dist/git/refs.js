// What a CI gate asks git: which files a commit changes, where a pull request branched off, and
// which commits of it carry an acknowledgement trailer.
import { git } from './git.js';
import { EXCLUDED_PATHSPEC } from './snapshot.js';
/**
 * The files a commit changes against the base (perfflow's own run state excluded).
 * @param projectRoot - repository root
 * @param base - the base commit
 * @param candidate - the candidate commit
 * @returns the changed paths
 */
export async function commitChange(projectRoot, base, candidate) {
    const out = await git(['diff', '--name-only', '--no-renames', base, candidate, '--', '.', ...EXCLUDED_PATHSPEC], { cwd: projectRoot });
    return out.split('\n').filter((line) => line !== '');
}
async function tryCommit(root, ref) {
    try {
        return await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
    }
    catch {
        return null; // the branch is not there (a shallow clone, another default branch): try the next
    }
}
/**
 * The branches a pull request is compared against, most specific first: the target branch the CI
 * names (`GITHUB_BASE_REF` on GitHub, `CI_MERGE_REQUEST_TARGET_BRANCH_NAME` on GitLab), then
 * origin/main, main, origin/master, master.
 * @param env - the environment
 * @returns candidate ref names
 */
export function baseCandidates(env) {
    const named = [env.GITHUB_BASE_REF, env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME].filter((b) => b !== undefined && b !== '' && !b.startsWith('-'));
    return [...new Set([...named.flatMap((b) => [`origin/${b}`, b]), 'origin/main', 'main', 'origin/master', 'master'])];
}
/**
 * The default base of a pull request: the merge-base of `head` with the first branch of
 * {@link baseCandidates} that exists.
 * @param root - repository root
 * @param head - the head commit
 * @param env - the environment (CI variables)
 * @returns the commit and how it was found, or null when no such branch exists
 */
export async function defaultBase(root, head, env) {
    for (const ref of baseCandidates(env)) {
        if ((await tryCommit(root, ref)) === null)
            continue;
        try {
            const commit = await git(['merge-base', head, ref], { cwd: root });
            return { commit, ref: `merge-base of HEAD and ${ref}` };
        }
        catch {
            continue; // unrelated histories (or a shallow clone cut above the fork): try the next branch
        }
    }
    return null;
}
/**
 * The values of every `perfflow-accept:` trailer in the commits after `base` up to `head`. A value
 * may name several targets separated by commas.
 * @param root - repository root
 * @param base - the base commit (excluded)
 * @param head - the head commit (included)
 * @returns the named targets, each with the commit that named it
 */
export async function acceptTrailers(root, base, head) {
    const out = await git(['log', '--format=%H%x00%(trailers:key=perfflow-accept,valueonly,separator=%x2C)%x00', `${base}..${head}`], { cwd: root });
    const found = [];
    const fields = out.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const commit = (fields[i] ?? '').trim();
        for (const value of (fields[i + 1] ?? '').split(',')) {
            const target = value.trim();
            if (target !== '')
                found.push({ target, commit });
        }
    }
    return found;
}
