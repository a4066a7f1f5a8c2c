/** Number formatting shared by the report's HTML, charts and Markdown. */
/**
 * A number with about three significant digits, without exponent for everyday magnitudes.
 * @param value - the number
 * @returns e.g. "42.1", "0.0312", "1 820"
 */
export declare function formatNumber(value: number): string;
/**
 * A ratio as a signed percent change: 0.72 -> "−28.0%".
 * @param ratio - candidate / base
 * @returns the change
 */
export declare function formatRatioChange(ratio: number): string;
/**
 * A fraction as a percent: 0.612 -> "61.2%".
 * @param fraction - between 0 and 1
 * @returns the percent
 */
export declare function formatPercent(fraction: number): string;
