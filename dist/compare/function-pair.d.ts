import type { Arm } from './analyze.js';
import type { ReturnRecord } from './function-worker-protocol.js';
import type { PairedRunner } from './paired-runner.js';
import type { BehaviourCheck } from './status.js';
/** Options of {@link openFunctionPair}. */
export interface FunctionPairOptions {
    /** Absolute path of the (pinned) task module in each arm's checkout. */
    files: Record<Arm, string>;
    /** Each arm's checkout: the working directory of its processes. */
    cwd: Record<Arm, string>;
    /** The module path as the config wrote it, for messages. */
    fileText: string;
    /** Target duration of one batch, ms (default 5). */
    batchMs?: number;
    /** Timed batches per task per process; the trial's value is their mean (default 8). */
    batches?: number;
    /** Untimed warm-up per task in each process, ms (default 80). */
    warmupMs?: number;
    /** Call-history probes per task per process (default 3; 0 turns the memoization check off). */
    probes?: number;
}
/**
 * Compares the return values (and what calls leave of their inputs) of both sides.
 * @param base - the base's records
 * @param candidate - the candidate's records
 * @returns one check per task, and the error of a base that throws
 */
export declare function compareReturns(base: readonly ReturnRecord[], candidate: readonly ReturnRecord[]): {
    checks: BehaviourCheck[];
    baseError: string | null;
};
/** The medians of one arm's first and second calls on fresh inputs (ns). */
interface Probe {
    first: number;
    second: number;
}
/**
 * The call-history check: on an input no earlier call has seen, does the candidate's first call do
 * work its repeated calls skip? Per process it takes the extra time of the candidate's first call
 * over its second, minus the same extra of the base (what any first call on a fresh input costs:
 * cold harness code, the base's own caches), as a share of the base's call. Honest code, faster or
 * not, leaves about nothing; memoization keyed on the benchmark's input or an input changed in place
 * leaves most of a call: the speedup the benchmark shows comes from repeating the same input.
 * When the A/A copy of the base was probed too, the candidate must stand out against it as well
 * (as for the metrics): on a loaded machine first calls are noisy, and an unchanged copy of the base
 * was measured to show the same "extra" in real libraries (underscore, moment) under a CPU hog.
 * @param task - the task
 * @param pairs - per block, the base's, the candidate's and (when probed) the A/A copy's probe medians (ns)
 * @returns the check, or null when no block has probes of both sides
 */
export declare function callHistoryCheck(task: string, pairs: readonly {
    base: Probe;
    candidate: Probe;
    aa?: Probe | undefined;
}[]): BehaviourCheck | null;
/**
 * Prepares a function target for a paired comparison with the process as the unit: every trial is
 * a fresh Node process that loads one arm's (pinned) task module from that arm's own checkout, warms
 * each task, times `batches` batches of a calibrated size and exits. A metric `time/<task>` (ns per
 * call, the median batch) per task; the first task is the default objective. Each process also
 * probes first and repeated calls on fresh inputs (the call-history check), and every error a
 * candidate's task throws is counted (a behaviour change).
 * @param options - the arms' modules and checkouts, batch sizes
 * @returns the runner
 * @throws TargetError `module-failed` naming the base side when its module is missing or does not load
 */
export declare function openFunctionPair(options: FunctionPairOptions): Promise<PairedRunner>;
export {};
