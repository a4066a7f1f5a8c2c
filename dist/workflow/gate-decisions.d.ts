import type { GateRecord } from '../contracts/gate.js';
import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run, StepState } from '../contracts/run.js';
import type { StepDefinition } from '../contracts/workflow.js';
import type { RunHandle } from '../state/run-store.js';
import type { EngineOptions } from './run-view.js';
/**
 * The run after a step's gate passed (or was overridden): the step's new state, the run completed
 * when it was the last; a step that pins the harness (`pin_harness` in the workflow) records the
 * working tree, so that validation later measures and checks the candidate through the config
 * entry, task module and tests as they were then, and names every later edit to them.
 * @param handle - the run
 * @param run - the run before
 * @param step - the step
 * @param done - its state now
 * @param now - the time
 * @returns the run to write
 */
export declare function withStepDone(handle: RunHandle, run: Run, step: StepDefinition, done: StepState, now: Date): Promise<Run>;
/**
 * Refuses to change a run that is finished or waits for a person.
 * @param run - the run
 * @throws InputError `run-finished`; GateError `escalated`
 */
export declare function assertActive(run: Run): void;
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
 * @throws GateError `out-of-order` for a step that is not the current one; `gate-failed` when its gate already failed and called for a rollback
 */
export declare function failStep(handle: RunHandle, stepId: string, message: string, options?: EngineOptions): Promise<RecoveryState>;
