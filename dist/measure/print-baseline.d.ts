import type { BaselineMetrics } from '../contracts/baseline-metrics.js';
/**
 * Formats a baseline for people: the headline figures, resources, and why it is invalid or unhealthy.
 * @param b - the baseline
 * @returns text
 */
export declare function formatBaseline(b: BaselineMetrics): string;
