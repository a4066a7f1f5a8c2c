import type { GateRecord } from '../schemas/gate.js';
import type { RecoveryState } from '../schemas/recovery-state.js';
import type { Run } from '../schemas/run.js';
import type { RunHandle } from '../state/run-store.js';
import type { ConditionValue } from './condition.js';
import { getStep, loadWorkflow } from './load.js';
import type { TemplateValues } from './templates.js';
/** Time and identity, injectable for tests. */
export interface EngineOptions {
    now?: () => Date;
    sleep?: (ms: number) => Promise<void>;
    /** Who acts (for overrides); defaults to git's user.name, then the OS user. */
    user?: string;
    /** Longest wait `next` does for a retry's backoff before returning, in ms. */
    maxWaitMs?: number;
}
/**
 * The plan id of a run: the `plan_id` of its plan JSON when present and safe, else the workflow id.
 * @param dir - run directory
 * @param run - the run
 * @returns a safe id
 */
export declare function planIdOf(dir: string, run: Run): string;
/**
 * The placeholder values of a run.
 * @param dir - run directory
 * @param run - the run
 * @returns values for {@link expandTemplate}
 */
export declare function templateValues(dir: string, run: Run): TemplateValues;
/** The first step of a run that has not passed (or been overridden), or null when all have. */
export declare function currentStepId(run: Run): string | null;
/** Result of {@link initRun}. */
export interface InitResult {
    handle: RunHandle;
    run: Run;
    /** How to add the target to perfflow.config.yaml when it is missing (null when it exists). */
    targetHint: string | null;
}
/**
 * Starts a run: checks the target name and the workflow, records the base commit and a snapshot of
 * the working tree (uncommitted and untracked files included) under `refs/perfflow/<run>/snapshot`
 * without touching the tree, and writes run.json.
 * @param input - where, which target, which base, and how to tell whether the target is configured
 * @param options - injected time
 * @returns the run and, when the target is not configured yet, how to add it
 * @throws InputError for a bad target name, a bad base, no git repository or a broken workflow
 */
export declare function initRun(input: {
    cwd: string;
    target: string;
    baseRef?: string;
    targetHint?: (projectRoot: string, target: string) => Promise<string | null>;
}, options?: EngineOptions): Promise<InitResult>;
/** One input or output file as `next` reports it. */
export interface FileRef {
    path: string;
    exists: boolean;
    schema?: string;
    schema_file?: string;
}
/** What `perfflow next` reports. */
export interface NextInfo {
    run_id: string;
    run_status: Run['status'];
    target: string;
    done: boolean;
    step: null | {
        /** `step`: do the step; `rollback`: its gate failed and the yaml says roll back first. */
        kind: 'step' | 'rollback';
        id: string;
        name: string;
        agent: string;
        using_fallback: boolean;
        skill: string | null;
        attempt: number;
        max_attempts: number;
        instructions: string;
        commands: string[];
        inputs: FileRef[];
        outputs: FileRef[];
        feedback: string[];
        condition: null | {
            expression: string;
            holds: boolean;
            overridden: boolean;
            detail: string;
        };
    };
    recovery: RecoveryState | null;
    waited_ms: number;
}
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
    sources: Map<string, string>;
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
/**
 * Says what to do now: the current step, its agent (the fallback agent once the primary's attempts
 * are spent), instructions, commands, inputs and outputs with absolute paths, the attempt, and the
 * feedback of a previous failure. Waits out a transient failure's backoff first (up to `maxWaitMs`).
 * Changes nothing.
 * @param handle - the run
 * @param options - injected time
 * @returns the next step, or `done`
 */
export declare function nextStep(handle: RunHandle, options?: EngineOptions): Promise<NextInfo>;
/** What {@link submitStep} returns. */
export interface SubmitResult {
    record: GateRecord;
    recovery: RecoveryState | null;
    run: Run;
    /** True when the step had already passed and nothing was re-checked. */
    alreadyPassed: boolean;
}
/**
 * Checks a step's outputs and decides its gate: refuses a step whose predecessors have not passed,
 * evaluates the step's condition, runs the yaml's checks, evaluates `pass_when`, writes
 * `gates/<step>.json`, then `checkpoint.json` on a pass or `recovery-state.json` and errors.log on
 * a failure. Holds the run's lock throughout.
 * @param handle - the run
 * @param stepId - the step to submit
 * @param options - injected time
 * @returns the gate record and, on failure, the recovery decision
 * @throws InputError for an unknown step; GateError `out-of-order` or `escalated`
 */
export declare function submitStep(handle: RunHandle, stepId: string, options?: EngineOptions): Promise<SubmitResult>;
/**
 * Records that an attempt at a step failed with an error (a subagent crashed, a tool timed out, an
 * API rate-limited), classifies it, and decides retry (with backoff), fallback or escalation.
 * @param handle - the run
 * @param stepId - the step
 * @param message - what went wrong, as reported
 * @param options - injected time
 * @returns the recovery decision
 */
export declare function failStep(handle: RunHandle, stepId: string, message: string, options?: EngineOptions): Promise<RecoveryState>;
/**
 * Overrides a gate by hand: records who, when, the reason and the risks in `gates/<step>.json`, runs
 * the checks anyway so the record shows what was waved through, and marks the step `overridden`.
 * Predecessors must have passed or been overridden first.
 * @param handle - the run
 * @param stepId - the gate (step id) to override
 * @param reason - why, and the risks accepted
 * @param options - injected time and user
 * @returns the gate record
 */
export declare function overrideGate(handle: RunHandle, stepId: string, reason: string, options?: EngineOptions & {
    risks?: string;
}): Promise<GateRecord>;
/** What {@link rollbackRun} did. */
export interface RollbackResult {
    to_step: string;
    /** The ref under which the working tree was saved before anything was restored. */
    saved_ref: string | null;
    restored_files: string[];
    archived_to: string;
    steps_reset: string[];
}
/**
 * Rolls a run back so that `toStep` is the step to do next. First saves the current working tree
 * (untracked files included) under `refs/perfflow/<run>/rollback-<n>`; then archives the artifacts
 * and gate records of `toStep` and every later step into `history/`; when a reset step changes
 * code (its gate checks `manifest-files-changed`), restores every file changed since the run's
 * snapshot to its snapshot content — so changes the user had before the run survive byte for byte.
 * @param handle - the run
 * @param toStep - the step to go back to; default: the recovery's recommendation, else the last passed step
 * @param options - injected time
 * @returns what was saved, restored and archived
 */
export declare function rollbackRun(handle: RunHandle, toStep: string | undefined, options?: EngineOptions): Promise<RollbackResult>;
/** What {@link resumeRun} repaired and where the run stands. */
export interface ResumeResult {
    repaired: string[];
    next: NextInfo;
}
/**
 * Resumes a run after a crash or a pause: removes half-written temporary files, re-validates every
 * state file, rebuilds checkpoint.json when it lags behind run.json, sends a passed step whose
 * artifacts changed since its gate back to pending, and reports the next step.
 * @param handle - the run
 * @param options - injected time
 * @returns the repairs made and the next step
 */
export declare function resumeRun(handle: RunHandle, options?: EngineOptions): Promise<ResumeResult>;
/** Re-exported for commands that need the workflow beside the run. */
export { loadWorkflow, getStep };
