import type { HttpTargetConfig } from '../config/target-config.js';
import type { ComparisonOutcome, ComparisonSettings } from './compare-target.js';
/** Options of {@link compareUrls}. */
export interface UrlCompareOptions extends ComparisonSettings {
    /** The request (or flows), load shape, guard rails and verdict settings; its own url is not used. */
    target: HttpTargetConfig;
    urls: {
        base: string;
        candidate: string;
    };
    /** `--allow-remote` on the command line (the target's `allow_remote: true` allows as well). */
    allowRemote: boolean;
    /** Health URL or path checked on each deployment first (default: the target's). */
    health?: string | undefined;
    /** Warm-up slice before each measured slice, ms (default 200). */
    warmupMs?: number;
}
/**
 * The request perfflow sends when the command line names no target: GET of the URL, 8 connections.
 * @param url - the base URL
 * @returns a target with every default filled in
 */
export declare function plainUrlTarget(url: string): HttpTargetConfig;
/**
 * Compares two running deployments with the paired design: refuses a remote host that is not
 * allowed (before any request), checks each deployment's health, then measures base, its A/A copy
 * (the base URL again) and candidate in short slices in a random order in every block.
 * @param options - the URLs, the target whose request and guard rails apply, the budget
 * @returns the comparison and the raw blocks
 * @throws InputError for a bad or remote URL not allowed; TargetError `health-failed` or `error-rate-abort`
 */
export declare function compareUrls(options: UrlCompareOptions): Promise<ComparisonOutcome>;
