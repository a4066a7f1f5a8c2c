import type { HttpTargetConfig } from '../config/target-config.js';
import type { PairedRunner } from './paired-runner.js';
/** Options of {@link openUrlPair}. */
export interface UrlPairOptions {
    /** The request (or flows), load shape and guard rails; its own url is not used. */
    target: HttpTargetConfig;
    /** The two deployments. */
    urls: {
        base: string;
        candidate: string;
    };
    /** Load before each measured slice, ms (default 200). */
    warmupMs?: number;
    /** Share of the base's capacity offered when neither the target's rate nor a rate cap sets the load (default 0.5; loopback only). */
    loadShare?: number;
}
/**
 * Prepares a paired comparison of two running deployments. Each trial is a slice of load against
 * one URL: a short warm-up, then a measured slice in open loop at one offered load for every arm
 * (the target's rate, else its max_rate, else on loopback half the base's capacity), never above
 * the cap, stopped for good when the error share passes abort_error_rate. The A/A copy is the base
 * URL measured again in its own slices, so the noise floor is the base against itself. Memory and
 * CPU of a deployment are not visible: the metrics are latency p50 and p99 and the error rate.
 * @param options - the target and the two URLs
 * @returns the runner
 */
export declare function openUrlPair(options: UrlPairOptions): PairedRunner;
