/** What a change reads as, for people: the part of a metric analysis the wording needs. */
export interface ChangeFigures {
  name: string;
  scale: 'log' | 'difference';
  effect: number | null;
  ci95: [number, number] | null;
  noise_floor: number;
  pairs: number;
}

/**
 * Formats ratios so that an estimate and its interval share one unit: percentages while every
 * ratio lies between a halving and a doubling, `x`/`÷` times otherwise (past that, -99.9% stops
 * being readable). Mixing the two ("÷2.00 (95% CI ÷2.01 to -49.6%)") reads as two different numbers.
 * @param ratios - candidate / base ratios
 * @returns one string per ratio, in one unit
 */
export function formatRatios(ratios: readonly number[]): string[] {
  const asTimes = ratios.some((r) => r < 0.5 || r > 2);
  return ratios.map((r) => {
    if (!asTimes) return `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%`;
    return r < 1 ? `÷${(1 / r).toPrecision(3)}` : `x${r.toPrecision(3)}`;
  });
}

/**
 * A difference with its sign, for rates.
 * @param x - the difference
 * @returns e.g. `+0.0120`
 */
export function formatDifference(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toPrecision(3)}`;
}

/**
 * A metric's change as one phrase: `latency_p50 -12.3% (95% CI -15.0% to -9.8%, noise floor 1.2%)`.
 * @param metric - the figures
 * @returns the phrase
 */
export function describeChange(metric: ChangeFigures): string {
  if (metric.effect === null || metric.ci95 === null) return `${metric.name}: ${metric.pairs} valid pairs, too few for an estimate`;
  if (metric.scale === 'log') {
    const [effect, lo, hi] = formatRatios([metric.effect, metric.ci95[0], metric.ci95[1]]);
    return `${metric.name} ${effect ?? ''} (95% CI ${lo ?? ''} to ${hi ?? ''}, noise floor ${(metric.noise_floor * 100).toFixed(1)}%)`;
  }
  return `${metric.name} ${formatDifference(metric.effect)} (95% CI ${formatDifference(metric.ci95[0])} to ${formatDifference(metric.ci95[1])}, floor ${metric.noise_floor})`;
}
