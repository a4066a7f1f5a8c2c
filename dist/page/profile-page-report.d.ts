import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { PageProfile } from '../contracts/page-profile.js';
import type { ProfileAnalysis } from '../profile/analyze-profiles.js';
import type { TrialRecording } from './profile-trial.js';
/** What {@link buildPageReport} needs. */
export interface PageReportInput {
    target: string;
    /** The page URL with its port. */
    url: string;
    projectRoot: string;
    trials: readonly TrialRecording[];
    /** Served script URL -> the project file it was read from. */
    files: ReadonlyMap<string, string>;
    throttle: PageProfile['throttle'];
    intervalUs: number;
    minActive: number;
    artifacts: BottleneckReport['files'];
    notes: string[];
    now: Date;
}
/**
 * The bottleneck report of a page: the functions of the page's scripts ranked by their share of
 * the samples inside long tasks (main-thread blocking), or of every busy sample when no task was
 * long, mapped through the scripts' source maps; each long task with the functions that ran in
 * it; the heaviest resources; and the long-task, oversized-bundle and render-blocking findings.
 * @param input - the recorded trials and what is known around them
 * @returns the report and the analysis it ranks
 * @throws InconclusiveError `too-few-samples` when the main thread was sampled too rarely to rank
 */
export declare function buildPageReport(input: PageReportInput): Promise<{
    report: BottleneckReport;
    analysis: ProfileAnalysis;
}>;
