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
export declare function formatRatios(ratios: readonly number[]): string[];
/**
 * A difference with its sign, for rates.
 * @param x - the difference
 * @returns e.g. `+0.0120`
 */
export declare function formatDifference(x: number): string;
/**
 * A metric's change as one phrase: `latency_p50 -12.3% (95% CI -15.0% to -9.8%, noise floor 1.2%)`.
 * @param metric - the figures
 * @returns the phrase
 */
export declare function describeChange(metric: ChangeFigures): string;
