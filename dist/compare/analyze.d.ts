import type { Random } from './random.js';
import type { Direction, Verdict } from './verdict.js';
/** The three arms of a paired comparison: base, candidate and a second copy of the base (A/A). */
export type Arm = 'base' | 'candidate' | 'base-aa';
/** Every arm, in a fixed order (the scheduler shuffles it per block). */
export declare const ARMS: readonly Arm[];
/** What one metric is and how its effect is measured. */
export interface MetricSpec {
    /** e.g. `time/parse`, `latency_p99`, `error_rate`. */
    name: string;
    unit: string;
    direction: Direction;
    /** `log`: effects are log ratios (time, latency, memory); `difference`: plain differences (rates that may be 0). */
    scale: 'log' | 'difference';
    /** Smallest noise floor: a fraction (0.01 = 1%) for `log`, an absolute amount for `difference`. */
    minimumFloor: number;
    /** The load the figure is taken under, as the report says it (e.g. `open loop at 120 req/s`). */
    load?: string;
    /** As a guard: how much worse than the base it may get before the gate fails (fraction for `log`, amount for `difference`; Infinity: never fatal). Default 0. */
    tolerance?: number;
}
/** One block of the interleaved schedule: each arm measured once, metric values by name. */
export interface Block {
    index: number;
    /** The order the arms ran in. */
    order: Arm[];
    values: Record<Arm, Record<string, number>>;
}
/** The analysis of one metric. */
export interface MetricAnalysis {
    name: string;
    unit: string;
    direction: Direction;
    scale: 'log' | 'difference';
    objective: boolean;
    /** Median over the base trials. */
    base: number | null;
    /** Median over the candidate trials. */
    candidate: number | null;
    /** Candidate relative to the two copies of the base: a ratio for `log`, a difference for `difference`. */
    effect: number | null;
    /** 95% bootstrap interval of the effect, on the same scale as `effect`. */
    ci95: [number, number] | null;
    /** 95% intervals of the candidate against each copy alone (base, A/A copy); a verdict needs both to exclude no change. */
    ci95_each: [[number, number], [number, number]] | null;
    p: number | null;
    p_adjusted: number | null;
    /** The floor used: a fraction for `log`, an amount for `difference`. */
    noise_floor: number;
    /** What the A/A calibration measured (before applying the minimum), same units as `noise_floor`. */
    noise_floor_measured: number | null;
    pairs: number;
    verdict: Verdict;
    /** `objective`: must improve; `guard`: must not get worse beyond its tolerance. */
    role: 'objective' | 'guard';
    /** Guards: the tolerance on the effect scale (fraction for `log`); null for the objective. */
    tolerance: number | null;
    /** The load the figure was taken under. */
    load: string | null;
}
/** Options of {@link analyzeBlocks}. */
export interface AnalyzeOptions {
    metrics: readonly MetricSpec[];
    objective: string;
    random: Random;
    /** Fewer valid pairs than this make a metric inconclusive (default 5). */
    minPairs?: number;
    alpha?: number;
    /** The objective's level when it differs from `alpha`: a sequential design's look or final analysis tests it at what its spending allows. */
    objectiveAlpha?: number;
    resamples?: number;
    /** Share of per-pair effects trimmed at each end before averaging (default 0.2). */
    trim?: number;
}
/** The default trimming of per-pair effects: a 20% trimmed mean keeps most of the mean's power on clean data and shrugs off the scheduler spikes of a busy machine. */
export declare const DEFAULT_TRIM = 0.2;
/**
 * The per-pair effect of `value` against `reference`: log ratio or difference.
 * @param spec - the metric
 * @param reference - base value
 * @param value - candidate (or A/A copy) value
 * @returns the effect, or null when it cannot be formed (missing, zero or negative for a log ratio)
 */
export declare function pairEffect(spec: MetricSpec, reference: number | undefined, value: number | undefined): number | null;
/**
 * Per-pair effects of one arm against a reference arm over all blocks.
 * @param spec - the metric
 * @param blocks - the measured blocks
 * @param arm - `candidate` or `base-aa`
 * @param reference - the arm compared against (default `base`)
 * @returns the effects of the blocks where both values exist
 */
export declare function pairEffects(spec: MetricSpec, blocks: readonly Block[], arm: Arm, reference?: Arm): number[];
/**
 * Per-block effects of the candidate against both copies of the base at once: the candidate's log
 * value (or value) minus the mean of the base's and the A/A copy's. Twice the control data, so a
 * narrower interval than against either copy alone.
 * @param spec - the metric
 * @param blocks - the measured blocks
 * @returns the effects of the blocks where all three values exist
 */
export declare function pooledEffects(spec: MetricSpec, blocks: readonly Block[]): number[];
/**
 * A ratio metric is `unchanged` only while its A/A floor is at most 10% (as a log ratio): copies of
 * identical code measured further apart than that make the comparison too noisy to show no change.
 */
export declare const UNCHANGED_FLOOR_LIMIT: number;
/**
 * The A/A noise floor of a metric on its effect scale: the apparent effect between the base and its
 * A/A copy (identical code measured the same way), never below the minimum floor. It captures what
 * the harness itself makes of identical code (call-site, order, memory-layout effects); the random
 * part of the noise is already in each interval, so it is not added twice.
 * @param spec - the metric
 * @param aa - A/A per-pair effects
 * @param trim - share trimmed at each end
 * @returns floor and measured value on the effect scale (log units for `log`)
 */
export declare function noiseFloor(spec: MetricSpec, aa: readonly number[], trim?: number): {
    floor: number;
    measured: number | null;
};
/**
 * Analyses a paired comparison. Per metric: the candidate's effect against both copies of the base
 * (20% trimmed mean of the per-block effects with a small-sample (expanded) bootstrap 95% interval), its interval against
 * each copy alone, and the A/A noise floor. A metric is `improved` or `regressed` only when the
 * candidate differs significantly from each copy of the base in the same direction (an
 * intersection-union test: its p-value is the larger of the two; guards Holm-adjusted among themselves) and
 * by more than the floor; `unchanged` when the pooled interval sits inside the floor.
 * @param blocks - the measured blocks
 * @param options - metrics, objective, generator
 * @returns one analysis per metric, in the order of `options.metrics`
 */
export declare function analyzeBlocks(blocks: readonly Block[], options: AnalyzeOptions): MetricAnalysis[];
