import type { HttpTargetConfig } from '../config/load.js';
import type { PairedRunner } from './paired-runner.js';
/** Options of {@link openHttpPair}. */
export interface HttpPairOptions {
    target: HttpTargetConfig;
    /** Working directory of the server command on each side. */
    cwd: {
        base: string;
        candidate: string;
    };
    /** Measured load per trial, ms (default: the target's duration, at most 1.5 s, so that a budget holds several processes). */
    trialMs?: number;
    /** Unmeasured load on each fresh server before its trial, ms (default: the target's warm-up, at most 0.5 s). */
    warmupMs?: number;
}
/**
 * Prepares an http target for a paired comparison. The process is the unit: every trial starts a
 * fresh server for its arm (base from the worktree, candidate from the working tree), warms it,
 * measures it under the target's load with the shared load generator, and stops it. Metrics: median
 * and p99 latency (µs), throughput, error rate (errors and non-2xx per request), peak server memory.
 * A trial in which the load generator saturated is dropped (counted in `invalid_trials`).
 * @param options - the target and both working directories
 * @returns the runner
 * @throws InputError `usage` for a target without a start command (both sides would hit one server)
 */
export declare function openHttpPair(options: HttpPairOptions): Promise<PairedRunner>;
