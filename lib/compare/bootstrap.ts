import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions.js';
import type { Random } from './random.js';

// Math bound once: inside a VM context (jest's) every lookup of the global costs about ten times a
// local one, and these loops make millions of calls.
const math = Math;

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
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantileSorted needs at least one value');
  const position = (sorted.length - 1) * q;
  const below = math.floor(position);
  const above = math.min(below + 1, sorted.length - 1);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/**
 * The arithmetic mean.
 * @param values - at least one value
 * @returns their mean
 */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The symmetric trimmed mean: drops the `trim` share of values at each end and averages the rest
 * (as scipy.stats.trim_mean does: floor(trim * n) values cut from each end). Robust against the
 * heavy-tailed outliers a shared machine produces, unbiased for symmetric pair effects.
 * @param values - at least one value
 * @param trim - share cut at each end, in [0, 0.5)
 * @returns the trimmed mean
 */
export function trimmedMean(values: readonly number[], trim: number): number {
  if (trim <= 0) return mean(values);
  const sorted = Float64Array.from(values).sort();
  const cut = math.floor(trim * sorted.length);
  let sum = 0;
  for (let i = cut; i < sorted.length - cut; i += 1) sum += sorted[i] as number;
  return sum / (sorted.length - 2 * cut);
}

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
export function bootstrapMean(values: readonly number[], random: Random, resamples = 4000, trim = 0, expand = false): BootstrapEstimate {
  const n = values.length;
  if (n < 2) throw new RangeError(`bootstrapMean needs at least two values, got ${n}`);
  const estimates = new Float64Array(resamples);
  const sample = new Array<number>(n);
  for (let r = 0; r < resamples; r += 1) {
    for (let i = 0; i < n; i += 1) sample[i] = values[math.floor(random() * n)] as number;
    estimates[r] = trimmedMean(sample, trim);
  }
  estimates.sort();
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (const m of estimates) {
    if (m <= 0) atOrBelow += 1;
    if (m >= 0) atOrAbove += 1;
  }
  const sorted = Array.from(estimates);
  const tail = (math.min(atOrBelow, atOrAbove) + 1) / (resamples + 1);
  if (!expand) {
    const p = math.min(1, 2 * tail);
    return { mean: trimmedMean(values, trim), lo: quantileSorted(sorted, 0.025), hi: quantileSorted(sorted, 0.975), p, n };
  }
  const stretch = math.sqrt(n / (n - 1));
  const a = normalCdf(-stretch * studentTQuantile(0.975, n - 1));
  // The tail share read as a z, shrunk back by the same stretch, and read off the t distribution.
  const p = math.min(1, 2 * studentTCdf(normalQuantile(math.min(tail, 0.5)) / stretch, n - 1));
  return { mean: trimmedMean(values, trim), lo: quantileSorted(sorted, a), hi: quantileSorted(sorted, 1 - a), p, n };
}
