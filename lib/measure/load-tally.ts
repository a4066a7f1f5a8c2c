// What a load run counts per request. Latencies go into an HdrHistogram (hdr-histogram-js, the same
// recorder wrk2 and autocannon use) with 1 µs lowest discernible value and 3 significant digits:
// microsecond resolution up to 2 ms and 0.1% relative error above, in constant memory whatever the
// request count. Only requests of the measured window are counted.
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
export function latencyHistogram(): hdr.Histogram {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3, autoResize: true });
}

/**
 * An empty tally with its latency recorder.
 * @returns the tally
 */
export function newTally(): Tally {
  const latency = latencyHistogram();
  return { requests: 0, responses: 0, errors: 0, bytesRead: 0, statuses: new Uint32Array(600), errorKinds: new Map<string, number>(), latency };
}

/**
 * Counts a request that got no response, under its kind.
 * @param tally - the run's tally
 * @param kind - an error code such as `ECONNRESET`, or `timeout`, `closed`, `bad-response`...
 * @param record - whether the request belongs to the measured window; nothing is counted if not
 */
export function countFailure(tally: Tally, kind: string, record: boolean): void {
  if (!record) return;
  tally.errors += 1;
  tally.errorKinds.set(kind, (tally.errorKinds.get(kind) ?? 0) + 1);
}

/**
 * Counts a response to a request of the measured window and records its latency.
 * @param tally - the run's tally
 * @param response - the response as framed by the parser
 * @param elapsedMs - from the request's latency origin to the response, ms
 */
export function countResponse(tally: Tally, response: ParsedResponse, elapsedMs: number): void {
  tally.responses += 1;
  tally.bytesRead += response.bytes;
  const slot = response.status < 600 ? response.status : 599;
  tally.statuses[slot] = (tally.statuses[slot] ?? 0) + 1;
  tally.latency.recordValue(Math.max(1, Math.round(elapsedMs * 1000)));
}
