import type { Rating } from '../contracts/rating.js';
import type { RunHandle } from '../state/run-store.js';
import type { Run } from '../contracts/run.js';
import type { JudgeOptions } from './judge.js';
/** A request to rate one file. */
export interface RateFileRequest {
    /** The file to rate, as given (relative to `cwd` or absolute). */
    file: string;
    cwd: string;
    projectRoot: string;
    /** The run to write the rating into, or null for a standalone rating. */
    run: (RunHandle & {
        run: Run;
    }) | null;
    planId?: string | undefined;
    /** `--min`: overrides the yaml's minimum_score. */
    minimum?: number | undefined;
    model?: string | undefined;
    rubricPath?: string | undefined;
    env: NodeJS.ProcessEnv;
    now?: () => Date;
    /** Injected sleep for the judge's retry backoff. */
    sleep?: (ms: number) => Promise<void>;
}
/** The rating and where it was written (null standalone). */
export interface RateFileResult {
    rating: Rating;
    written: string | null;
}
/**
 * Reads the judge settings from the environment: none without ANTHROPIC_API_KEY.
 * @param env - the environment
 * @param model - a model named on the command line
 * @returns the judge options, or null
 * @throws InputError when PERFFLOW_RATER_TIMEOUT_MS is not a positive number
 */
export declare function judgeFromEnv(env: NodeJS.ProcessEnv, model: string | undefined): Omit<JudgeOptions, 'policy'> | null;
/**
 * Rates a plan file. In a run, the minimum comes from the plan-rating gate of the workflow yaml
 * (unless `minimum` is given), the attempt is the planning step's loops + 1, the file must lie in
 * the run directory, and the rating is written to `plans/<plan_id>-rating.json` under the run's
 * lock. Standalone, nothing is written here (the caller prints or writes it).
 * @param request - the file, the run (or null), overrides, environment, injected time
 * @returns the rating and the path written
 * @throws InputError for a missing, empty or malformed file, a bad id, or a file outside the run
 */
export declare function rateFile(request: RateFileRequest): Promise<RateFileResult>;
