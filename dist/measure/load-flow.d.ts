import type { FlowSpec } from '../config/target-config.js';
import type { LoadOptions } from './load.js';
import type { LoadResult } from './load-result.js';
/** Options of {@link runFlowLoad}: those of a single-request load, with `url` the base of the steps' paths. */
export interface FlowLoadOptions extends Omit<LoadOptions, 'method' | 'headers' | 'body'> {
    flows: FlowSpec[];
}
/**
 * Drives flow iterations against a server and records per-step and whole-flow latency in µs.
 * @param options - base url, flows, virtual users (`connections`), window, warm-up, rate
 * @returns the result: its top-level figures are of whole flows (requests = iterations started in
 * the window, responses = iterations completed, errors = iterations failed, by step and cause),
 * `flow` the per-flow and per-step figures
 */
export declare function runFlowLoad(options: FlowLoadOptions): Promise<LoadResult>;
