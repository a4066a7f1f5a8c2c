import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { TargetError } from '../errors.js';
import { git } from './git.js';
import { snapshotWorkingTree } from './snapshot.js';
import { isProcessAlive } from '../state/process-alive.js';

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

function npmInstall(dir: string, signal: AbortSignal): Promise<void> {
  const args = existsSync(join(dir, 'package-lock.json')) || existsSync(join(dir, 'npm-shrinkwrap.json'))
    ? ['ci', '--no-audit', '--no-fund']
    : ['install', '--no-audit', '--no-fund'];
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd: dir, maxBuffer: 64 * 1024 * 1024, signal, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
      if (error === null) resolve();
      else reject(new Error(`npm ${args[0] ?? ''} failed: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

function removeNow(projectRoot: string, tree: string, scratch: string): void {
  try {
    // Forced twice: a checkout cut short (perfflow interrupted, or SIGKILLed, during `git worktree
    // add`) is still locked as "initializing", which one --force refuses and `prune` never removes.
    execFileSync('git', ['worktree', 'remove', '--force', '--force', tree], { cwd: projectRoot, stdio: 'ignore' });
  } catch {
    // Already removed or never fully added; deleting the directory and pruning below covers both.
  }
  // Retries: a git or npm just killed may still finish a write into the directory being deleted.
  rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  try {
    execFileSync('git', ['worktree', 'prune'], { cwd: projectRoot, stdio: 'ignore' });
  } catch {
    // Pruning only tidies git's bookkeeping of the removed checkout; the next prune does it too.
  }
}

/** Scratch dirs of arm checkouts; `perfflow-base-` is what versions before the three-checkout design left. */
const SCRATCH_PREFIX = 'perfflow-arm-';
const SCRATCH_PREFIXES = [SCRATCH_PREFIX, 'perfflow-base-'];
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
 * Removes arm checkouts of this repository whose perfflow process is gone (SIGKILL leaves its
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
    if (basename(tree) !== 'tree' || !SCRATCH_PREFIXES.some((p) => basename(scratch).startsWith(p)) || !orphaned(scratch)) continue;
    removeNow(projectRoot, tree, scratch);
    removed.push(tree);
  }
  let names: string[] = [];
  try {
    names = readdirSync(tmpdir()).filter((n) => SCRATCH_PREFIXES.some((p) => n.startsWith(p)));
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
 * Every `node_modules` directory of a project outside other `node_modules` (the root's, and those
 * of workspace packages), relative to the root.
 */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link
  }
}

function nodeModulesDirs(root: string, depth = 4): string[] {
  const found: string[] = [];
  const walk = (rel: string, level: number): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return; // unreadable: nothing to link from there
    }
    for (const entry of entries) {
      const child = rel === '' ? entry.name : join(rel, entry.name);
      // A node_modules that is a link to a directory (a shared install) is linked like a real one.
      if (entry.name === 'node_modules' && entry.isSymbolicLink() && isDirectory(join(root, child))) found.push(child);
      if (!entry.isDirectory() || entry.name === '.git') continue;
      if (entry.name === 'node_modules') found.push(child);
      else if (level < depth && !entry.name.startsWith('.')) walk(child, level + 1);
    }
  };
  walk('', 0);
  return found;
}

function linkNodeModules(from: string, to: string): void {
  for (const rel of nodeModulesDirs(from)) {
    if (!existsSync(dirname(join(to, rel))) || existsSync(join(to, rel))) continue;
    symlinkSync(join(from, rel), join(to, rel), 'dir');
  }
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
export async function withArmTrees<T>(projectRoot: string, commit: string, fn: (trees: ArmTrees) => Promise<T>, options: WorktreeOptions = {}): Promise<T> {
  removeOrphanedWorktrees(projectRoot);
  const scratches: { scratch: string; tree: string }[] = [];
  const cleanup = (): void => {
    for (const { scratch, tree } of scratches) removeNow(projectRoot, tree, scratch);
  };
  // Kills a checkout or install still running, so that nothing writes into a checkout being removed.
  const abort = new AbortController();
  // Interrupted (Ctrl-C, kill): stop what writes into the checkouts, remove them, then die of the
  // same signal as usual, also when the removal fails (the next comparison removes what is left:
  // its owner is then a dead process).
  const onSignal = (signal: NodeJS.Signals): void => {
    detach();
    abort.abort();
    try {
      cleanup();
    } catch {
      // Left for the next comparison to remove; dying of the signal matters more than a stack trace.
    }
    process.kill(process.pid, signal);
  };
  const detach = (): void => {
    process.removeListener('exit', cleanup);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  process.once('exit', cleanup);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const checkout = async (side: 'base' | 'candidate', at: string): Promise<string> => {
    const scratch = mkdtempSync(join(tmpdir(), SCRATCH_PREFIX));
    // Who owns the checkout, so that one left by a SIGKILLed perfflow can be told from a live one.
    writeFileSync(join(scratch, OWNER_FILE), JSON.stringify({ pid: process.pid, host: hostname(), project: projectRoot }));
    const tree = join(scratch, 'tree');
    scratches.push({ scratch, tree });
    try {
      await git(['worktree', 'add', '--detach', '--force', tree, at], { cwd: projectRoot, signal: abort.signal });
    } catch (error) {
      throw new TargetError('build-failed', `${side} side: cannot check out ${at.slice(0, 12)} into a worktree: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return tree;
  };
  try {
    const candidateCommit = options.candidateCommit ?? (await snapshotWorkingTree(projectRoot, null, 'perfflow: the working tree compared (candidate)', { withoutDependencies: true }));
    const base = await checkout('base', commit);
    const aa = await checkout('base', commit);
    const candidate = await checkout('candidate', candidateCommit);
    linkNodeModules(projectRoot, candidate);
    let dependencies: DependencySource = 'none';
    if (hasDependencies(base)) {
      if (sameDependencies(base, projectRoot)) {
        linkNodeModules(projectRoot, base);
        linkNodeModules(projectRoot, aa);
        dependencies = 'linked';
      } else {
        try {
          await (options.install ?? npmInstall)(base, abort.signal);
        } catch (error) {
          throw new TargetError('build-failed', `base side: installing the base commit's dependencies failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        linkNodeModules(base, aa);
        dependencies = 'installed';
      }
    }
    return await fn({ base, candidate, 'base-aa': aa, baseCommit: commit, candidateCommit, dependencies });
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
