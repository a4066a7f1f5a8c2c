import type { GateRecord } from '../contracts/gate.js';
import type { Run } from '../contracts/run.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import type { RunHandle } from '../state/run-store.js';
import type { CheckResult } from './checks.js';
import type { ConditionValue } from './condition.js';
import type { TemplateValues } from './templates.js';
export { currentStepId } from './step-state.js';
/** Time and identity, injectable for tests. */
export interface EngineOptions {
    now?: () => Date;
    sleep?: (ms: number) => Promise<void>;
    /** Who acts (for overrides); defaults to git's user.name, then the OS user. */
    user?: string;
    /** Longest wait `next` does for a retry's backoff before returning, in ms. */
    maxWaitMs?: number;
    /** Where a person's decision (override, approval) was typed. */
    via?: 'terminal' | 'claude-code';
}
/**
 * Where a command runs: Claude Code sets CLAUDECODE=1 for the commands its Bash tool runs.
 * @param env - the command's environment
 * @returns claude-code inside a Claude Code session, else terminal
 */
export declare function channelOf(env: Record<string, string | undefined>): 'terminal' | 'claude-code';
/**
 * Does the step wait for a person's approval that has not been given?
 * @param run - the run
 * @param step - the step
 * @returns true when it must wait
 */
export declare function awaitingApproval(run: Run, step: StepDefinition): boolean;
export declare const nowOf: (options: EngineOptions) => Date;
/**
 * The plan id of a run: the `plan_id` of its plan JSON (the output the workflow declares with schema
 * `plan`) when present and safe, else the workflow id.
 * @param dir - run directory
 * @param run - the run
 * @param workflow - the workflow it runs
 * @returns a safe id
 */
export declare function planIdOf(dir: string, run: Run, workflow: Workflow): string;
/**
 * The placeholder values of a run.
 * @param dir - run directory
 * @param run - the run
 * @param workflow - the workflow it runs
 * @returns values for {@link expandTemplate}
 */
export declare function templateValues(dir: string, run: Run, workflow: Workflow): TemplateValues;
export declare function sameWorkflow(run: Run, workflow: Workflow): void;
export declare function whoAmI(options: EngineOptions, root: string): string;
/**
 * The variables earlier gates exported (e.g. `validation_status`, `plan_score`), from the gate
 * records of steps that passed or were overridden.
 * @param dir - run directory
 * @param run - the run
 * @returns variable values by name
 */
export declare function gateVariables(dir: string, run: Run): {
    vars: Record<string, ConditionValue>;
    overriddenSteps: Set<string>;
};
/**
 * Evaluates a step's `condition` (e.g. publish's `validation_status == 'pass'`). When it does not
 * hold but a gate that supplies one of its variables was overridden by a person, `overridden` is
 * true: the step may proceed, and everything downstream shows the override.
 * @param handle - the run
 * @param stepId - the step
 * @returns whether the condition holds, whether an override stands in for it, and why
 */
export declare function conditionHolds(handle: RunHandle, stepId: string): Promise<{
    holds: boolean;
    overridden: boolean;
    detail: string;
}>;
export declare function evaluateStepCondition(dir: string, run: Run, workflow: Workflow, step: StepDefinition): {
    holds: boolean;
    overridden: boolean;
    detail: string;
};
export declare function upstreamOverrides(dir: string, run: Run, stepId: string): GateRecord['upstream_overrides'];
/** The step's checks, the variables they export and the hashes of its outputs. */
export declare function runGateChecks(handle: RunHandle, run: Run, workflow: Workflow, step: StepDefinition): Promise<{
    results: CheckResult[];
    variables: Record<string, ConditionValue>;
    artifacts: GateRecord['artifacts'];
}>;
export declare function predecessorsMissing(run: Run, stepId: string): string[];
export declare function checkpointFor(dir: string, run: Run, workflow: Workflow, stepId: string, now: Date): void;
