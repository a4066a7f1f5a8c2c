// The load generator. Client choice: raw `net` sockets with a request serialised once and a parser
// that only frames responses (response-parser.ts). undici allocates header objects and promises per
// request and autocannon parses every header; both cost the generator CPU that a baseline must
// spend on the server instead (bench/measure.bench.mjs measures the rates side by side).
// This file is the entry; one run's parts are: the request (load-request.ts), the state it shares
// (load-run.ts), the connections and closed loop (load-connections.ts), the open-loop schedule
// (load-schedule.ts), the counts and latency recorder (load-tally.ts), the 50 ms watch over phases,
// timeouts and the generator's own load (load-watch.ts) and the result (load-result.ts).
import { performance } from 'node:perf_hooks';
import { openConnections } from './load-connections.js';
import { loadTarget } from './load-request.js';
import { loadResult } from './load-result.js';
import type { LoadResult } from './load-result.js';
import { loadTimeline, newLoadRun } from './load-run.js';
import { newDueQueue, sendLagP99Ms, startSchedule } from './load-schedule.js';
import { newTally } from './load-tally.js';
import { startTicker, stopWatch, watchGenerator } from './load-watch.js';

export type { LatencySummary, LoadResult } from './load-result.js';
export { latencyHistogram } from './load-tally.js';

/** Options of {@link runLoad}. */
export interface LoadOptions {
  /** A concrete URL (port filled in). */
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | undefined;
  /** Connections kept open; in closed loop each has one request in flight at a time. */
  connections: number;
  /** The measured window, ms. */
  durationMs: number;
  /** Load before the window, not recorded, ms (default 0). */
  warmupMs?: number;
  /** Constant arrival rate in requests per second (open loop); closed loop when undefined. */
  rate?: number | undefined;
  /** A request not answered after this long is an error (default 10 s). */
  timeoutMs?: number;
  /** Fewer recorded responses make the result invalid (default 100). */
  minSamples?: number;
  /** The generator is saturated above this share of one core (default 90). */
  maxGeneratorCpuPercent?: number;
  /** Called about once a second with the elapsed and total time. */
  onProgress?: (elapsedMs: number, totalMs: number) => void;
  /**
   * Called about once a second in the measured window with its counts so far (requests sent or
   * due, and those that failed or answered outside 2xx); true ends the window there (the guard rail
   * `abort_error_rate` stops load against a failing service without waiting for the window's end).
   */
  stopIf?: (counts: LiveCounts) => boolean;
}

/** The counts of a measured window so far. */
export interface LiveCounts {
  requests: number;
  failed: number;
}

/**
 * Drives HTTP load against a URL and records latency in microseconds. Closed loop (the default):
 * every connection sends its next request as soon as the previous answer arrived. Open loop (`rate`):
 * requests are due at a constant rate whatever the server does, and latency counts from the due time
 * (or from when the generator's timer fired, if it fired late; that lag is reported on its own),
 * so a stalled server is charged for the requests it kept waiting (coordinated omission corrected).
 * The generator watches its own CPU and event-loop delay and marks the result invalid when it, not
 * the server, was the limit.
 * @param options - target, load shape and thresholds
 * @returns the measurement
 * @throws InputError `invalid-config` for a URL that is not http(s) or a header with line breaks
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = loadTarget(options);
  const tally = newTally();
  const timeline = loadTimeline(options, performance.now());
  const queue = options.rate === undefined ? undefined : newDueQueue(options.rate, timeline.t0);
  const watch = watchGenerator(timeline);
  const run = newLoadRun(target, timeline, tally, queue);
  openConnections(run, options.connections);
  const stopSchedule = queue === undefined ? undefined : startSchedule(run, queue);
  const ticker = startTicker(run, watch, options);

  await run.finished;
  const usage = stopWatch(watch);
  clearInterval(ticker);
  stopSchedule?.();
  for (const conn of run.connections) conn.socket?.destroy();

  const result = loadResult(options, tally, usage, sendLagP99Ms(queue));
  tally.latency.destroy();
  queue?.sendLag.destroy();
  return result;
}
