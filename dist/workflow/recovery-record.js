/**
 * The recovery-state.json of a decision, with the commands that move the run on.
 * @param facts - the failure
 * @param decision - what recovery decided
 * @returns the record, its fields set as the decision's action needs
 */
export function recoveryRecord(facts, decision) {
    const { run, step, failure } = facts;
    const head = {
        version: 1,
        run_id: run.run_id,
        step,
        failed_at: facts.now.toISOString(),
        agent: facts.agent,
        attempt: facts.attempt,
        max_attempts: facts.maxAttempts,
        error: { kind: failure.kind, transient: failure.transient, message: failure.message, reasons: failure.reasons },
    };
    const tail = { last_checkpoint: facts.lastCheckpoint, explanation: decision.explanation };
    const next = `perfflow next --run ${run.run_id}`;
    const override = `perfflow override ${step} --reason "<the risks you accept>" --run ${run.run_id}`;
    switch (decision.action) {
        case 'retry':
            return { ...head, next_action: 'retry', next_agent: decision.agent, retry_not_before: decision.notBefore?.toISOString() ?? null, return_to_step: null, ...tail, options: [next] };
        case 'fallback':
            return { ...head, next_action: 'fallback', next_agent: decision.agent, retry_not_before: null, return_to_step: null, ...tail, options: [next] };
        case 'return-to-step':
            return { ...head, next_action: 'return-to-step', next_agent: decision.agent, retry_not_before: null, return_to_step: decision.returnTo, ...tail, options: [next] };
        case 'rollback':
            return { ...head, next_action: 'rollback', next_agent: decision.agent, retry_not_before: null, return_to_step: decision.returnTo, ...tail, options: [`perfflow rollback --to ${decision.returnTo} --run ${run.run_id}`, override] };
        case 'escalate': {
            const again = `perfflow rollback --to ${step} --run ${run.run_id}   (try the step again from a clean state)`;
            return { ...head, next_action: 'escalate', next_agent: null, retry_not_before: null, return_to_step: null, ...tail, options: [again, override] };
        }
        default: {
            const never = decision;
            return never;
        }
    }
}
/**
 * A recovery a person resolved (an override) or a rollback carried out: nothing is left to do
 * for it; what it had recommended stays on record.
 * @param recovery - the recovery as it stood
 * @param explanation - how it was resolved
 * @param options - the commands that move the run on now
 * @returns the resolved record
 */
export function resolvedRecovery(recovery, explanation, options) {
    return { ...recovery, next_action: 'none', next_agent: null, explanation, options };
}
/**
 * The rollback a failed gate's policy calls for and nobody has carried out or overridden yet.
 * @param recovery - recovery-state.json, or null
 * @param run - the run
 * @returns the step to roll back to, or null when no rollback is due
 */
export function pendingRollback(recovery, run) {
    if (recovery === null)
        return null;
    switch (recovery.next_action) {
        case 'rollback':
            return run.steps[recovery.step]?.status === 'failed' ? recovery.return_to_step : null;
        case 'retry':
        case 'fallback':
        case 'return-to-step':
        case 'escalate':
        case 'none':
            return null;
        default: {
            const never = recovery;
            return never;
        }
    }
}
