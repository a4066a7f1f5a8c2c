// Gate decisions: submit, failure of an attempt, manual override; with the recovery they lead to.
import { existsSync, renameSync } from 'node:fs';
import { GateError, InputError } from '../errors.js';
import { snapshotWorkingTree } from '../git/snapshot.js';
import { classifyError } from '../retry/retry.js';
import { logError, readCheckpoint, readGate, readRecovery, writeGate, writeRecovery } from '../state/run-files.js';
import { pathInRun, updateRun, writeRun } from '../state/run-store.js';
import { evaluateCondition, parseCondition } from './condition.js';
import { getStep, loadWorkflow, retryPolicyOf } from './load.js';
import { decideRecovery } from './recovery.js';
import { expandTemplate } from './templates.js';
import { awaitingApproval, nowOf, templateValues, isDone, stepState, currentStepId, sameWorkflow, whoAmI, evaluateStepCondition, predecessorsMissing, upstreamOverrides, checkpointFor, runGateChecks } from './run-view.js';
function recoveryRecord(run, step, state, failure, decision, workflow, dir, now) {
    const options = [];
    switch (decision.action) {
        case 'retry':
        case 'fallback':
        case 'return-to-step':
            options.push(`perfflow next --run ${run.run_id}`);
            break;
        case 'rollback':
            options.push(`perfflow rollback --to ${decision.returnTo ?? step.id} --run ${run.run_id}`);
            options.push(`perfflow override ${step.id} --reason "<the risks you accept>" --run ${run.run_id}`);
            break;
        case 'escalate':
            options.push(`perfflow rollback --to ${step.id} --run ${run.run_id}   (try the step again from a clean state)`);
            options.push(`perfflow override ${step.id} --reason "<the risks you accept>" --run ${run.run_id}`);
            break;
        case 'none':
            break;
        default: {
            const never = decision.action;
            return never;
        }
    }
    return {
        version: 1,
        run_id: run.run_id,
        step: step.id,
        failed_at: now.toISOString(),
        agent: state.attempts[state.attempts.length - 1]?.agent ?? state.agent,
        attempt: state.attempts.filter((a) => a.agent === (state.attempts[state.attempts.length - 1]?.agent ?? state.agent)).length,
        max_attempts: retryPolicyOf(workflow, step).max_attempts,
        error: { kind: failure.kind, transient: failure.transient, message: failure.message, reasons: failure.reasons },
        next_action: decision.action,
        next_agent: decision.agent,
        retry_not_before: decision.notBefore?.toISOString() ?? null,
        return_to_step: decision.returnTo,
        last_checkpoint: readCheckpoint(dir)?.step ?? null,
        explanation: decision.explanation,
        options,
    };
}
function archiveFile(dir, relative, suffix) {
    const full = pathInRun(dir, relative);
    if (!existsSync(full))
        return;
    const target = full.replace(/(\.[a-z]+)?$/, (ext) => `.${suffix}${ext}`);
    renameSync(full, target);
}
/** Applies a failure to the run: records the attempt and the recovery decision. */
export function applyFailure(dir, run, workflow, step, failure, now) {
    const state = stepState(run, step.id);
    const attemptNo = state.attempts.filter((a) => a.agent === state.agent).length + 1;
    const recorded = {
        ...state,
        status: 'failed',
        attempts: [...state.attempts, { n: attemptNo, agent: state.agent, at: now.toISOString(), outcome: failure.kind, transient: failure.transient, message: failure.message.slice(0, 2000) }],
        feedback: failure.reasons,
    };
    delete recorded.retry_not_before;
    const working = { ...run, steps: { ...run.steps, [step.id]: recorded } };
    const decision = decideRecovery({ workflow, step, state: recorded, run: working, failure, now });
    const steps = { ...working.steps };
    let status = run.status;
    switch (decision.action) {
        case 'retry':
            steps[step.id] = decision.notBefore === null ? recorded : { ...recorded, retry_not_before: decision.notBefore.toISOString() };
            break;
        case 'fallback':
            steps[step.id] = { ...recorded, agent: decision.agent ?? recorded.agent, using_fallback: true };
            break;
        case 'return-to-step': {
            const back = decision.returnTo ?? step.id;
            const backState = stepState(working, back);
            steps[back] = { ...backState, status: 'pending', loops: backState.loops + 1, feedback: failure.reasons };
            // The steps between go back to pending too; their earlier gate records are kept, renamed.
            for (const id of run.step_order.slice(run.step_order.indexOf(back) + 1, run.step_order.indexOf(step.id))) {
                const between = stepState(working, id);
                steps[id] = { ...between, status: 'pending' };
            }
            steps[step.id] = { ...recorded, status: 'pending' };
            const values = templateValues(dir, run);
            for (const output of step.outputs)
                archiveFile(dir, expandTemplate(output.path, values), `attempt-${recorded.attempts.length}`);
            break;
        }
        case 'rollback':
            break;
        case 'escalate':
            steps[step.id] = { ...recorded, status: 'escalated' };
            status = 'needs-human';
            break;
        case 'none':
            break;
        default: {
            const never = decision.action;
            return never;
        }
    }
    const next = { ...working, status, steps };
    return { run: next, recovery: recoveryRecord(next, step, recorded, failure, decision, workflow, dir, now) };
}
/**
 * A step that pins the harness (`pin_harness` in the workflow) records the working tree when its
 * gate passes: validation later measures and checks the candidate through the config entry, task
 * module and tests as they were then, and names every later edit to them.
 */
async function withHarnessPin(handle, run, step, now) {
    if (step.pin_harness !== true)
        return run;
    const ref = `refs/perfflow/${run.run_id}/harness`;
    const commit = await snapshotWorkingTree(handle.projectRoot, ref, `perfflow ${run.run_id}: the measuring harness when '${step.id}' passed`);
    return { ...run, harness: { commit, ref, step: step.id, at: now.toISOString() } };
}
function assertActive(run) {
    switch (run.status) {
        case 'active':
            return;
        case 'completed':
            throw new InputError('run-finished', `run ${run.run_id} is completed; start a new run with 'perfflow init --target ${run.target}'`);
        case 'needs-human':
            throw new GateError('escalated', `run ${run.run_id} needs a person: read recovery-state.json, then roll back (perfflow rollback --to <step>) or override the gate (perfflow override <step> --reason "...")`);
        default: {
            const never = run.status;
            return never;
        }
    }
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
export async function submitStep(handle, stepId, options = {}) {
    const { workflow } = await loadWorkflow(handle.projectRoot);
    const step = getStep(workflow, stepId);
    return updateRun(handle, async (run) => {
        sameWorkflow(run, workflow);
        const state = stepState(run, stepId);
        if (isDone(state)) {
            const record = readGate(handle.dir, stepId);
            if (record !== null)
                return { run, result: { record, recovery: null, run, alreadyPassed: true } };
        }
        assertActive(run);
        const missing = predecessorsMissing(run, stepId);
        if (missing.length > 0) {
            throw new GateError('out-of-order', `cannot submit '${stepId}': the gate of '${missing[0] ?? ''}' has not passed yet${missing.length > 1 ? ` (also ${missing.slice(1).join(', ')})` : ''}; run 'perfflow next' to see the step to do now`);
        }
        if (awaitingApproval(run, step)) {
            throw new GateError('not-approved', `'${stepId}' waits for a person to approve ${step.approval ?? 'it'}; show it to them and, once they agree, run perfflow approve ${stepId} (Claude Code asks them to confirm)`);
        }
        const now = nowOf(options);
        const condition = evaluateStepCondition(handle.dir, run, workflow, step);
        const checked = await runGateChecks(handle, run, workflow, step);
        const { variables, artifacts } = checked;
        // A condition that does not hold (and that no override stands in for) fails the gate whatever the checks say.
        const results = !condition.holds && !condition.overridden
            ? [{ name: step.gate.checks[0] ?? 'outputs-valid', passed: false, detail: `condition ${step.condition ?? ''} does not hold: ${condition.detail}` }]
            : checked.results;
        if (!condition.holds && condition.overridden)
            variables.condition_overridden = true;
        let reasons = results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.detail}`);
        if (reasons.length === 0 && step.gate.pass_when !== undefined) {
            const verdict = evaluateCondition(parseCondition(step.gate.pass_when, `step '${step.id}' field gate.pass_when`), variables);
            if (!verdict.holds)
                reasons = [`pass_when ${step.gate.pass_when} does not hold: ${verdict.detail}`];
        }
        const passed = reasons.length === 0;
        const attempt = state.attempts.filter((a) => a.agent === state.agent).length + 1;
        const record = {
            version: 1,
            run_id: run.run_id,
            step: stepId,
            decision: passed ? 'passed' : 'failed',
            at: now.toISOString(),
            by: 'perfflow',
            attempt,
            agent: state.agent,
            checks: results.map(({ name, passed: ok, detail }) => ({ name, passed: ok, detail })),
            reasons,
            variables,
            artifacts,
            upstream_overrides: upstreamOverrides(handle.dir, run, stepId),
        };
        writeGate(handle.dir, record);
        if (passed) {
            const done = { ...state, status: 'passed', passed_at: now.toISOString(), feedback: [] };
            delete done.retry_not_before;
            const steps = { ...run.steps, [stepId]: done };
            const next = await withHarnessPin(handle, { ...run, steps, status: run.step_order.every((id) => isDone(steps[id])) ? 'completed' : 'active' }, step, now);
            writeRun(handle.dir, next, now);
            checkpointFor(handle.dir, next, workflow, stepId, now);
            return { run: next, result: { record, recovery: null, run: next, alreadyPassed: false } };
        }
        logError(handle.dir, { at: now, step: stepId, attempt, kind: 'gate-failed', message: reasons.join('; ') });
        const failure = { kind: 'gate-failed', transient: false, message: reasons.join('; '), reasons, retryAfterMs: null };
        const { run: next, recovery } = applyFailure(handle.dir, run, workflow, step, failure, now);
        writeRecovery(handle.dir, recovery);
        return { run: next, result: { record, recovery, run: next, alreadyPassed: false } };
    });
}
/**
 * Records that an attempt at a step failed with an error (a subagent crashed, a tool timed out, an
 * API rate-limited), classifies it, and decides retry (with backoff), fallback or escalation.
 * @param handle - the run
 * @param stepId - the step
 * @param message - what went wrong, as reported
 * @param options - injected time
 * @returns the recovery decision
 */
export async function failStep(handle, stepId, message, options = {}) {
    const { workflow } = await loadWorkflow(handle.projectRoot);
    const step = getStep(workflow, stepId);
    return updateRun(handle, (run) => {
        sameWorkflow(run, workflow);
        assertActive(run);
        if (currentStepId(run) !== stepId) {
            throw new GateError('out-of-order', `'${stepId}' is not the current step (that is '${currentStepId(run) ?? 'none'}'); report failures of the current step only`);
        }
        const recorded = readRecovery(handle.dir);
        if (stepState(run, stepId).status === 'failed' && recorded?.step === stepId && recorded.next_action === 'rollback') {
            // The gate decided this attempt (a measured validation said no): reporting it as an agent
            // failure would buy a fallback agent a second measurement of the same code.
            throw new GateError('gate-failed', `the ${stepId} gate already failed for this code (${recorded.error.reasons[0] ?? 'see gates/' + stepId + '.json'}); a failed gate is not an agent failure: follow perfflow next (${recorded.options[0] ?? 'perfflow rollback'})`);
        }
        const now = nowOf(options);
        const errorClass = classifyError(message, now.getTime());
        const failure = { kind: 'error', transient: errorClass.transient, message, reasons: [message], retryAfterMs: errorClass.retryAfterMs };
        const attempt = stepState(run, stepId).attempts.length + 1;
        logError(handle.dir, { at: now, step: stepId, attempt, kind: errorClass.transient ? `transient-error(${errorClass.kind})` : 'error', message });
        const { run: next, recovery } = applyFailure(handle.dir, run, workflow, step, failure, now);
        writeRecovery(handle.dir, recovery);
        return { run: next, result: recovery };
    });
}
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
export async function overrideGate(handle, stepId, reason, options = {}) {
    if (reason.trim().length < 10) {
        throw new InputError('usage', '--reason must document the risks you accept in at least 10 characters, e.g. --reason "p99 regressed 3%; accepted for the throughput gain"');
    }
    const { workflow } = await loadWorkflow(handle.projectRoot);
    const step = getStep(workflow, stepId);
    return updateRun(handle, async (run) => {
        sameWorkflow(run, workflow);
        if (run.status === 'completed')
            throw new InputError('run-finished', `run ${run.run_id} is completed; nothing to override`);
        const state = stepState(run, stepId);
        if (isDone(state) && state.status === 'overridden') {
            throw new InputError('usage', `the ${stepId} gate is already overridden`);
        }
        const missing = predecessorsMissing(run, stepId);
        if (missing.length > 0) {
            throw new GateError('out-of-order', `cannot override '${stepId}' before '${missing[0] ?? ''}' has passed or been overridden`);
        }
        const now = nowOf(options);
        const { results, variables, artifacts } = await runGateChecks(handle, run, workflow, step);
        const previous = readGate(handle.dir, stepId);
        const record = {
            version: 1,
            run_id: run.run_id,
            step: stepId,
            decision: 'overridden',
            at: now.toISOString(),
            by: whoAmI(options, handle.projectRoot),
            attempt: Math.max(1, state.attempts.length),
            agent: state.agent,
            checks: results.map(({ name, passed, detail }) => ({ name, passed, detail })),
            reasons: results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.detail}`),
            variables,
            artifacts,
            override: {
                by: whoAmI(options, handle.projectRoot),
                at: now.toISOString(),
                reason: reason.trim(),
                risks: (options.risks ?? reason).trim(),
                previous_decision: previous?.decision === 'failed' ? 'failed' : 'none',
                via: options.via ?? 'terminal',
            },
            upstream_overrides: upstreamOverrides(handle.dir, run, stepId),
        };
        writeGate(handle.dir, record);
        const done = { ...state, status: 'overridden', passed_at: now.toISOString() };
        delete done.retry_not_before;
        const steps = { ...run.steps, [stepId]: done };
        const next = await withHarnessPin(handle, { ...run, steps, status: run.step_order.every((id) => isDone(steps[id])) ? 'completed' : 'active' }, step, now);
        writeRun(handle.dir, next, now);
        checkpointFor(handle.dir, next, workflow, stepId, now);
        const recovery = readRecovery(handle.dir);
        if (recovery !== null && recovery.step === stepId) {
            writeRecovery(handle.dir, { ...recovery, next_action: 'none', next_agent: null, explanation: `Resolved by a manual override: ${reason.trim()}`, options: [] });
        }
        return { run: next, result: record };
    });
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
export async function approveStep(handle, stepId, options = {}) {
    const { workflow } = await loadWorkflow(handle.projectRoot);
    const step = getStep(workflow, stepId);
    if (step.approval === undefined)
        throw new InputError('usage', `step '${stepId}' asks for no approval in ${workflow.name}; nothing to approve`);
    return updateRun(handle, (run) => {
        sameWorkflow(run, workflow);
        assertActive(run);
        const approval = step.approval ?? '';
        if (run.approvals?.granted[stepId] !== undefined)
            return { run, result: { run, step: stepId, approval, alreadyApproved: true } };
        if (run.approvals?.required !== true)
            throw new InputError('usage', `run ${run.run_id} waits for no approvals (${run.approvals?.reason ?? 'started before approvals existed'})`);
        if (currentStepId(run) !== stepId) {
            throw new GateError('out-of-order', `'${stepId}' is not the current step (that is '${currentStepId(run) ?? 'none'}'); approve a step when perfflow next asks for it`);
        }
        const now = nowOf(options);
        const granted = { by: whoAmI(options, handle.projectRoot), at: now.toISOString(), via: options.via ?? 'terminal', ...(options.note === undefined ? {} : { note: options.note }) };
        const next = { ...run, approvals: { ...run.approvals, granted: { ...run.approvals.granted, [stepId]: granted } } };
        writeRun(handle.dir, next, now);
        return { run: next, result: { run: next, step: stepId, approval, alreadyApproved: false } };
    });
}
