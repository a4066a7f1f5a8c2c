import * as hdr from 'hdr-histogram-js';
import type { ParsedResponse } from './response-parser.js';
/** The counts of a load run's measured window, updated in place as requests are answered. */
export interface Tally {
    /** Requests sent (open loop: due) in the window. */
    requests: number;
    /** Responses to them (any status). */
    responses: number;
    /** Requests that got no response. */
    errors: number;
    bytesRead: number;
    /** Responses by status code; 599 also counts any code above. */
    readonly statuses: Uint32Array;
    readonly errorKinds: Map<string, number>;
    /** Latencies of the responses, µs. */
    readonly latency: hdr.Histogram;
}
/**
 * A new latency recorder: microseconds from 1 µs to 10 minutes, 3 significant digits.
 * @returns the histogram
 */
export declare function latencyHistogram(): hdr.Histogram;
/**
 * An empty tally with its latency recorder.
 * @returns the tally
 */
export declare function newTally(): Tally;
/**
 * Counts a request that got no response, under its kind.
 * @param tally - the run's tally
 * @param kind - an error code such as `ECONNRESET`, or `timeout`, `closed`, `bad-response`...
 * @param record - whether the request belongs to the measured window; nothing is counted if not
 */
export declare function countFailure(tally: Tally, kind: string, record: boolean): void;
/**
 * Counts a response to a request of the measured window and records its latency.
 * @param tally - the run's tally
 * @param response - the response as framed by the parser
 * @param elapsedMs - from the request's latency origin to the response, ms
 */
export declare function countResponse(tally: Tally, response: ParsedResponse, elapsedMs: number): void;
