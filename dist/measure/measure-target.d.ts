import type { TargetConfig } from '../config/load.js';
import type { BaselineMetrics, Environment } from '../contracts/baseline-metrics.js';
/** Minimum measured samples per kind: below, the measurement is invalid. */
export declare const MIN_SAMPLES: {
    readonly request: 100;
    readonly flow: 100;
    readonly batch: 5;
    readonly run: 3;
    readonly 'page-load': 3;
};
/** Settings that override the config for one measurement. */
export interface MeasureOverrides {
    durationMs?: number | undefined;
    warmupMs?: number | undefined;
    connections?: number | undefined;
    rate?: number | undefined;
    runs?: number | undefined;
    warmupRuns?: number | undefined;
    batches?: number | undefined;
    batchMs?: number | undefined;
    /** Page loads of a page target. */
    trials?: number | undefined;
}
/** Options of {@link measureTarget}. */
export interface MeasureOptions {
    projectRoot: string;
    overrides?: MeasureOverrides;
    progress?: (message: string) => void;
    now?: () => Date;
    /** Replaces the environment capture (tests). */
    environment?: () => Promise<Environment>;
}
/**
 * Measures a target of any kind and returns its `baseline-metrics.json` content: metrics, resources,
 * environment, sample counts, and whether the measurement is valid (enough samples, load generator
 * not saturated) and the target healthy (no errors, 5xx or failed runs).
 * @param target - the target from the config
 * @param options - project root, overrides, progress
 * @returns the baseline
 * @throws TargetError when the target cannot be run; InputError for a missing bench module
 */
export declare function measureTarget(target: TargetConfig, options: MeasureOptions): Promise<BaselineMetrics>;
