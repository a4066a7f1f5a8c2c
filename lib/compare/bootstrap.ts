import type { Random } from './random.js';

/** A bootstrap estimate of a mean with its 95% percentile interval and a two-sided p-value. */
export interface BootstrapEstimate {
  /** The sample mean. */
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
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
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
 * Percentile bootstrap of the mean: resamples the values with replacement, `resamples` times.
 * The p-value is twice the smaller share of resampled means on either side of zero (with the usual
 * +1 correction, so it is never exactly 0). Hand-written because it is twenty lines and must use the
 * injected seeded generator; the libraries on npm draw from Math.random.
 * @param values - per-pair effects (log ratios or differences), at least two
 * @param random - seeded generator
 * @param resamples - number of bootstrap resamples (default 4000)
 * @returns mean, 95% interval and p-value
 * @throws RangeError with fewer than two values
 */
export function bootstrapMean(values: readonly number[], random: Random, resamples = 4000): BootstrapEstimate {
  const n = values.length;
  if (n < 2) throw new RangeError(`bootstrapMean needs at least two values, got ${n}`);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += values[Math.floor(random() * n)] as number;
    means[r] = sum / n;
  }
  means.sort();
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (const m of means) {
    if (m <= 0) atOrBelow += 1;
    if (m >= 0) atOrAbove += 1;
  }
  const sorted = Array.from(means);
  const p = Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (resamples + 1));
  return { mean: mean(values), lo: quantileSorted(sorted, 0.025), hi: quantileSorted(sorted, 0.975), p, n };
}
