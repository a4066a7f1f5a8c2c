import type { Spread } from '../contracts/baseline-metrics.js';

/**
 * The median of a list (the mean of the middle two for an even count).
 * @param values - numbers, any order
 * @returns the median, NaN for an empty list
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Centre, spread and range of repeated measurements.
 * @param values - at least one number
 * @returns n, mean, median, min, max, sample standard deviation and median absolute deviation
 */
export function spreadOf(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { n: 0, mean: 0, median: 0, min: 0, max: 0, stddev: 0, mad: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n < 2 ? 0 : values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const mid = median(values);
  return {
    n,
    mean,
    median: mid,
    min: Math.min(...values),
    max: Math.max(...values),
    stddev: Math.sqrt(variance),
    mad: median(values.map((v) => Math.abs(v - mid))),
  };
}

/** hyperfine's outlier threshold on the modified z-score (Iglewicz and Hoaglin use 3.5; hyperfine is laxer). */
export const OUTLIER_Z = 14.826;

/**
 * Flags outliers with hyperfine's rule: modified z-score `0.6745 (x - median) / MAD` above 14.826.
 * With a MAD of zero nothing is flagged (every run took the same time but for the outliers, which a
 * zero MAD cannot scale).
 * @param values - the measurements
 * @returns index and score of each outlier
 */
export function madOutliers(values: readonly number[]): { index: number; z: number }[] {
  const mid = median(values);
  const mad = median(values.map((v) => Math.abs(v - mid)));
  if (!(mad > 0)) return [];
  const out: { index: number; z: number }[] = [];
  values.forEach((v, index) => {
    const z = (0.6745 * (v - mid)) / mad;
    if (Math.abs(z) > OUTLIER_Z) out.push({ index, z });
  });
  return out;
}
