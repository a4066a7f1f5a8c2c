import type { PairedRunner } from './paired-runner.js';
/** Options of {@link openFunctionPair}. */
export interface FunctionPairOptions {
    /** Absolute path of the task module on each side. */
    files: {
        base: string;
        candidate: string;
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
 * Prepares a function target for a paired comparison: both sides' task modules and an A/A copy of
 * the base are loaded into one child process; every batch goes through its single call site.
 * A metric `time/<task>` (ns per call) per task; the first task is the default objective.
 * @param options - both files, batch length
 * @returns the runner
 * @throws TargetError `module-failed` naming the side whose module is missing or does not load
 */
export declare function openFunctionPair(options: FunctionPairOptions): Promise<PairedRunner>;
