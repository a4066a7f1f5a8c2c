import type net from 'node:net';
import type { LiveCounts, LoadOptions } from './load.js';
import type { LoadTarget } from './load-request.js';
import type { DueQueue } from './load-schedule.js';
import type { Tally } from './load-tally.js';
import type { ResponseParser } from './response-parser.js';
/** One connection of the generator and the request it has in flight. */
export interface Connection {
    socket: net.Socket | undefined;
    parser: ResponseParser;
    busy: boolean;
    /** Latency origin of the request in flight: the send time (closed) or the intended time (open). */
    origin: number;
    sentAt: number;
    record: boolean;
}
/** When a run loads, measures and stops waiting, ms on the `performance.now()` clock. */
export interface LoadTimeline {
    t0: number;
    warmupMs: number;
    durationMs: number;
    /** Requests intended from here up to `measureEnd` (excluded) are recorded. */
    measureStart: number;
    measureEnd: number;
    /** Requests still unanswered then are counted as unfinished, and the run ends. */
    drainDeadline: number;
    /** A request not answered after this long is an error. */
    timeoutMs: number;
}
/** `load`: requests go out; `drain`: the window is over, answers to its requests still count; `done`. */
export type LoadPhase = 'load' | 'drain' | 'done';
/** The shared state of one load run. */
export interface LoadRun {
    phase: LoadPhase;
    readonly target: LoadTarget;
    readonly timeline: LoadTimeline;
    readonly tally: Tally;
    /** Open loop: the due requests; undefined in closed loop. */
    readonly queue: DueQueue | undefined;
    readonly connections: Connection[];
    /** Resolves once the phase is `done`. */
    readonly finished: Promise<void>;
    readonly finish: () => void;
}
/**
 * The timeline of a run starting now.
 * @param options - warm-up, duration and timeout of {@link LoadOptions}
 * @param t0 - the start, from `performance.now()`
 * @returns the timeline
 */
export declare function loadTimeline(options: Pick<LoadOptions, 'warmupMs' | 'durationMs' | 'timeoutMs'>, t0: number): LoadTimeline;
/**
 * A run in its load phase, with no connection yet.
 * @param target - where to connect and what to send
 * @param timeline - when to measure
 * @param tally - where to count
 * @param queue - the open loop's due requests, undefined in closed loop
 * @returns the run
 */
export declare function newLoadRun(target: LoadTarget, timeline: LoadTimeline, tally: Tally, queue: DueQueue | undefined): LoadRun;
/**
 * The window's counts so far, for {@link LoadOptions.stopIf}.
 * @param tally - the run's tally
 * @returns requests and failed ones (no answer, or an answer outside 2xx)
 */
export declare function liveCounts(tally: Tally): LiveCounts;
/**
 * Ends the measured window now and abandons what is in flight (a stop asked by `stopIf`).
 * @param timeline - the run's timeline, changed in place
 * @param now - the time, from `performance.now()`
 */
export declare function endWindowNow(timeline: LoadTimeline, now: number): void;
/**
 * Ends the run: nothing more is sent, and `finished` resolves.
 * @param run - the run
 */
export declare function endRun(run: LoadRun): void;
/**
 * Sends the run's request on a connection; it is recorded when it was intended in the measured window.
 * @param run - the run
 * @param conn - a connection with no request in flight
 * @param origin - where the request's latency counts from
 * @param intended - when the request was meant to go out
 */
export declare function send(run: LoadRun, conn: Connection, origin: number, intended: number): void;
