/** Number formatting shared by the report's HTML, charts and Markdown. */
/**
 * A number with about three significant digits, without exponent for everyday magnitudes.
 * @param value - the number
 * @returns e.g. "42.1", "0.0312", "1 820"
 */
export function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    const abs = Math.abs(value);
    if (abs >= 1000)
        return Math.round(value).toLocaleString('en-US').replace(/,/g, '\u202f');
    if (abs >= 100)
        return value.toFixed(0);
    if (abs >= 10)
        return value.toFixed(1);
    if (abs >= 1)
        return value.toFixed(2);
    if (abs === 0)
        return '0';
    return value.toPrecision(3);
}
/**
 * A ratio as a signed percent change: 0.72 -> "−28.0%".
 * @param ratio - candidate / base
 * @returns the change
 */
export function formatRatioChange(ratio) {
    const pct = (ratio - 1) * 100;
    return `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)}%`;
}
/**
 * A fraction as a percent: 0.612 -> "61.2%".
 * @param fraction - between 0 and 1
 * @returns the percent
 */
export function formatPercent(fraction) {
    return `${(fraction * 100).toFixed(1)}%`;
}
