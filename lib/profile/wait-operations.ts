// The operations of followed requests, for the wait recorder (wait-recorder.ts): which request is
// current, and the start and end of each operation it waits on, grouped by kind, label and the
// user's stack. The patches of the individual operations (wait-patches.ts) call `begin`; the
// recorder decides which requests are followed. Runs inside the profiled program: Node builtins only.
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { userFrames } from './wait-stack.js';
import type { Frame } from './wait-stack.js';

/** Operations of one kind and label started from one stack of the user's code. */
export interface Group { kind: string; label: string; frames: Frame[]; library?: true }
/** One followed request (or call, or run): its times and the operations it waited on, ms. */
export interface RequestRecord { start: number; end: number; name: string; status: number; ops: [group: number, start: number, end: number][] }
/** The end of a recorded operation: now, or at a given time (ms, performance.now()); `cancel` takes it back (a timer cleared before it fired was never waited on). */
export interface OperationEnd {
  (at?: number): void;
  cancel?: () => void;
}
/** A recorded operation's start: its request, the user's frames that started it, its end. */
export interface Started { request: RequestRecord; frames: Frame[]; library: boolean; end: OperationEnd }

/** The request a server's continuation belongs to (enabled only while a window follows requests). */
export const store = new AsyncLocalStorage<RequestRecord>();

const groups: Group[] = [];
const groupIndex = new Map<string, number>();
/** The call (function target) or run (command) being followed: a variable names it, no async hook is needed. */
let call: RequestRecord | null = null;
/**
 * Whether anything may be followed now (a window is open or a call is followed). Every wrapper
 * checks this first, so while nothing is followed an operation costs one read of a variable.
 */
let active = false;
/** Operations started synchronously inside another operation's start (Pool.query calling Client.query) are that operation. */
let depth = 0;
/**
 * Operations kept per followed request, call or run. A command's run is one record for the life of
 * its process: a script reading 50,000 files would otherwise hold them all in the user's process
 * (and give the analysis, quadratic in a record's operations, minutes of work).
 */
const MAX_OPERATIONS = 5_000;
/** Operations not kept: past {@link MAX_OPERATIONS} in their record. */
let droppedOperations = 0;

/**
 * How many operations were not recorded because their request, call or run already held the most
 * kept, since the count was last taken.
 * @returns the count, reset to 0
 */
export function takeDroppedOperations(): number {
  const n = droppedOperations;
  droppedOperations = 0;
  return n;
}

/**
 * Says whether operations may be recorded now (the recorder's windows and followed calls).
 * @param on - true while a window is open or a call is followed
 */
export function setActive(on: boolean): void {
  active = on;
}

/**
 * Names the call every operation belongs to until it is cleared (function targets, command runs).
 * @param record - the call, or null
 */
export function setCall(record: RequestRecord | null): void {
  call = record;
}

/**
 * The request or call the current code runs for, or null when nothing is followed.
 * @returns the record its operations are added to
 */
export function current(): RequestRecord | null {
  if (!active) return null;
  return call ?? store.getStore() ?? null;
}

/**
 * Starts an operation of the current request; returns its end, or null when nothing is recorded
 * (nothing followed, inside another operation's start, or no frame of the user's code started it:
 * a library's own timers).
 * @param kind - pg, http, timer, fs, pg-pool, lock
 * @param describe - the label, computed only when the operation is recorded
 * @param directOnly - record only when the user's code called it directly (timers, fs: libraries use them internally)
 * @param start - when it started, if before now (a lock call known to have queued only once it returned)
 * @returns the end, to call once when the operation settles
 */
export function begin(kind: string, describe: () => string, directOnly = false, start?: number): OperationEnd | null {
  return beginOperation(kind, describe, directOnly, start)?.end ?? null;
}

/**
 * {@link begin}, also returning the request and the user's frames (for an operation recorded in two parts).
 * @param kind - its kind
 * @param describe - the label, computed only when the operation is recorded
 * @param directOnly - record only when the user's code called it directly
 * @param start - when it started, if before now
 * @returns the start, or null when nothing is recorded
 */
export function beginOperation(kind: string, describe: () => string, directOnly = false, start?: number): Started | null {
  // Nothing, not even the label, is computed for an operation that is not recorded: most are not
  // (between windows), and shaping a query's text takes four regular expressions per query.
  const request = current();
  // A request that has answered waits on nothing more: what it started and left running (an audit
  // write after the response) is not its wait.
  if (request === null || depth > 0 || request.end >= 0) return null;
  const { frames, direct, library } = userFrames();
  if (frames.length === 0 || (directOnly && !direct)) return null;
  return { request, frames, library, end: record(request, kind, describe(), frames, start ?? performance.now(), library) };
}

/**
 * Records an operation with a known start and stack (one operation split in two, such as a pool's
 * wait for a client and the query that follows it).
 * @param request - the request it belongs to
 * @param kind - its kind
 * @param label - its label
 * @param frames - the user's frames that started it
 * @param start - when it started, ms
 * @param library - whether a library's code called the outermost of those frames
 * @returns its end
 */
export function record(request: RequestRecord, kind: string, label: string, frames: Frame[], start: number, library = false): OperationEnd {
  if (request.end >= 0 || request.ops.length >= MAX_OPERATIONS) {
    if (request.end < 0) droppedOperations += 1;
    return () => undefined;
  }
  const key = `${kind}\u0000${label}\u0000${frames.map((f) => `${f[1]}:${f[2]}:${f[3]}`).join('|')}`;
  let group = groupIndex.get(key);
  if (group === undefined) {
    group = groups.length;
    groups.push({ kind, label, frames });
    groupIndex.set(key, group);
  }
  // Once seen called by a library, a stack is no truncated capture of a longer one (analyze-waits.ts).
  if (library) (groups[group] as Group).library = true;
  const op: [number, number, number] = [group, start, -1];
  request.ops.push(op);
  const end: OperationEnd = (at?: number) => {
    if (op[2] < 0) op[2] = at ?? performance.now();
  };
  end.cancel = () => {
    const i = op[2] < 0 ? request.ops.lastIndexOf(op) : -1;
    if (i >= 0) request.ops.splice(i, 1);
  };
  return end;
}

/**
 * Runs an operation's start so that the operations it starts synchronously are not recorded again.
 * @param run - the start
 * @returns what it returned
 */
export function nested<T>(run: () => T): T {
  depth += 1;
  try {
    return run();
  } finally {
    depth -= 1;
  }
}

/**
 * Ends an operation when its result settles (a promise) or now (anything else).
 *
 * A native promise is returned as a promise of its own that settles the same way: a handler
 * attached to the program's promise would mark its rejection handled, so a rejection the program
 * never handles (an unawaited `fs.promises.unlink`) would no longer end the process with exit 1 or
 * reach its `unhandledRejection` listeners. The program's handlers run one microtask later.
 * @param result - what the operation's start returned
 * @param end - its end
 * @returns the result, or for a native promise a promise that settles as it does
 */
export function settle<T>(result: T, end: OperationEnd): T {
  if (result instanceof Promise) {
    return result.then(
      (value: unknown) => {
        end();
        return value;
      },
      (error: unknown) => {
        end();
        throw error;
      },
    ) as T;
  }
  if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
    const done = (): void => {
      end();
    };
    (result as unknown as PromiseLike<unknown>).then(done, done);
  } else {
    end();
  }
  return result;
}

/**
 * The groups recorded so far (indices of `RequestRecord.ops` point into it).
 * @returns the list, shared
 */
export function recordedGroups(): Group[] {
  return groups;
}
