import type { Rating } from '../contracts/rating.js';
import type { JudgeResult } from './judge.js';
import type { LoadedRubric } from './rubric.js';
/** What {@link ratePlan} needs. */
export interface RatePlanInput {
    /** The rated file's bytes (hashed as they are). */
    bytes: Buffer;
    /** How the rating names the file: relative to the run directory in a run. */
    planFile: string;
    /** The plan id; when null, the plan's own `plan_id`, else `plan`. */
    planId: string | null;
    runId?: string;
    minimum: number;
    attempt: number;
    maxAttempts?: number;
    rubric: LoadedRubric;
    /** Every agent of the workflow (the yaml's `agents`). */
    flowAgents: readonly string[];
    /** The judge (the API model, the rater agent's judgement, a headless claude -p), or null. */
    judge: PlanJudge | null;
    /** Why there is no judge, recorded when `judge` is null. */
    noJudge?: string;
    now: Date;
}
/** A judge of plans: who it is, and how to ask it. */
export interface PlanJudge {
    kind: 'model' | 'agent' | 'claude-cli';
    /** The model name, the agent, or the command. */
    label: string;
    judge: (planText: string) => Promise<JudgeResult>;
}
/**
 * The sha256 of a file's bytes, as the rating records it.
 * @param bytes - the file's content
 * @returns lower-case hex
 */
export declare function sha256Hex(bytes: Buffer): string;
/**
 * Rates a plan: the structural rater always runs; the judge model (when configured) scores each
 * dimension, but never above the structural ceiling of that dimension, and the overall score never
 * above the cap of any missed requirement. A judge failure falls back to the structural score and
 * is recorded. Below the minimum, the rating carries feedback for the planner.
 * @param input - the plan bytes, ids, minimum, attempt, rubric, agents, judge settings, time
 * @returns the rating (valid against schemas/rating.schema.json)
 */
export declare function ratePlan(input: RatePlanInput): Promise<Rating>;
