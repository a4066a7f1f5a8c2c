import { mkdtempSync, rmSync, existsSync, writeFileSync, unlinkSync, mkdirSync, chmodSync, lstatSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git, gitBytes } from './git.js';
/** Paths perfflow never snapshots or restores: its own run state and feed live there. */
export const EXCLUDED_PATHSPEC = [':(exclude).claude/context', ':(exclude).claude/context/**'];
/**
 * Stages the whole working tree into a private index, then takes perfflow's own state back out.
 * (An exclude pathspec would do it in one call, but git refuses it when the project's .gitignore
 * already ignores `.claude/context/`, which many projects do.)
 */
async function addWorkingTree(root, env, withoutDependencies = false) {
    await git(['add', '-A', '--', '.'], { cwd: root, env });
    await git(['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', '.claude/context'], { cwd: root, env });
    // Installed dependencies a project forgot to ignore: linked into a checkout, never copied.
    if (withoutDependencies)
        await git(['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', ':(glob)**/node_modules/**'], { cwd: root, env });
}
/**
 * Records the whole working tree — committed, staged, unstaged and untracked files (not ignored
 * ones) — as a commit object under `ref`, without touching the user's index, HEAD or files.
 * Unlike `git stash create`, this keeps untracked files, so a restore never loses one.
 * @param root - repository root
 * @param ref - where to keep it, e.g. `refs/perfflow/<run>/snapshot`; null for a commit that only
 *   lives as long as git keeps unreferenced objects (two weeks at least), e.g. a comparison's candidate
 * @param message - the commit message
 * @param options - `withoutDependencies`: leave node_modules out even where the project does not ignore it
 * @returns the snapshot commit id
 */
export async function snapshotWorkingTree(root, ref, message, options = {}) {
    const scratch = mkdtempSync(join(tmpdir(), 'perfflow-index-'));
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    try {
        let parent = null;
        try {
            parent = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root });
        }
        catch {
            parent = null; // an unborn branch: the snapshot has no parent
        }
        if (parent !== null)
            await git(['read-tree', parent], { cwd: root, env });
        await addWorkingTree(root, env, options.withoutDependencies === true);
        const tree = await git(['write-tree'], { cwd: root, env });
        const commit = await git(['-c', 'user.name=perfflow', '-c', 'user.email=perfflow@localhost', 'commit-tree', tree, ...(parent === null ? [] : ['-p', parent]), '-m', message], { cwd: root });
        if (ref !== null)
            await git(['update-ref', ref, commit], { cwd: root });
        return commit;
    }
    finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}
/**
 * Lists the files of the working tree that differ from a snapshot commit (untracked files count,
 * ignored ones do not; perfflow's own state is excluded).
 * @param root - repository root
 * @param snapshot - a commit from {@link snapshotWorkingTree}
 * @returns changed files, sorted by path
 */
export async function changedSince(root, snapshot) {
    const scratch = mkdtempSync(join(tmpdir(), 'perfflow-index-'));
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    try {
        await git(['read-tree', snapshot], { cwd: root, env });
        await addWorkingTree(root, env);
        const out = await git(['diff', '--cached', '--name-status', '--no-renames', '-z', snapshot, '--', '.', ...EXCLUDED_PATHSPEC], { cwd: root, env });
        const parts = out.split('\0').filter((p) => p !== '');
        const files = [];
        for (let i = 0; i + 1 < parts.length; i += 2) {
            const status = (parts[i] ?? 'M').charAt(0);
            files.push({ path: parts[i + 1] ?? '', status: status === 'A' || status === 'D' || status === 'T' ? status : 'M' });
        }
        return files.sort((a, b) => a.path.localeCompare(b.path));
    }
    finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}
/**
 * Puts files of the working tree back to their content in a snapshot: files that did not exist in
 * the snapshot are deleted, the others rewritten byte for byte with their mode. The index, HEAD and
 * every other file are left alone.
 * @param root - repository root
 * @param snapshot - the snapshot commit
 * @param paths - repository-relative paths to restore
 */
export async function restoreFromSnapshot(root, snapshot, paths) {
    for (const path of paths) {
        const full = join(root, path);
        let entry;
        try {
            entry = await git(['ls-tree', '-z', snapshot, '--', path], { cwd: root });
        }
        catch {
            entry = ''; // not in the snapshot: the file was added since, and is removed below
        }
        const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t/.exec(entry);
        if (match === null) {
            if (existsSync(full) || isSymlink(full))
                unlinkSync(full);
            continue;
        }
        const [, mode, , blob] = match;
        const bytes = await gitBytes(['cat-file', 'blob', blob ?? ''], { cwd: root });
        mkdirSync(dirname(full), { recursive: true });
        if (existsSync(full) || isSymlink(full))
            unlinkSync(full);
        if (mode === '120000') {
            symlinkSync(bytes.toString('utf8'), full);
        }
        else {
            writeFileSync(full, bytes);
            chmodSync(full, mode === '100755' ? 0o755 : 0o644);
        }
    }
}
function isSymlink(path) {
    try {
        return lstatSync(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * Tells whether one working-tree file differs from its version in a snapshot.
 * @param root - repository root
 * @param snapshot - the snapshot commit
 * @param path - repository-relative path
 * @returns true when added, deleted or modified since the snapshot
 */
export async function fileChangedSince(root, snapshot, path) {
    const full = join(root, path);
    let blob;
    try {
        blob = await git(['rev-parse', '--verify', '--quiet', `${snapshot}:${path}`], { cwd: root });
    }
    catch {
        blob = null;
    }
    if (!existsSync(full))
        return blob !== null;
    if (blob === null)
        return true;
    const own = await git(['hash-object', '--', path], { cwd: root });
    return own !== blob;
}
