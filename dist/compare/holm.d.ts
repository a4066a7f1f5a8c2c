/**
 * Holm's step-down adjustment of p-values for testing several metrics at once: the smallest p is
 * multiplied by m, the next by m-1, ..., made monotone, and capped at 1. Controls the family-wise
 * error rate without assuming independence between metrics.
 * @param pValues - raw p-values, one per metric
 * @returns adjusted p-values in the same order
 */
export declare function holmAdjust(pValues: readonly number[]): number[];
