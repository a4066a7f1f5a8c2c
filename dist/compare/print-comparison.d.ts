import type { PerformanceComparison } from '../contracts/performance-comparison.js';
/**
 * Renders a comparison for people: the status and why, one line per metric (base and candidate
 * medians, change with its 95% interval, noise floor, adjusted p, verdict, guard tolerance and
 * outcome), the loads the figures were taken under, the pinned harness, behaviour and design.
 * @param comparison - the comparison artifact
 * @returns text for the terminal
 */
export declare function printComparison(comparison: PerformanceComparison): string;
