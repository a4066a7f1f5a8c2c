// What a failed attempt does to a run: the attempt recorded, the recovery decided and applied.
import { existsSync, renameSync } from 'node:fs';
import { readCheckpoint } from '../state/run-files.js';
import { pathInRun } from '../state/run-store.js';
import { retryPolicyOf } from './load.js';
import { decideRecovery } from './recovery.js';
import { recoveryRecord } from './recovery-record.js';
import { escalatedStep, failedStep, reopenedStep, stepState } from './step-state.js';
import { expandTemplate } from './templates.js';
import { templateValues } from './run-view.js';
function archiveFile(dir, relative, suffix) {
    const full = pathInRun(dir, relative);
    if (!existsSync(full))
        return;
    const target = full.replace(/(\.[a-z]+)?$/, (ext) => `.${suffix}${ext}`);
    renameSync(full, target);
}
/**
 * Sends the run back to an earlier step: that step and those between go back to pending (their
 * gate records are kept), the failed step too, and its outputs are archived beside themselves.
 */
function returnTo(dir, run, step, failed, back, failure, values) {
    const steps = { ...run.steps };
    const backState = stepState(run, back);
    steps[back] = reopenedStep(backState, { loops: backState.loops + 1, feedback: failure.reasons });
    for (const id of run.step_order.slice(run.step_order.indexOf(back) + 1, run.step_order.indexOf(step.id))) {
        steps[id] = reopenedStep(stepState(run, id));
    }
    steps[step.id] = reopenedStep(failed);
    for (const output of step.outputs)
        archiveFile(dir, expandTemplate(output.path, values), `attempt-${failed.attempts.length}`);
    return steps;
}
/** The run after the decision: who does the step next, and whether it waits for a person. */
function applyDecision(dir, run, step, failed, decision, failure, values) {
    switch (decision.action) {
        case 'retry': {
            const retried = decision.notBefore === null ? failed : { ...failed, retry_not_before: decision.notBefore.toISOString() };
            return { ...run, steps: { ...run.steps, [step.id]: retried } };
        }
        case 'fallback':
            return { ...run, steps: { ...run.steps, [step.id]: { ...failed, agent: decision.agent, using_fallback: true } } };
        case 'return-to-step':
            return { ...run, steps: returnTo(dir, run, step, failed, decision.returnTo, failure, values) };
        case 'rollback':
            return run; // `perfflow next` hands out the rollback; the step stays failed until then
        case 'escalate':
            return { ...run, status: 'needs-human', steps: { ...run.steps, [step.id]: escalatedStep(failed) } };
        default: {
            const never = decision;
            return never;
        }
    }
}
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
export function applyFailure(dir, run, workflow, step, failure, now) {
    const state = stepState(run, step.id);
    const attempt = state.attempts.filter((a) => a.agent === state.agent).length + 1;
    const failed = failedStep(state, { n: attempt, agent: state.agent, at: now.toISOString(), outcome: failure.kind, transient: failure.transient, message: failure.message.slice(0, 2000) }, failure.reasons);
    const working = { ...run, steps: { ...run.steps, [step.id]: failed } };
    const decision = decideRecovery({ workflow, step, state: failed, run: working, failure, now });
    const next = applyDecision(dir, working, step, failed, decision, failure, templateValues(dir, run, workflow));
    const facts = {
        run: next,
        step: step.id,
        agent: state.agent,
        attempt,
        maxAttempts: retryPolicyOf(workflow, step).max_attempts,
        failure,
        lastCheckpoint: readCheckpoint(dir)?.step ?? null,
        now,
    };
    return { run: next, recovery: recoveryRecord(facts, decision) };
}
