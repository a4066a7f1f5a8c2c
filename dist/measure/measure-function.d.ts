import type { FunctionTargetConfig } from '../config/load.js';
import type { FunctionMetrics, Resources } from '../contracts/baseline-metrics.js';
/** Fewer batches per task make a function measurement invalid. */
export declare const MIN_BATCHES = 5;
/** What measuring a function target produced. */
export interface FunctionMeasurement {
    function: FunctionMetrics;
    resources: Resources;
    batches: number;
    healthReasons: string[];
    invalidReasons: string[];
}
interface BatchResult {
    mean: number;
    p99: number;
    samples: number;
}
/**
 * Summarises the batches of one task. The error bar is the spread of the batch means (MAD relative
 * to their median), not tinybench's per-task rme: successive iterations share JIT state, caches and
 * GC debt, so they are not independent samples and their rme is far too narrow.
 * @param name - the task
 * @param batches - mean and p99 per batch, ms
 * @returns the task's metrics
 */
export declare function summarizeTask(name: string, batches: readonly BatchResult[]): FunctionMetrics['tasks'][number];
/**
 * Measures a function target: its module's default export `{ taskName: fn }` runs in a child
 * process under tinybench, warm-up first, then repeated batches round-robin over the tasks.
 * @param target - the function target
 * @param options - batch count and time overriding the config, and a progress reporter
 * @returns metrics per task and the child's resources
 * @throws InputError `invalid-config` when the module file does not exist; TargetError `module-failed`
 * when it cannot be loaded, exports no tasks, or a task throws
 */
export declare function measureFunction(target: FunctionTargetConfig, options?: {
    batches?: number | undefined;
    batchMs?: number | undefined;
    warmupMs?: number | undefined;
    progress?: (message: string) => void;
    inactivityMs?: number;
}): Promise<FunctionMeasurement>;
export {};
