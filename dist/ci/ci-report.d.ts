import type { CiHistoryEntry, CiResult } from '../contracts/ci-result.js';
/**
 * The HTML report of a gate run: per target a chart of every metric's change and the table.
 * @param input - the gate's result
 * @returns the HTML document
 */
export declare function renderCiReport(input: CiResult): string;
/**
 * The trend page of one target's metric: the chart of each run's paired estimate, and the rows.
 * @param target - the target
 * @param metric - the metric
 * @param input - its history entries, oldest first
 * @returns the HTML document
 */
export declare function renderTrendPage(target: string, metric: string, input: readonly CiHistoryEntry[]): string;
