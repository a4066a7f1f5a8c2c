import type { Static } from '@sinclair/typebox';
import type { RetryPolicy } from '../../schemas/workflow.js';
import type { Rubric } from './rubric.js';
/** The model used when none is configured (PERFFLOW_RATER_MODEL or --model). */
export declare const DEFAULT_JUDGE_MODEL = "claude-sonnet-4-6";
/** What the judge model must return through the `record_rating` tool. */
export declare const JudgeOutputSchema: import("@sinclair/typebox").TObject<{
    dimensions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        score: import("@sinclair/typebox").TNumber;
        reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>>;
    suggestions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
}>;
/** The judge's structured answer. */
export type JudgeOutput = Static<typeof JudgeOutputSchema>;
/** How to reach the judge model. */
export interface JudgeOptions {
    apiKey: string;
    /** ANTHROPIC_BASE_URL; the SDK's default when undefined. */
    baseURL?: string | undefined;
    model: string;
    /** Per-request timeout in ms. */
    timeoutMs: number;
    maxTokens?: number;
    policy?: RetryPolicy;
    /** Injected sleep for the backoff (tests record instead of waiting). */
    sleep?: (ms: number) => Promise<void>;
    now?: () => number;
    /** Secrets to keep out of the prompt and of recorded errors. */
    secrets?: readonly string[];
}
/** The judge's outcome: scores, or a failure after the retries, never a thrown error. */
export type JudgeResult = {
    status: 'ok';
    output: JudgeOutput;
    attempts: number;
    delays: number[];
} | {
    status: 'failed';
    error: string;
    kind: string;
    attempts: number;
    delays: number[];
};
/**
 * Asks the judge model to rate a plan against the rubric, through the Messages API with a forced
 * tool call whose input is validated against {@link JudgeOutputSchema}. Transient failures (429 and
 * 529 honouring retry-after, 5xx, resets, timeouts) are retried with the workflow's policy; the
 * SDK's own retries are off so that one policy governs.
 * @param planText - the plan (secrets are redacted before it is sent)
 * @param rubric - the rubric
 * @param flowAgents - every agent of the workflow
 * @param options - endpoint, model, timeout, injected sleep
 * @returns the validated output, or the failure with the attempts made
 */
export declare function judgePlan(planText: string, rubric: Rubric, flowAgents: readonly string[], options: JudgeOptions): Promise<JudgeResult>;
