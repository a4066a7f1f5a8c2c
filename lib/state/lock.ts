import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { InputError } from '../errors.js';
import { isProcessAlive } from './process-alive.js';

/** Options of {@link withLock}. */
export interface LockOptions {
  /** How long to wait for a busy lock before giving up, in ms (default: $PERFFLOW_LOCK_WAIT_MS, else 10 s). */
  waitMs?: number;
  /** Poll interval while waiting, in ms. */
  pollMs?: number;
  /** Injected sleep, for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Injected clock, for tests. */
  now?: () => number;
}

const LOCK_FILE = 'run.lock';

function holder(path: string): { pid: number; host: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof parsed === 'object' && parsed !== null) {
      const { pid, host } = parsed as { pid?: unknown; host?: unknown };
      if (typeof pid === 'number' && typeof host === 'string') return { pid, host };
    }
  } catch {
    // Unreadable or half-written: treated as a lock of unknown owner, see tryAcquire.
  }
  return null;
}

function tryAcquire(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // The lock exists. perfflow runs on one machine, so a lock whose process is gone (a CLI killed
  // with SIGKILL) is stale and can be taken at once; a time-based staleness rule (proper-lockfile's)
  // would block every command for the stale period after each crash.
  const owner = holder(path);
  if (owner === null || owner.host !== hostname() || isProcessAlive(owner.pid)) return false;
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return false; // someone else took it aside first
  }
  const moved = holder(aside);
  if (moved !== null && moved.pid !== owner.pid) {
    // Between our read and the rename another process took the lock: give it back.
    try {
      renameSync(aside, path);
    } catch {
      // It cannot be put back only if a third process holds the path now; that one owns the run.
    }
    return false;
  }
  unlinkSync(aside);
  return tryAcquire(path);
}

/**
 * Runs `fn` while holding the run's lock (`run.lock` in the run directory). Waits while another live
 * process holds it; takes over a lock left by a dead process.
 * @param dir - the run directory
 * @param fn - the work that changes the run
 * @param options - waiting policy
 * @returns what `fn` returns
 * @throws InputError `run-busy` when the lock stays busy past `waitMs`
 */
export async function withLock<T>(dir: string, fn: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const fromEnv = Number(process.env.PERFFLOW_LOCK_WAIT_MS);
  const waitMs = options.waitMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.PERFFLOW_LOCK_WAIT_MS !== '' ? fromEnv : 10_000);
  const pollMs = options.pollMs ?? 50;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const start = now();
  while (!tryAcquire(path)) {
    if (now() - start >= waitMs) {
      const owner = holder(path);
      throw new InputError(
        'run-busy',
        `the run is busy: another perfflow command (pid ${owner?.pid ?? 'unknown'}) is changing it; wait for it to finish and retry`,
      );
    }
    await sleep(pollMs);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
      // Already removed (e.g. the run directory was archived by this command): nothing to release.
    }
  }
}
