import type { CiMetric, CiResult, CiTarget } from '../contracts/ci-result.js';
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
 * How a target spent its time, for people: blocks, seconds of the budget, and the sequential design's course.
 * @param t - the target
 * @returns e.g. `function target, 20 paired blocks in 5.1 s of 10.0 s; stopped early at look 1, 4.9 s saved`
 */
export declare function timeText(t: CiTarget): string;
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
