import type { CiMetric, CiResult } from '../contracts/ci-result.js';
/**
 * Escapes text for a Markdown table cell (a pipe or a newline would break the row).
 * @param text - any text
 * @returns the cell text
 */
export declare function cell(text: string): string;
/**
 * A metric's change with its interval: `+102.3% [+95.1%, +110.0%]`, or a signed difference.
 * @param m - the metric
 * @returns the change, or `n/a`
 */
export declare function changeCell(m: Pick<CiMetric, 'effect' | 'ci95' | 'scale'>): string;
/**
 * Renders the summary of a gate run.
 * @param result - the gate's result
 * @param reportLink - the link to the HTML report (a path or URL), or null
 * @returns Markdown
 */
export declare function renderCiMarkdown(result: CiResult, reportLink: string | null): string;
/**
 * The gate's result for a terminal: the headline and every target's reasons.
 * @param result - the gate's result
 * @returns plain text
 */
export declare function printCiResult(result: CiResult): string;
