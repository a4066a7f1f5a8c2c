import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run } from '../contracts/run.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import type { Failure } from './recovery.js';
/**
 * Applies a failure to the run: records the attempt, decides the recovery and applies it.
 * @param dir - the run directory
 * @param run - the run before the failure
 * @param workflow - the workflow
 * @param step - the step that failed
 * @param failure - what failed
 * @param now - the time of the failure
 * @returns the run to write and the recovery-state.json to write
 */
export declare function applyFailure(dir: string, run: Run, workflow: Workflow, step: StepDefinition, failure: Failure, now: Date): {
    run: Run;
    recovery: RecoveryState;
};
