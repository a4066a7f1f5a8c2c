/**
 * Holm's step-down adjustment of p-values for testing several metrics at once: the smallest p is
 * multiplied by m, the next by m-1, ..., made monotone, and capped at 1. Controls the family-wise
 * error rate without assuming independence between metrics.
 * @param pValues - raw p-values, one per metric
 * @returns adjusted p-values in the same order
 */
export function holmAdjust(pValues) {
    const m = pValues.length;
    const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
    const adjusted = new Array(m).fill(1);
    let running = 0;
    order.forEach(({ p, index }, rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * p));
        adjusted[index] = running;
    });
    return adjusted;
}
