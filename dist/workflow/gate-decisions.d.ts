import type { GateRecord } from '../contracts/gate.js';
import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run } from '../contracts/run.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import type { RunHandle } from '../state/run-store.js';
import type { Failure } from './recovery.js';
import type { EngineOptions } from './run-view.js';
/** Applies a failure to the run: records the attempt and the recovery decision. */
export declare function applyFailure(dir: string, run: Run, workflow: Workflow, step: StepDefinition, failure: Failure, now: Date): {
    run: Run;
    recovery: RecoveryState;
};
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
/** What {@link approveStep} returns. */
export interface ApproveResult {
    run: Run;
    step: string;
    approval: string;
    /** True when the step had been approved already and nothing changed. */
    alreadyApproved: boolean;
}
/**
 * Records a person's approval of a step (the workflow's `approval`: e.g. the optimization design
 * before implementation). In a Claude Code session the plugin's PreToolUse hook makes Claude Code
 * ask the person before this runs, so the model cannot approve on anyone's behalf.
 * @param handle - the run
 * @param stepId - the step to approve: the current one
 * @param options - injected time, user and channel, and the person's note
 * @returns the run and what was approved
 * @throws InputError when the step needs no approval; GateError when it is not the current step
 */
export declare function approveStep(handle: RunHandle, stepId: string, options?: EngineOptions & {
    note?: string;
}): Promise<ApproveResult>;
