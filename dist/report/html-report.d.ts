import type { RunBundle } from './run-bundle.js';
/**
 * Renders the self-contained HTML report of a run: inline styles, one small inline script allowed
 * by its hash in the Content-Security-Policy (nothing else can run, nothing is fetched), SVG charts.
 * Every value from the run is redacted, then escaped.
 * @param input - the run's artifacts
 * @param secrets - exact secret values to redact (e.g. from the environment)
 * @returns the HTML document
 */
export declare function renderHtmlReport(input: RunBundle, secrets: readonly string[]): string;
