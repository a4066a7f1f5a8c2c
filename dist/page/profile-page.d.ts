import type { PageTargetConfig } from '../config/page-target-config.js';
import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { ProfileAnalysis } from '../profile/analyze-profiles.js';
/** Page loads profiled by default: enough for a median and a range, few enough to stay quick. */
export declare const DEFAULT_PAGE_TRIALS = 3;
/** Default sampling interval of the page's profiler, µs (a page load is short: sample finer than a server). */
export declare const DEFAULT_PAGE_INTERVAL_US = 250;
/** Default minimum of samples before anything is ranked. */
export declare const DEFAULT_PAGE_MIN_ACTIVE = 200;
/** Options of {@link profilePageTarget}. */
export interface PageProfileOptions {
    target: PageTargetConfig;
    projectRoot: string;
    artifactDir: string;
    stem: string;
    reportPath: (absolute: string) => string;
    trials?: number;
    intervalUs?: number;
    minActive?: number;
    now?: () => Date;
    progress?: (message: string) => void;
}
/**
 * Profiles a page target: starts its server, loads the page in a fresh browser context per trial
 * (the driver of `perfflow measure`, with its throttling, ready selector and interaction), records
 * each load's CPU profile, long tasks, timings and coverage, and ranks what blocked the main thread.
 * Writes the busiest load's `.cpuprofile` and the collapsed stacks of all loads.
 * @param options - the target, where to write, how many loads
 * @returns the report (not yet written) and its analysis
 * @throws TargetError `browser-missing` before anything starts when there is no Chromium; `page-load` when the page does not load
 * @throws InconclusiveError `too-few-samples` when the main thread was sampled too rarely
 */
export declare function profilePageTarget(options: PageProfileOptions): Promise<{
    profiled: true;
    report: BottleneckReport;
    analysis: ProfileAnalysis;
}>;
