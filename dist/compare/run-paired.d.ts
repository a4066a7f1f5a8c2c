import type { MetricAnalysis } from './analyze.js';
import type { PairedRunner } from './paired-runner.js';
import type { ScheduleResult } from './scheduler.js';
import type { BehaviourCheck, BehaviourResult, ValidationStatus } from './status.js';
/** Options of {@link runPaired}. */
export interface RunPairedOptions {
    budgetMs: number;
    /** Seed of the arm order; the bootstrap uses a stream derived from it. */
    seed: number;
    /** Overrides the runner's default objective. */
    objective?: string | undefined;
    /** Behaviour checks made before (the check command). */
    checks?: BehaviourCheck[];
    now?: () => number;
    progress?: (message: string) => void;
    resamples?: number;
    alpha?: number;
}
/** What a paired comparison found. */
export interface PairedOutcome {
    schedule: ScheduleResult;
    metrics: MetricAnalysis[];
    behaviour: BehaviourResult;
    status: ValidationStatus;
    reasons: string[];
    objective: string;
}
/**
 * Runs a prepared paired comparison: the runner's behaviour checks, warm-up, the interleaved blocks
 * within the fixed budget, the analysis and the status.
 * @param runner - a prepared runner (function, command or http)
 * @param options - budget, seed, objective
 * @returns the blocks, analysis and status
 * @throws InputError `usage` for an objective the runner does not measure
 */
export declare function runPaired(runner: PairedRunner, options: RunPairedOptions): Promise<PairedOutcome>;
