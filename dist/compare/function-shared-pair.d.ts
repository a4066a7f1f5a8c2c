import type { PairedRunner } from './paired-runner.js';
/** Options of {@link openSharedProcessFunctionPair}. */
export interface SharedProcessFunctionPairOptions {
    /** Absolute path of the task module in each arm's checkout. */
    files: {
        base: string;
        candidate: string;
        'base-aa': string;
    };
    /** The module path as the config wrote it, for messages. */
    fileText: string;
    /** Target duration of one batch (default 1 ms). */
    batchMs?: number;
    /** Batches per trial; the trial's value is their median (default 5). */
    parts?: number;
    /** Untimed batches per arm and task before measuring (default 10). */
    warmupBatches?: number;
}
/**
 * Prepares a function target for a paired comparison in one shared child process (benchmark use
 * only): the three arms' task modules, each from its own checkout, loaded side by side; every batch
 * goes through one call site. A metric `time/<task>` (ns per call) per task.
 * @param options - the three files, batch length
 * @returns the runner
 * @throws TargetError `module-failed` naming the side whose module is missing or does not load
 */
export declare function openSharedProcessFunctionPair(options: SharedProcessFunctionPairOptions): Promise<PairedRunner>;
