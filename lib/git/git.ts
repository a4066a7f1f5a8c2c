import { execFile } from 'node:child_process';
import { InputError } from '../errors.js';

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
export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n')[0] ?? ''}`);
    this.name = 'GitCommandError';
  }
}

function run(args: readonly string[], options: GitOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
        encoding: 'buffer',
        maxBuffer: 512 * 1024 * 1024,
        ...(options.signal === undefined ? {} : { signal: options.signal, killSignal: 'SIGKILL' as const }),
      },
      (error, stdout, stderr) => {
        if (error !== null) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(new InputError('not-git', 'git is not installed or not on PATH; install git to use runs, validation and rollback', { cause: error }));
            return;
          }
          reject(new GitCommandError(args, typeof error.code === 'number' ? error.code : null, stderr.toString('utf8')));
          return;
        }
        resolve(stdout);
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/**
 * Runs git without a shell and returns its stdout as text (trailing newline removed).
 * @param args - git arguments
 * @param options - working directory and environment
 * @returns stdout
 * @throws GitCommandError on a non-zero exit; InputError `not-git` when git is missing
 */
export async function git(args: readonly string[], options: GitOptions): Promise<string> {
  return (await run(args, options)).toString('utf8').replace(/\n$/, '');
}

/**
 * Runs git and returns stdout as raw bytes (for blob contents).
 * @param args - git arguments
 * @param options - working directory and environment
 * @returns stdout bytes
 */
export async function gitBytes(args: readonly string[], options: GitOptions): Promise<Buffer> {
  return run(args, options);
}

/**
 * Finds the top of the git work tree containing `cwd`.
 * @param cwd - a directory
 * @param purpose - what needs git, for the message ("perfflow init records the base commit")
 * @returns the absolute top-level directory
 * @throws InputError `not-git` with a way out
 */
export async function requireGitRoot(cwd: string, purpose: string): Promise<string> {
  try {
    return await git(['rev-parse', '--show-toplevel'], { cwd });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      'not-git',
      `${cwd} is not a git repository, and ${purpose}; run 'git init && git add -A && git commit -m base' first`,
      { cause: error },
    );
  }
}

/**
 * Resolves a ref to a commit id.
 * @param root - repository root
 * @param ref - a branch, tag, HEAD or sha
 * @returns the full commit id
 * @throws InputError `usage` when the ref does not name a commit
 */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new InputError('usage', `--base '${ref}' is not a git ref; name a branch, tag or commit`);
  try {
    return await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  } catch (error) {
    throw new InputError(
      'usage',
      ref === 'HEAD'
        ? 'the repository has no commit yet; commit the current code first so perfflow has a base to compare against'
        : `--base '${ref}' does not name a commit in this repository; use a branch, tag or commit id`,
      { cause: error },
    );
  }
}
