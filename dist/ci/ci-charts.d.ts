import type { CiHistoryEntry, CiMetric } from '../contracts/ci-result.js';
import type { SafeHtml } from '../report/html.js';
/** A change on the chart's axis: percent for ratio metrics, the difference for rates. */
interface Span {
    effect: number;
    lo: number;
    hi: number;
    floor: number;
}
/**
 * A change as plotted: percent for ratio metrics, the plain difference otherwise.
 * @param m - effect, interval, floor and scale
 * @returns the span, or null without an interval
 */
export declare function spanOf(m: Pick<CiMetric, 'effect' | 'ci95' | 'noise_floor' | 'scale'>): Span | null;
/**
 * One run's metrics of one target: each change with its 95% interval over the band of its floor.
 * @param metrics - the target's metrics
 * @returns the SVG, or null when no metric has an interval
 */
export declare function forestChart(metrics: readonly CiMetric[]): SafeHtml | null;
/**
 * One metric of one target over the runs of the history, oldest first: each run's paired estimate
 * (head against its own base, measured interleaved in that run) with its 95% interval. Runs are
 * placed side by side, never compared: the chart has no line between them.
 * @param entries - the history entries of one target and metric, oldest first
 * @returns the SVG, or null when none has an interval
 */
export declare function trendChart(entries: readonly CiHistoryEntry[]): SafeHtml | null;
export {};
