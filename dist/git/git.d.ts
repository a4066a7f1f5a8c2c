/** Options of {@link git}. */
export interface GitOptions {
    cwd: string;
    /** Extra environment (e.g. GIT_INDEX_FILE for a private index). */
    env?: Record<string, string>;
    /** Bytes written to git's stdin. */
    input?: string | Buffer;
    /** Return stdout as a Buffer (for file contents). */
    binary?: boolean;
    /** Aborting it kills git at once (SIGKILL): an interrupted perfflow stops a checkout before removing it. */
    signal?: AbortSignal;
}
/** A git command that exited non-zero. */
export declare class GitCommandError extends Error {
    readonly args: readonly string[];
    readonly exitCode: number | null;
    readonly stderr: string;
    constructor(args: readonly string[], exitCode: number | null, stderr: string);
}
/**
 * Runs git without a shell and returns its stdout as text (trailing newline removed).
 * @param args - git arguments
 * @param options - working directory and environment
 * @returns stdout
 * @throws GitCommandError on a non-zero exit; InputError `not-git` when git is missing
 */
export declare function git(args: readonly string[], options: GitOptions): Promise<string>;
/**
 * Runs git and returns stdout as raw bytes (for blob contents).
 * @param args - git arguments
 * @param options - working directory and environment
 * @returns stdout bytes
 */
export declare function gitBytes(args: readonly string[], options: GitOptions): Promise<Buffer>;
/**
 * Finds the top of the git work tree containing `cwd`.
 * @param cwd - a directory
 * @param purpose - what needs git, for the message ("perfflow init records the base commit")
 * @returns the absolute top-level directory
 * @throws InputError `not-git` with a way out
 */
export declare function requireGitRoot(cwd: string, purpose: string): Promise<string>;
/**
 * Resolves a ref to a commit id.
 * @param root - repository root
 * @param ref - a branch, tag, HEAD or sha
 * @returns the full commit id
 * @throws InputError `usage` when the ref does not name a commit
 */
export declare function resolveCommit(root: string, ref: string): Promise<string>;
