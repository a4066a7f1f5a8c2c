import type { CiResult } from '../contracts/ci-result.js';
/** Where to write, all absolute. */
export interface CiOutputPaths {
    projectRoot: string;
    /** Directory of the report, the JSON result and the per-target comparisons. */
    outDir: string;
    /** The Markdown summary for a PR comment. */
    summary: string;
    /** The BMF export, or null for none. */
    bmf: string | null;
    /** The history file, or null when the history is off. */
    history: string | null;
    /** $GITHUB_STEP_SUMMARY, appended to when set. */
    stepSummary: string | undefined;
}
/**
 * Writes every output of a gate run.
 * @param input - the gate's result
 * @param paths - where
 * @returns the result with its report path, and the summary as written
 */
export declare function writeCiOutputs(input: CiResult, paths: CiOutputPaths): {
    result: CiResult;
    summary: string;
};
