import type { HttpTargetConfig } from '../config/load.js';
import type { Arm } from './analyze.js';
import type { PairedRunner } from './paired-runner.js';
import type { BehaviourCheck } from './status.js';
export { binomialUpperTail, errorShareCheck } from './error-share.js';
/** Options of {@link openHttpPair}. */
export interface HttpPairOptions {
    /** The (pinned) target. */
    target: HttpTargetConfig;
    /** Working directory of the server command in each arm's checkout. */
    cwd: Record<Arm, string>;
    /** Closed-loop warm-up of each fresh server, ms (default: the target's warm-up, at most 300 ms). */
    warmupMs?: number;
    /** Share of the base's capacity offered in the latency window when the target sets no rate (default 0.5). */
    loadShare?: number;
    /** Closed-loop capacity window, ms (default 400). */
    capacityMs?: number;
}
/** The metrics of an http target, in order (`perfflow ci` counts them before the target runs). */
export declare const HTTP_METRIC_NAMES: readonly ["latency_p50", "latency_p99", "throughput", "error_rate", "max_rss"];
/**
 * Sends the target's request (or runs its flows) and every extra request to base and candidate and
 * compares the answers.
 * @param target - the target: its request or flows, extra requests and ignored fields
 * @param baseUrl - the base's url (port filled in)
 * @param candidateUrl - the candidate's url
 * @returns one check per request and flow
 */
export declare function compareAnswers(target: HttpTargetConfig, baseUrl: string, candidateUrl: string): Promise<BehaviourCheck[]>;
/**
 * Prepares an http target for a paired comparison. The process is the unit: every trial starts a
 * fresh server for its arm from that arm's checkout and measures it in three phases: a short
 * closed-loop warm-up (JIT and heap settle; without it, fresh processes differ by ~10% among
 * themselves), a latency window in open loop at one offered load for every arm (the target's
 * `rate`, else half the base's capacity measured before the trials), during which the peak memory
 * is taken, and a closed-loop window that measures capacity. So latency and memory are compared at
 * equal offered load, and throughput is capacity. Metrics: latency p50 and p99 (µs), throughput
 * (req/s), error rate, peak memory of the server's process group.
 * @param options - the target and each arm's working directory
 * @returns the runner
 * @throws InputError `usage` for a target without a start command (both sides would hit one server)
 */
export declare function openHttpPair(options: HttpPairOptions): Promise<PairedRunner>;
