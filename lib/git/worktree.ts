import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { TargetError } from '../errors.js';
import { git } from './git.js';
import { isProcessAlive } from '../state/process-alive.js';

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

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The parts of package.json that decide what npm installs. */
function dependencySpec(dir: string): string | null {
  const text = readOrNull(join(dir, 'package.json'));
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof parsed !== 'object' || parsed === null) return text;
  const fields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'overrides', 'workspaces'];
  const record = parsed as Record<string, unknown>;
  return JSON.stringify(fields.map((f) => record[f] ?? null));
}

function hasDependencies(dir: string): boolean {
  const spec = dependencySpec(dir);
  return spec !== null && spec !== JSON.stringify([null, null, null, null, null, null]);
}

/**
 * Tells whether the base may reuse the candidate's node_modules: only when both sides ask npm for
 * exactly the same thing (identical lockfile, or identical dependency fields where neither has one).
 * @param baseDir - the base checkout
 * @param candidateDir - the working tree
 * @returns true when sharing is safe
 */
export function sameDependencies(baseDir: string, candidateDir: string): boolean {
  if (!existsSync(join(candidateDir, 'node_modules'))) return false;
  if (dependencySpec(baseDir) !== dependencySpec(candidateDir)) return false;
  for (const lock of ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']) {
    if (readOrNull(join(baseDir, lock)) !== readOrNull(join(candidateDir, lock))) return false;
  }
  return true;
}

function npmInstall(dir: string): Promise<void> {
  const args = existsSync(join(dir, 'package-lock.json')) || existsSync(join(dir, 'npm-shrinkwrap.json'))
    ? ['ci', '--no-audit', '--no-fund']
    : ['install', '--no-audit', '--no-fund'];
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error === null) resolve();
      else reject(new Error(`npm ${args[0] ?? ''} failed: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

function removeNow(projectRoot: string, tree: string, scratch: string): void {
  try {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: projectRoot, stdio: 'ignore' });
  } catch {
    // Already removed or never fully added; deleting the directory and pruning below covers both.
  }
  rmSync(scratch, { recursive: true, force: true });
  try {
    execFileSync('git', ['worktree', 'prune'], { cwd: projectRoot, stdio: 'ignore' });
  } catch {
    // Pruning only tidies git's bookkeeping of the removed checkout; the next prune does it too.
  }
}

const SCRATCH_PREFIX = 'perfflow-base-';
const OWNER_FILE = 'owner.json';

function ownerOf(scratch: string): { pid: number; host: string; project: string } | null {
  const text = readOrNull(join(scratch, OWNER_FILE));
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, host, project } = value as Record<string, unknown>;
    return typeof pid === 'number' && typeof host === 'string' && typeof project === 'string' ? { pid, host, project } : null;
  } catch {
    return null; // cut short by a kill between creating and writing it: no owner known
  }
}

/**
 * Removes base worktrees of this repository whose perfflow process is gone (SIGKILL leaves its
 * cleanup no chance to run): checkouts git still lists and scratch directories in the temp dir
 * whose owner record names this repository and a dead process on this host. Live ones are kept.
 * @param projectRoot - the repository
 * @returns the removed checkouts
 */
export function removeOrphanedWorktrees(projectRoot: string): string[] {
  const removed: string[] = [];
  const orphaned = (scratch: string): boolean => {
    const owner = ownerOf(scratch);
    return owner === null || (owner.host === hostname() && !isProcessAlive(owner.pid));
  };
  let listed: string;
  try {
    listed = execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return removed; // not a repository (any more): nothing of ours to find
  }
  const trees = listed.split('\n').filter((l) => l.startsWith('worktree ')).map((l) => l.slice('worktree '.length));
  for (const tree of trees) {
    const scratch = dirname(tree);
    if (basename(tree) !== 'tree' || !basename(scratch).startsWith(SCRATCH_PREFIX) || !orphaned(scratch)) continue;
    removeNow(projectRoot, tree, scratch);
    removed.push(tree);
  }
  let names: string[] = [];
  try {
    names = readdirSync(tmpdir()).filter((n) => n.startsWith(SCRATCH_PREFIX));
  } catch {
    // An unreadable temp dir holds nothing we can remove either.
  }
  for (const name of names) {
    const scratch = join(tmpdir(), name);
    const owner = ownerOf(scratch);
    if (owner === null || owner.project !== projectRoot || !orphaned(scratch)) continue;
    removeNow(projectRoot, join(scratch, 'tree'), scratch);
    removed.push(join(scratch, 'tree'));
  }
  try {
    execFileSync('git', ['worktree', 'prune'], { cwd: projectRoot, stdio: 'ignore' });
  } catch {
    // Pruning only tidies git's bookkeeping; the next prune does it too.
  }
  return [...new Set(removed)];
}

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
export async function withBaseWorktree<T>(projectRoot: string, commit: string, fn: (worktree: BaseWorktree) => Promise<T>, options: WorktreeOptions = {}): Promise<T> {
  removeOrphanedWorktrees(projectRoot);
  const scratch = mkdtempSync(join(tmpdir(), SCRATCH_PREFIX));
  // Who owns the checkout, so that one left by a SIGKILLed perfflow can be told from a live one.
  writeFileSync(join(scratch, OWNER_FILE), JSON.stringify({ pid: process.pid, host: hostname(), project: projectRoot }));
  const tree = join(scratch, 'tree');
  const cleanup = (): void => {
    removeNow(projectRoot, tree, scratch);
  };
  // Interrupted (Ctrl-C, kill): remove the checkout, then die of the same signal as usual.
  const onSignal = (signal: NodeJS.Signals): void => {
    detach();
    cleanup();
    process.kill(process.pid, signal);
  };
  const detach = (): void => {
    process.removeListener('exit', cleanup);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  process.once('exit', cleanup);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  try {
    try {
      await git(['worktree', 'add', '--detach', '--force', tree, commit], { cwd: projectRoot });
    } catch (error) {
      throw new TargetError('build-failed', `base side: cannot check out ${commit.slice(0, 12)} into a worktree: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    let dependencies: DependencySource = 'none';
    if (hasDependencies(tree)) {
      if (sameDependencies(tree, projectRoot)) {
        symlinkSync(join(projectRoot, 'node_modules'), join(tree, 'node_modules'), 'dir');
        dependencies = 'linked';
      } else {
        try {
          await (options.install ?? npmInstall)(tree);
        } catch (error) {
          throw new TargetError('build-failed', `base side: installing the base commit's dependencies failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        dependencies = 'installed';
      }
    }
    return await fn({ dir: tree, commit, dependencies });
  } finally {
    detach();
    cleanup();
  }
}

/**
 * Maps a path of the candidate's working tree to the same path in another checkout (the base
 * worktree). Paths outside the project stay as they are.
 * @param path - absolute path in the candidate's working tree
 * @param projectRoot - the candidate's root
 * @param worktreeDir - the other checkout's root
 * @returns the path in the other checkout
 */
export function pathInWorktree(path: string, projectRoot: string, worktreeDir: string): string {
  const rel = relative(projectRoot, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return path;
  return join(worktreeDir, rel);
}
