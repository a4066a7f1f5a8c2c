import type { Block, MetricAnalysis } from './analyze.js';
/** The information fractions (shares of the time budget) of the interim looks. */
export declare const LOOK_FRACTIONS: readonly number[];
/** What happened at one interim look. */
export interface SequentialLook {
    /** 1-based number of the look in the pre-registered schedule. */
    look: number;
    /** Complete blocks at the look. */
    blocks: number;
    /** Information fraction: elapsed time / budget. */
    fraction: number;
    /** Cumulative alpha spent up to and including this look (0 for a look not taken). */
    alpha_spent: number;
    /** The look's nominal two-sided level in the design that stops (at `stop_alpha`): the objective's p must be below it to stop. */
    nominal_alpha: number;
    /** The objective's intersection-union p at the look; null when not taken. */
    p: number | null;
    /** `skipped`: the block count cannot reach the boundary, so the look is not taken and spends nothing. */
    outcome: 'continue' | 'stop' | 'skipped';
    reason: string;
}
/** The design and its course, as the comparison records it. */
export interface SequentialRecord {
    spending: string;
    alpha: number;
    /** The overall level of the design whose boundaries a look must cross to stop (`alpha` unless a caller asks for less, as `perfflow ci` does for its adjustment across targets). */
    stop_alpha: number;
    fractions: number[];
    looks: SequentialLook[];
    /** The nominal level of the final analysis (null when a look stopped the comparison). */
    final_alpha: number | null;
    /** The information fraction of the final analysis (null when a look stopped the comparison). */
    final_fraction: number | null;
    stopped_early: boolean;
    /** The block and look that stopped the comparison (null when it ran to the end). */
    stopped_at: {
        block: number;
        look: number;
        reason: string;
    } | null;
}
/**
 * The smallest two-sided p-value the expanded bootstrap of `n` values can give with `resamples`
 * resamples: every resample on one side of zero.
 * @param n - the number of blocks (>= 2)
 * @param resamples - bootstrap resamples
 * @returns the floor of the p-value
 */
export declare function smallestP(n: number, resamples: number): number;
/**
 * Whether an early stop on an improvement leaves every guard settled: none worse than its
 * tolerance and the noise floor by its point estimate (a guard that regressed significantly is
 * settled: it fails or is reported). A guard not yet significant but worse than that would hold a
 * full comparison at inconclusive; an early stop must not turn it into a pass, so the comparison goes on.
 * @param metrics - the analysis at the look
 * @returns the guards that are not settled
 */
export declare function unsettledGuards(metrics: readonly MetricAnalysis[]): MetricAnalysis[];
/** Options of {@link createSequentialMonitor}. */
export interface MonitorOptions {
    budgetMs: number;
    minBlocks: number;
    alpha: number;
    /**
     * The overall level of the design a look must cross to stop (default `alpha`). Lower when the
     * objective's p will be compared with less than `alpha` later (Holm across targets): a stop at
     * the `alpha` boundary would end on a result the adjustment then calls inconclusive. The design's
     * p-value (`sequential-p.ts`) stays valid whatever this level is.
     */
    stopAlpha?: number | undefined;
    resamples: number;
    /** Analyses the blocks with the objective tested at `objectiveAlpha`; `look` seeds the bootstrap. */
    analyse: (blocks: readonly Block[], objectiveAlpha: number, look: number) => MetricAnalysis[];
}
/** Watches the blocks at the pre-registered looks; see the module comment. */
export interface SequentialMonitor {
    /** Called after every block: true to stop at this look. */
    look: (blocks: readonly Block[], elapsedMs: number) => boolean;
    /** The analysis that stopped the comparison and the level its objective was tested at, if a look stopped it. */
    stopped: () => {
        metrics: MetricAnalysis[];
        alpha: number;
    } | null;
    /** The nominal level of the final analysis at this elapsed time (spends all alpha that is left). */
    finalAlpha: (elapsedMs: number) => number;
    record: () => SequentialRecord;
}
/**
 * Creates the monitor of a sequential comparison: it takes the pre-registered looks as the clock
 * reaches them, spends alpha by the O'Brien-Fleming-type function and says when to stop.
 * @param options - budget, minimum blocks, overall alpha, resamples and the analysis
 * @returns the monitor
 */
export declare function createSequentialMonitor(options: MonitorOptions): SequentialMonitor;
