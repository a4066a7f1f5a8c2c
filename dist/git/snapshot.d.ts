/** Paths perfflow never snapshots or restores: its own run state and feed live there. */
export declare const EXCLUDED_PATHSPEC: string[];
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
export declare function snapshotWorkingTree(root: string, ref: string | null, message: string, options?: {
    withoutDependencies?: boolean;
}): Promise<string>;
/** A file that differs between a snapshot and the working tree. */
export interface ChangedFile {
    path: string;
    /** A = added since the snapshot, D = deleted, M = modified (content or mode), T = type change. */
    status: 'A' | 'D' | 'M' | 'T';
}
/**
 * Lists the files of the working tree that differ from a snapshot commit (untracked files count,
 * ignored ones do not; perfflow's own state is excluded).
 * @param root - repository root
 * @param snapshot - a commit from {@link snapshotWorkingTree}
 * @returns changed files, sorted by path
 */
export declare function changedSince(root: string, snapshot: string): Promise<ChangedFile[]>;
/**
 * Puts files of the working tree back to their content in a snapshot: files that did not exist in
 * the snapshot are deleted, the others rewritten byte for byte with their mode. The index, HEAD and
 * every other file are left alone.
 * @param root - repository root
 * @param snapshot - the snapshot commit
 * @param paths - repository-relative paths to restore
 */
export declare function restoreFromSnapshot(root: string, snapshot: string, paths: readonly string[]): Promise<void>;
/**
 * Tells whether one working-tree file differs from its version in a snapshot.
 * @param root - repository root
 * @param snapshot - the snapshot commit
 * @param path - repository-relative path
 * @returns true when added, deleted or modified since the snapshot
 */
export declare function fileChangedSince(root: string, snapshot: string, path: string): Promise<boolean>;
