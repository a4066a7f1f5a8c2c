import type { RetryPolicy } from '../contracts/workflow.js';
import { JudgeOutputSchema } from './judgement.js';
import type { JudgeOutput } from './judgement.js';
import type { Rubric } from './rubric.js';
/** The model used when none is configured (PERFFLOW_RATER_MODEL or --model). */
export declare const DEFAULT_JUDGE_MODEL = "claude-sonnet-4-6";
export { JudgeOutputSchema };
export type { JudgeOutput };
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
/** The model answered, but not with a rating matching {@link JudgeOutputSchema}. */
export declare class MalformedJudgeOutput extends Error {
    readonly name = "MalformedJudgeOutput";
}
/**
 * The rating instructions every judge gets: the rubric with its levels, and the plan as data.
 * @param rubric - the rubric
 * @param planText - the plan (already redacted)
 * @param flowAgents - the agents with work after planning
 * @returns the system and user texts
 */
export declare function judgePrompt(rubric: Rubric, planText: string, flowAgents: readonly string[]): {
    system: string;
    user: string;
};
/**
 * Checks a judge's answer: the schema, and every rubric dimension present.
 * @param value - the answer
 * @param rubric - the rubric
 * @param who - how to name the judge in the error
 * @returns the checked output
 * @throws MalformedJudgeOutput naming what is wrong
 */
export declare function checkJudgeOutput(value: unknown, rubric: Rubric, who?: string): JudgeOutput;
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
/**
 * The Messages API judge as a plan judge.
 * @param options - endpoint, key, model, retry policy
 * @param rubric - the rubric
 * @param flowAgents - the agents with work after planning
 * @returns the judge
 */
export declare function apiJudge(options: JudgeOptions, rubric: Rubric, flowAgents: readonly string[]): {
    kind: 'model';
    label: string;
    judge: (planText: string) => Promise<JudgeResult>;
};
