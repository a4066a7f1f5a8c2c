import type { RunBundle } from './run-bundle.js';
/**
 * Renders the Markdown summary of a run, fit for a pull-request comment: the outcome, any override
 * with its risks, the verdict per metric, the top bottlenecks, the plan's rating, the changed files.
 * @param input - the run's artifacts
 * @param secrets - exact secret values to redact
 * @param reportPath - where the HTML report is, for the link
 * @returns Markdown
 */
export declare function renderMarkdownSummary(input: RunBundle, secrets: readonly string[], reportPath: string): string;
