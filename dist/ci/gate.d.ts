import type { CiDesign, CiMetricVerdict, CiResult, CiTarget } from '../contracts/ci-result.js';
import type { ComparedMetric, PerformanceComparison } from '../contracts/performance-comparison.js';
import type { CiTargetSettings } from '../config/ci-settings.js';
/** Who accepted a target's regression. */
export type Acceptance = NonNullable<CiTarget['accepted']>;
/** What happened to one target before the decision. */
export type TargetResult = {
    kind: 'compared';
    comparison: PerformanceComparison;
    comparisonFile: string | null;
} | {
    kind: 'error';
    targetKind: CiTarget['kind'];
    message: string;
} | {
    kind: 'skipped';
    targetKind: CiTarget['kind'];
    reason: string;
};
/** One target as the gate receives it. */
export interface TargetRun {
    name: string;
    settings: Pick<CiTargetSettings, 'threshold' | 'informational'>;
    accepted: Acceptance | null;
    result: TargetResult;
}
/** The part of a {@link CiResult} the gate decides. */
export type GateDecision = Pick<CiResult, 'status' | 'exit_code' | 'adjustment' | 'targets'>;
/**
 * The threshold of one metric: the larger of the target's threshold and the metric's own guard
 * tolerance (memory may grow 10% by default; a guard set to `off` never fails).
 * @param metric - the compared metric
 * @param threshold - the target's threshold
 * @returns the threshold, or null when the metric never fails
 */
export declare function metricThreshold(metric: ComparedMetric, threshold: number): number | null;
/**
 * How much worse a metric got, on its threshold's scale (a fraction for log metrics), 0 when better.
 * @param metric - the compared metric
 * @returns the worsening
 */
export declare function worseningOf(metric: Pick<ComparedMetric, 'effect' | 'scale' | 'direction'>): number;
/**
 * How much worse the worse end of a metric's 95% interval is, on its threshold's scale: the
 * largest regression the data do not rule out (0 when the whole interval is better).
 * @param metric - the compared metric
 * @returns the worsening at the interval's worse end, or Infinity without an interval
 */
export declare function worstCaseOf(metric: Pick<ComparedMetric, 'ci95' | 'scale' | 'direction'>): number;
/**
 * Judges one metric after the adjustment across every target: a change only when significant once
 * adjusted, both copies of the base agreeing on its side, and beyond the noise floor; a regression
 * then fails only beyond its threshold. A metric reads `unchanged` or `within-threshold` only when
 * its whole interval rules out a regression beyond the threshold: a noisy guard whose interval
 * reaches past it passes as `inconclusive`, listed, never as unchanged (absence of evidence is not
 * evidence of absence). Anything the data cannot settle is inconclusive.
 * @param metric - the compared metric
 * @param pHolm - its p-value adjusted across the run, or null when it was not tested
 * @param threshold - its threshold, null for never
 * @param alpha - significance level
 * @returns the verdict
 */
export declare function judgeMetric(metric: ComparedMetric, pHolm: number | null, threshold: number | null, alpha: number): CiMetricVerdict;
/**
 * How a compared target spent its time: the design, the look that stopped it and the budget saved.
 * @param comparison - the target's comparison
 * @returns the design as the gate reports it
 */
export declare function designOf(comparison: PerformanceComparison): CiDesign;
/**
 * Decides the gate: Holm's adjustment over every metric of every compared target at once, each
 * metric judged ({@link judgeMetric}), a target failing on a regression beyond its threshold or a
 * behaviour change unless it is informational or accepted. A comparison run with the sequential
 * design enters with its design's p-values (`sequential-p.ts`), valid however often it was looked
 * at; a fixed-budget one with its p. Exit 1 when a target fails, else 4 when one could not be run,
 * else 0; inconclusive metrics are listed and never fail.
 * @param runs - the targets with their results
 * @param alpha - significance level (0.05)
 * @returns the status, exit code and every target judged
 */
export declare function decideGate(runs: readonly TargetRun[], alpha?: number): GateDecision;
