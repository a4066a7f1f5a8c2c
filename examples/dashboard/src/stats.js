// The figures the dashboard shows: per-service summaries and the rolling p95 the chart draws.

/** The value at quantile q of values sorted ascending (nearest rank). */
export function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

/** Count, mean, p50, p95 and max of one service's latencies. */
export function summarize(name, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const total = values.reduce((sum, v) => sum + v, 0);
  return { name, count: values.length, mean: total / values.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] };
}

/**
 * The p95 of the trailing window at every point: each window is copied and sorted from scratch.
 */
export function rollingP95(values, window) {
  const out = [];
  for (let i = 0; i < values.length; i += 1) {
    const slice = [];
    for (let j = Math.max(0, i - window + 1); j <= i; j += 1) {
      // insertion sort: keep the window ordered as it is copied
      let k = slice.length;
      slice.push(values[j]);
      while (k > 0 && slice[k - 1] > values[j]) {
        slice[k] = slice[k - 1];
        k -= 1;
      }
      slice[k] = values[j];
    }
    out.push(quantile(slice, 0.95));
  }
  return out;
}
