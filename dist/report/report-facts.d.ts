import type { ComparedMetric } from '../contracts/performance-comparison.js';
import type { OverriddenGate } from '../contracts/gate.js';
import type { RunBundle } from './run-bundle.js';
/**
 * The objective metric of the comparison.
 * @param bundle - the run's artifacts
 * @returns the objective metric (else the first), or null without a comparison
 */
export declare function objectiveMetric(bundle: RunBundle): ComparedMetric | null;
/**
 * The change of a metric as people read it: "+3.1% [+1.2%, +5.0%]" or a difference with its unit.
 * @param m - the metric
 * @returns the change and interval, or "n/a"
 */
export declare function changeText(m: ComparedMetric): string;
/**
 * A guard's tolerance as people read it.
 * @param m - the metric
 * @returns e.g. `10.0%`, `none beyond the floor`, `no limit`, or `objective`
 */
export declare function toleranceText(m: ComparedMetric): string;
/**
 * The one-line outcome of a run: the objective metric's before, after and change.
 * @param bundle - the run's artifacts
 * @returns e.g. "latency_p99 42.1 ms → 30.2 ms (−28.3% [−31.0%, −25.2%], improved)"
 */
export declare function headline(bundle: RunBundle): string;
/**
 * Gate records that a person overrode.
 * @param bundle - the run's artifacts
 * @returns the overridden gates, in step order
 */
export declare function overriddenGates(bundle: RunBundle): OverriddenGate[];
/**
 * Per-metric values of base and candidate trials from the raw paired results.
 * @param bundle - the run's artifacts
 * @param metric - the metric name
 * @returns the finite values of each side, block by block
 */
export declare function trialValues(bundle: RunBundle, metric: string): {
    base: number[];
    candidate: number[];
};
/**
 * Latency percentiles present as metrics (e.g. latency_p50, latency_p99), in percentile order.
 * @param bundle - the run's artifacts
 * @returns label, base and candidate per percentile, and the unit; empty when fewer than two
 */
export declare function percentilePoints(bundle: RunBundle): {
    unit: string;
    points: {
        label: string;
        base: number;
        candidate: number;
    }[];
};
