import type { Finding } from '../contracts/bottleneck-report.js';
import type { PageResource } from '../contracts/page-profile.js';
import type { TrialRecording } from './profile-trial.js';
/** A script this large (transferred bytes) is an oversized bundle. */
export declare const OVERSIZED_SCRIPT_BYTES: number;
/** A render-blocking resource this large, or taking this long, is worth a finding. */
export declare const BLOCKING_BYTES: number;
/** Median, lowest and highest of figures over trials. */
export declare function acrossTrials(values: readonly number[]): {
    median: number;
    low: number;
    high: number;
};
/**
 * The page's resources over all trials, heaviest first: transferred bytes and load time (median
 * and range over trials), whether they held the first paint, and the share of a script that
 * never ran.
 * @param trials - the recorded trials
 * @param origin - the page's origin (its resources are named by path)
 * @param sources - script URL -> its bytes by original source, where known
 * @returns the resources
 */
export declare function pageResources(trials: readonly TrialRecording[], origin: string, sources?: ReadonlyMap<string, NonNullable<PageResource['sources']>>): PageResource[];
/**
 * The findings about resources: scripts too large, and resources that held the first paint.
 * @param resources - from {@link pageResources}
 * @returns an oversized-bundle and a render-blocking-resource finding
 */
export declare function resourceFindings(resources: readonly PageResource[]): Finding[];
