import type { OverriddenGate } from '../contracts/gate.js';
import type { Run } from '../contracts/run.js';
import type { RunHandle } from '../state/run-store.js';
import type { EngineOptions } from './run-view.js';
/**
 * Overrides a gate by hand: records who, when, the reason and the risks in `gates/<step>.json`, runs
 * the checks anyway so the record shows what was waved through, and marks the step `overridden`.
 * Predecessors must have passed or been overridden first.
 * @param handle - the run
 * @param stepId - the gate (step id) to override
 * @param reason - why, and the risks accepted
 * @param options - injected time and user
 * @returns the gate record
 * @throws InputError for a reason too short, a finished run or a gate already overridden; GateError `out-of-order`
 */
export declare function overrideGate(handle: RunHandle, stepId: string, reason: string, options?: EngineOptions & {
    risks?: string;
}): Promise<OverriddenGate>;
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
