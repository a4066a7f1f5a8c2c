import type * as hdr from 'hdr-histogram-js';
import type { Connection, LoadRun } from './load-run.js';
import type { Tally } from './load-tally.js';
/** The due times not yet sent, oldest first from `head`, and when the generator's timer noticed each. */
export interface DueQueue {
    readonly due: number[];
    readonly noticed: number[];
    head: number;
    /** The next due time, not yet released. */
    nextDue: number;
    /** Between two due times, ms. */
    readonly interval: number;
    /** How late the timer noticed the due times of the measured window, µs. */
    readonly sendLag: hdr.Histogram;
}
/**
 * An empty queue whose first request is due at the start of the run.
 * @param rate - requests per second
 * @param t0 - the start of the run
 * @returns the queue
 */
export declare function newDueQueue(rate: number, t0: number): DueQueue;
/**
 * Starts releasing the due requests until the measured window ends.
 * @param run - the run
 * @param queue - the run's queue
 * @returns a function that stops the timer
 */
export declare function startSchedule(run: LoadRun, queue: DueQueue): () => void;
/**
 * Sends the oldest due request on a connection, if the connection is free and one is due.
 * @param run - the run
 * @param queue - the run's queue
 * @param conn - the connection
 */
export declare function sendNextDue(run: LoadRun, queue: DueQueue, conn: Connection): void;
/**
 * Whether requests are due that no connection has sent yet.
 * @param queue - the queue
 * @returns true while some are waiting
 */
export declare function hasUnsent(queue: DueQueue): boolean;
/**
 * At the drain deadline: counts the window's requests never sent as unsent errors and empties the queue.
 * @param queue - the queue
 * @param tally - the run's tally
 * @param measureStart - requests due before it were not in the window
 */
export declare function dropUnsent(queue: DueQueue, tally: Tally, measureStart: number): void;
/**
 * How late the generator noticed due times (p99), or null in closed loop or when none was due.
 * @param queue - the queue, undefined in closed loop
 * @returns milliseconds or null
 */
export declare function sendLagP99Ms(queue: DueQueue | undefined): number | null;
