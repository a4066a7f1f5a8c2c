import { AsyncLocalStorage } from 'node:async_hooks';
import type { Frame } from './wait-stack.js';
/** Operations of one kind and label started from one stack of the user's code. */
export interface Group {
    kind: string;
    label: string;
    frames: Frame[];
    library?: true;
}
/** One followed request (or call, or run): its times and the operations it waited on, ms. */
export interface RequestRecord {
    start: number;
    end: number;
    name: string;
    status: number;
    ops: [group: number, start: number, end: number][];
}
/** The end of a recorded operation: now, or at a given time (ms, performance.now()); `cancel` takes it back (a timer cleared before it fired was never waited on). */
export interface OperationEnd {
    (at?: number): void;
    cancel?: () => void;
}
/** A recorded operation's start: its request, the user's frames that started it, its end. */
export interface Started {
    request: RequestRecord;
    frames: Frame[];
    library: boolean;
    end: OperationEnd;
}
/** The request a server's continuation belongs to (enabled only while a window follows requests). */
export declare const store: AsyncLocalStorage<RequestRecord>;
/**
 * How many operations were not recorded because their request, call or run already held the most
 * kept, since the count was last taken.
 * @returns the count, reset to 0
 */
export declare function takeDroppedOperations(): number;
/**
 * Says whether operations may be recorded now (the recorder's windows and followed calls).
 * @param on - true while a window is open or a call is followed
 */
export declare function setActive(on: boolean): void;
/**
 * Names the call every operation belongs to until it is cleared (function targets, command runs).
 * @param record - the call, or null
 */
export declare function setCall(record: RequestRecord | null): void;
/**
 * The request or call the current code runs for, or null when nothing is followed.
 * @returns the record its operations are added to
 */
export declare function current(): RequestRecord | null;
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
export declare function begin(kind: string, describe: () => string, directOnly?: boolean, start?: number): OperationEnd | null;
/**
 * {@link begin}, also returning the request and the user's frames (for an operation recorded in two parts).
 * @param kind - its kind
 * @param describe - the label, computed only when the operation is recorded
 * @param directOnly - record only when the user's code called it directly
 * @param start - when it started, if before now
 * @returns the start, or null when nothing is recorded
 */
export declare function beginOperation(kind: string, describe: () => string, directOnly?: boolean, start?: number): Started | null;
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
export declare function record(request: RequestRecord, kind: string, label: string, frames: Frame[], start: number, library?: boolean): OperationEnd;
/**
 * Runs an operation's start so that the operations it starts synchronously are not recorded again.
 * @param run - the start
 * @returns what it returned
 */
export declare function nested<T>(run: () => T): T;
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
export declare function settle<T>(result: T, end: OperationEnd): T;
/**
 * The groups recorded so far (indices of `RequestRecord.ops` point into it).
 * @returns the list, shared
 */
export declare function recordedGroups(): Group[];
