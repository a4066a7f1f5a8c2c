import type { PageTargetConfig } from '../config/page-target-config.js';
import type { Arm, MetricSpec } from './analyze.js';
import type { PairedRunner } from './paired-runner.js';
/** Options of {@link openPagePair}. */
export interface PagePairOptions {
    /** The (pinned) target. */
    target: PageTargetConfig;
    /** Working directory of the server command in each arm's checkout. */
    cwd: Record<Arm, string>;
}
/**
 * The compared figures of a page target; `interaction` only when it scripts one.
 * @param target - the page target
 * @returns its metrics, in the order of the report
 */
export declare function pageMetrics(target: PageTargetConfig): MetricSpec[];
/**
 * Prepares a page target for a paired comparison. The page load is the unit: each arm's server runs
 * for the whole comparison (started from the arm's checkout with its own PORT), one browser serves
 * every arm, and every trial loads the page in a fresh context. Metrics: lcp, fcp, tbt, cls, ready,
 * interaction (when scripted), js_heap, transfer_bytes. The default objective is decided from the
 * base alone before the trials ({@link probeObjective}); the behaviour check compares the rendered
 * DOM of the `check` selectors.
 * @param options - the target and each arm's working directory
 * @returns the runner
 * @throws TargetError `browser-missing`; `server-start` or `page-load` naming the base side
 */
export declare function openPagePair(options: PagePairOptions): Promise<PairedRunner>;
