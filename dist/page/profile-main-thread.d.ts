import type { Finding } from '../contracts/bottleneck-report.js';
import type { PageProfile } from '../contracts/page-profile.js';
import type { TrialRecording } from './profile-trial.js';
/** Forced layout and style time per load from which the finding is significant, ms. */
export declare const SIGNIFICANT_FORCED_MS = 30;
/**
 * The main-thread summary of a page's profiled loads.
 * @param trials - the recorded loads
 * @param files - served script URL -> the project file it was read from
 * @param origin - the page's origin
 * @param projectRoot - files are named relative to it
 * @returns the summary for `page.main_thread`
 */
export declare function mainThreadSummary(trials: readonly TrialRecording[], files: ReadonlyMap<string, string>, origin: string, projectRoot: string): Promise<NonNullable<PageProfile['main_thread']>>;
/**
 * The forced-layout finding: scripts that read layout right after changing it make the browser lay
 * out (or recalculate style) while they wait, once per read ("layout thrashing").
 * @param main - the main-thread summary
 * @returns the finding; significant from {@link SIGNIFICANT_FORCED_MS} per load
 */
export declare function forcedLayoutFinding(main: NonNullable<PageProfile['main_thread']>): Finding;
