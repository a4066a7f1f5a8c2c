import type { JudgeResult } from './judge.js';
import type { Rubric } from './rubric.js';
/**
 * The `claude` binary on the PATH (or PERFFLOW_CLAUDE_BIN), or null.
 * @param env - the environment
 * @returns its path
 */
export declare function claudeBinary(env: NodeJS.ProcessEnv): string | null;
/**
 * Is the user logged in to Claude Code (a subscription account in ~/.claude.json)?
 * @param env - the environment (HOME)
 * @returns true when an account is recorded
 */
export declare function claudeLoggedIn(env: NodeJS.ProcessEnv): boolean;
/**
 * Rates a plan with a headless `claude -p` (one turn, no tools), which uses the user's own
 * Claude Code login or key. Never throws: a failure is a failed judge, and the structural score
 * stands.
 * @param bin - the claude binary
 * @param planText - the plan
 * @param rubric - the rubric
 * @param flowAgents - the agents with work after planning
 * @param options - environment, time limit, secrets to keep out of the prompt and errors
 * @returns the judge's output or its failure
 */
export declare function judgeWithClaudeCli(bin: string, planText: string, rubric: Rubric, flowAgents: readonly string[], options: {
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
    secrets: readonly string[];
}): Promise<JudgeResult>;
