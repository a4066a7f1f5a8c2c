import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run } from '../contracts/run.js';
import type { Failure, RecoveryDecision } from './recovery.js';
/** What a recovery record says about the failure itself, whatever the decision. */
export interface FailureFacts {
    run: Run;
    step: string;
    /** The agent whose attempt failed, and how many attempts it has made. */
    agent: string;
    attempt: number;
    maxAttempts: number;
    failure: Failure;
    lastCheckpoint: string | null;
    now: Date;
}
/**
 * The recovery-state.json of a decision, with the commands that move the run on.
 * @param facts - the failure
 * @param decision - what recovery decided
 * @returns the record, its fields set as the decision's action needs
 */
export declare function recoveryRecord(facts: FailureFacts, decision: RecoveryDecision): RecoveryState;
/**
 * A recovery a person resolved (an override) or a rollback carried out: nothing is left to do
 * for it; what it had recommended stays on record.
 * @param recovery - the recovery as it stood
 * @param explanation - how it was resolved
 * @param options - the commands that move the run on now
 * @returns the resolved record
 */
export declare function resolvedRecovery(recovery: RecoveryState, explanation: string, options: string[]): RecoveryState;
/**
 * The rollback a failed gate's policy calls for and nobody has carried out or overridden yet.
 * @param recovery - recovery-state.json, or null
 * @param run - the run
 * @returns the step to roll back to, or null when no rollback is due
 */
export declare function pendingRollback(recovery: RecoveryState | null, run: Run): string | null;
