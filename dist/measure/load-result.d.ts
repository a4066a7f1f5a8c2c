import type * as hdr from 'hdr-histogram-js';
import type { LoadOptions } from './load.js';
import type { Tally } from './load-tally.js';
import type { GeneratorUsage } from './load-watch.js';
/** Latency percentiles, microseconds. */
export interface LatencySummary {
    p50: number;
    p90: number;
    p99: number;
    p999: number;
    max: number;
    min: number;
    mean: number;
    stddev: number;
}
/** What the load generator measured. */
export interface LoadResult {
    mode: 'closed' | 'open';
    connections: number;
    rate: number | null;
    /** The measured window as it really lasted, ms. */
    durationMs: number;
    warmupMs: number;
    /** Requests sent (open loop: intended) in the window. */
    requests: number;
    /** Responses to them (any status). */
    responses: number;
    /** Requests that got no response: connection errors, timeouts, malformed responses. */
    errors: number;
    errorKinds: Record<string, number>;
    /** Responses with a status outside 200-299. */
    non2xx: number;
    statusCodes: Record<string, number>;
    bytesRead: number;
    throughputRps: number;
    bytesPerSecond: number;
    latencyUs: LatencySummary;
    /** The smallest latency step the recorder distinguishes, µs. */
    resolutionUs: number;
    generator: {
        /** CPU of the generator process over the window, percent of one core. */
        cpuPercent: number;
        eventLoopDelayP99Ms: number;
        /** Open loop: how late the generator noticed intended send times (p99, ms). */
        sendLagP99Ms: number | null;
        saturated: boolean;
    };
    valid: boolean;
    invalidReasons: string[];
    /** Flow targets: per-flow and per-step figures; the top-level figures are then of whole flows. */
    flow?: FlowLoadSummary;
}
/** What a flow load measured of one step (over the iterations recorded in the window). */
export interface StepLoadSummary {
    flow: string;
    name: string;
    method: string;
    /** The step's url or path as written (placeholders, never captured values). */
    url: string;
    requests: number;
    responses: number;
    /** Requests that got no answer. */
    errors: number;
    errorKinds: Record<string, number>;
    non2xx: number;
    statusCodes: Record<string, number>;
    /** Answers whose status was not the expected one (each fails its flow iteration). */
    unexpectedStatus: number;
    /** Answers in which a capture found nothing (each fails its flow iteration). */
    captureFailures: number;
    latencyUs: LatencySummary;
}
/** Per-flow counts and per-step figures of a flow load. */
export interface FlowLoadSummary {
    flows: {
        name: string;
        weight: number;
        started: number;
        completed: number;
        failed: number;
    }[];
    steps: StepLoadSummary[];
    /** Think time is left out of the flow latency, ms per iteration (sum of the steps' think). */
    thinkMs: Record<string, number>;
}
/**
 * The result of a finished run.
 * @param options - the run's options
 * @param tally - what the window counted
 * @param usage - the generator's CPU and event-loop delay over the window
 * @param sendLagP99Ms - open loop: how late the generator noticed due times (p99); null in closed loop
 * @returns the result
 */
export declare function loadResult(options: LoadOptions, tally: Tally, usage: GeneratorUsage, sendLagP99Ms: number | null): LoadResult;
/**
 * Responses by status code (those seen), and how many were outside 200-299.
 * @param statuses - counts indexed by status
 * @returns the codes seen and the non-2xx count
 */
export declare function statusCounts(statuses: Uint32Array): {
    statusCodes: Record<string, number>;
    non2xx: number;
};
/**
 * Latency percentiles of a histogram, µs (zeros when it is empty).
 * @param histogram - the recorder
 * @returns the summary
 */
export declare function summarize(histogram: hdr.Histogram): LatencySummary;
