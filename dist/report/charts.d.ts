/**
 * The report's charts as inline SVG, drawn at build time so the report needs no script or network
 * to show them. Hand-written: a charting library would have to be inlined into every report, and
 * these are a handful of rectangles, lines and circles.
 */
import type { ComparedMetric } from '../contracts/performance-comparison.js';
import type { SafeHtml } from './html.js';
/** Colours of the two sides and of the verdicts (also used by the page's CSS). */
export declare const COLORS: {
    readonly base: "#94a3b8";
    readonly candidate: "#2563eb";
    readonly improved: "#15803d";
    readonly regressed: "#b91c1c";
    readonly unchanged: "#6b7280";
    readonly inconclusive: "#b45309";
    readonly grid: "#e5e7eb";
    readonly text: "#374151";
    readonly band: "#f1f5f9";
};
/** The relative change of a metric in percent with its interval, or null when it has none. */
export declare function relativeChange(m: ComparedMetric): {
    effect: number;
    lo: number;
    hi: number;
    floor: number;
} | null;
/**
 * A forest plot of the effect of every metric: the change with its 95% interval, over the band of
 * the A/A noise floor, coloured by verdict.
 * @param metrics - the compared metrics
 * @returns the SVG, or null when no metric has an interval
 */
export declare function effectsChart(metrics: readonly ComparedMetric[]): SafeHtml | null;
/**
 * Before/after distribution of one metric over the paired trials: every trial as a dot, the
 * quartiles as a box and the median as a bar, base above candidate on a shared axis.
 * @param name - metric name
 * @param unit - its unit
 * @param base - the base trials' values
 * @param candidate - the candidate trials' values
 * @param verdict - the metric's verdict, for the title colour
 * @returns the SVG, or null without values
 */
export declare function distributionChart(name: string, unit: string, base: readonly number[], candidate: readonly number[], verdict: ComparedMetric['verdict'] | null): SafeHtml | null;
/**
 * Latency percentiles of base and candidate as two lines (p50 -> p99.9): the shape of the
 * distribution before and after.
 * @param points - per percentile label: base and candidate values
 * @param unit - the unit of the values
 * @returns the SVG, or null with fewer than two percentiles
 */
export declare function percentileChart(points: readonly {
    label: string;
    base: number;
    candidate: number;
}[], unit: string): SafeHtml | null;
/**
 * Throughput-like metrics (higher is better) as base and candidate bars, the candidate with the
 * 95% interval of its change applied to the base.
 * @param metrics - metrics whose direction is `higher`
 * @returns the SVG, or null when none has both values
 */
export declare function throughputChart(metrics: readonly ComparedMetric[]): SafeHtml | null;
