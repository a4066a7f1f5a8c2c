import type { Spread } from '../contracts/baseline-metrics.js';
/**
 * The median of a list (the mean of the middle two for an even count).
 * @param values - numbers, any order
 * @returns the median, NaN for an empty list
 */
export declare function median(values: readonly number[]): number;
/**
 * Centre, spread and range of repeated measurements.
 * @param values - at least one number
 * @returns n, mean, median, min, max, sample standard deviation and median absolute deviation
 */
export declare function spreadOf(values: readonly number[]): Spread;
/** hyperfine's outlier threshold on the modified z-score (Iglewicz and Hoaglin use 3.5; hyperfine is laxer). */
export declare const OUTLIER_Z = 14.826;
/**
 * Flags outliers with hyperfine's rule: modified z-score `0.6745 (x - median) / MAD` above 14.826.
 * With a MAD of zero nothing is flagged (every run took the same time but for the outliers, which a
 * zero MAD cannot scale).
 * @param values - the measurements
 * @returns index and score of each outlier
 */
export declare function madOutliers(values: readonly number[]): {
    index: number;
    z: number;
}[];
