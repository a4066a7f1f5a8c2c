import type { MetricAnalysis, MetricSpec } from './analyze.js';
import type { HarnessEdit } from './harness.js';
import type { PairedRunner } from './paired-runner.js';
import type { ScheduleResult } from './scheduler.js';
import type { SequentialRecord } from './sequential.js';
import type { BehaviourCheck, BehaviourResult, GuardRow, ValidationStatus } from './status.js';
/** Options of {@link runPaired}. */
export interface RunPairedOptions {
    budgetMs: number;
    /** Fewest blocks whatever the budget (default 5). */
    minBlocks?: number | undefined;
    /** Seed of the arm order; the bootstrap uses a stream derived from it. */
    seed: number;
    /** Overrides the runner's default objective. */
    objective?: string | undefined;
    /** Tolerances of guard metrics by name (fraction for `log` metrics, amount for `difference` ones; Infinity: never fatal). */
    guards?: Record<string, number>;
    /** Behaviour checks made before (the check command). */
    checks?: BehaviourCheck[];
    /** Harness files the change edits (the comparison fails closed on them). */
    harnessEdits?: HarnessEdit[];
    now?: () => number;
    progress?: (message: string) => void;
    resamples?: number;
    alpha?: number;
    /** Pre-registered group-sequential design (`sequential.ts`): interim looks may stop a clear effect early. Default false: the fixed budget. */
    sequential?: boolean | undefined;
    /**
     * The overall level whose boundary a look must cross to stop, given the number of metrics the
     * runner measures (default: alpha). `perfflow ci` passes its share of the adjustment across targets.
     */
    sequentialStopAlpha?: ((metricCount: number) => number) | undefined;
}
/** What a paired comparison found. */
export interface PairedOutcome {
    schedule: ScheduleResult;
    metrics: MetricAnalysis[];
    behaviour: BehaviourResult;
    status: ValidationStatus;
    reasons: string[];
    guards: GuardRow[];
    objective: string;
    /** The sequential design and its course; null for a fixed-budget comparison. */
    sequential: SequentialRecord | null;
}
/**
 * The default tolerance of a guard metric when the config names none: memory (a server's peak RSS,
 * a page's JS heap) may grow 10% (faster code often holds a little more), everything else may not get worse beyond the noise floor.
 * @param spec - the metric
 * @returns the tolerance on the metric's scale
 */
export declare function defaultTolerance(spec: MetricSpec): number;
/**
 * Runs a prepared paired comparison: the runner's behaviour checks, warm-up, the interleaved blocks
 * within the fixed budget, the findings of the trials, the analysis and the status.
 * @param runner - a prepared runner (function, command or http)
 * @param options - budget, seed, objective, guards
 * @returns the blocks, analysis and status
 * @throws InputError `usage` for an objective or guard the runner does not measure
 */
export declare function runPaired(runner: PairedRunner, options: RunPairedOptions): Promise<PairedOutcome>;
