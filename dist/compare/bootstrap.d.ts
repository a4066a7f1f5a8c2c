import type { Random } from './random.js';
/** A bootstrap estimate of a mean with its 95% percentile interval and a two-sided p-value. */
export interface BootstrapEstimate {
    /** The sample (trimmed) mean. */
    mean: number;
    /** 2.5th percentile of the resampled means. */
    lo: number;
    /** 97.5th percentile of the resampled means. */
    hi: number;
    /** Two-sided bootstrap p-value for "the mean is zero". */
    p: number;
    /** Number of values. */
    n: number;
}
/**
 * The q-quantile of sorted values with linear interpolation (the default "type 7" of R and numpy),
 * so that results can be checked against either.
 * @param sorted - ascending values, at least one
 * @param q - in [0, 1]
 * @returns the quantile
 */
export declare function quantileSorted(sorted: readonly number[], q: number): number;
/**
 * The arithmetic mean.
 * @param values - at least one value
 * @returns their mean
 */
export declare function mean(values: readonly number[]): number;
/**
 * The symmetric trimmed mean: drops the `trim` share of values at each end and averages the rest
 * (as scipy.stats.trim_mean does: floor(trim * n) values cut from each end). Robust against the
 * heavy-tailed outliers a shared machine produces, unbiased for symmetric pair effects.
 * @param values - at least one value
 * @param trim - share cut at each end, in [0, 0.5)
 * @returns the trimmed mean
 */
export declare function trimmedMean(values: readonly number[], trim: number): number;
/**
 * Percentile bootstrap of a (trimmed) mean: resamples the values with replacement, `resamples`
 * times. The p-value is twice the smaller share of resampled estimates on either side of zero (with
 * the usual +1 correction, so it is never exactly 0). Hand-written because it is a few lines and must
 * use the injected seeded generator; the libraries on npm draw from math.random.
 * @param values - per-pair effects (log ratios or differences), at least two
 * @param random - seeded generator
 * @param resamples - number of bootstrap resamples (default 4000)
 * @param trim - share trimmed at each end of every (re)sample (default 0: the plain mean)
 * @param expand - widen the interval for small samples (Hesterberg's expanded percentile interval):
 *   the percentile interval of n values is too narrow, most of all for the 5 to 20 blocks a
 *   comparison has; the expanded one takes the quantiles at Φ(±√(n/(n-1))·t(0.975, n-1)) instead of
 *   2.5% and 97.5%, and the p-value is mapped the same way, so interval and p-value agree
 * @returns estimate, 95% interval and p-value
 * @throws RangeError with fewer than two values
 */
export declare function bootstrapMean(values: readonly number[], random: Random, resamples?: number, trim?: number, expand?: boolean): BootstrapEstimate;
