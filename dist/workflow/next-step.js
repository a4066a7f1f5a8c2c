// `perfflow next`: the step to do now, read-only.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRecovery } from '../state/run-files.js';
import { pathInRun, readRun } from '../state/run-store.js';
import { getStep, loadWorkflow, retryPolicyOf } from './load.js';
import { expandTemplate } from './templates.js';
import { awaitingApproval, nowOf, templateValues, sameWorkflow, evaluateStepCondition } from './run-view.js';
import { pendingRollback } from './recovery-record.js';
import { currentStepId, retryNotBefore, stepState } from './step-state.js';
function schemaFile(name) {
    return join(dirname(dirname(dirname(new URL(import.meta.url).pathname))), 'schemas', `${name}.schema.json`);
}
function describeFiles(dir, paths, values) {
    return paths.map((p) => {
        const full = pathInRun(dir, expandTemplate(p.path, values));
        const ref = { path: full, exists: existsSync(full) };
        if (p.schema !== undefined) {
            ref.schema = p.schema;
            ref.schema_file = schemaFile(p.schema);
        }
        return ref;
    });
}
/** Waits out a transient failure's backoff, up to `maxWaitMs`; returns the time waited. */
async function waitOutBackoff(state, options) {
    const notBefore = retryNotBefore(state);
    if (notBefore === null)
        return 0;
    const wait = Date.parse(notBefore) - nowOf(options).getTime();
    if (wait <= 0)
        return 0;
    const waited = Math.min(wait, options.maxWaitMs ?? 10_000);
    await (options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(waited);
    return waited;
}
function rollbackTask(c, explanation, to) {
    return {
        kind: 'rollback',
        id: c.step.id,
        name: `Roll back to ${to}`,
        agent: 'orchestrator',
        using_fallback: false,
        skill: null,
        action: null,
        attempt: c.state.attempts.length,
        max_attempts: c.maxAttempts,
        instructions: `${explanation} Run the rollback below: it saves the working tree under a git ref, restores the code changed since the run started and archives the artifacts of '${to}' and later steps; then ask perfflow next again. (A person may instead accept the measured cost with perfflow override ${c.step.id} --reason "...".)`,
        commands: [`perfflow rollback --to ${to} --run ${c.run.run_id}`],
        inputs: [],
        outputs: [],
        feedback: c.state.feedback ?? [],
        condition: null,
    };
}
function approvalTask(c) {
    const { step } = c;
    return {
        kind: 'approval',
        id: step.id,
        name: `Approval before ${step.name}`,
        agent: 'orchestrator',
        using_fallback: false,
        skill: null,
        action: null,
        attempt: 1,
        max_attempts: 1,
        instructions: `A person approves ${step.approval ?? 'this step'} before '${step.id}' starts. Show it to the user in a few lines (read the inputs below) and ask whether to go ahead. Only after they say yes, run the command below: Claude Code asks them to confirm it. If they want something changed, tell them how (edit perfflow.config.yaml, or roll back to the step to redo) and stop.`,
        commands: [`perfflow approve ${step.id} --run ${c.run.run_id}`],
        inputs: describeFiles(c.dir, step.inputs.map((p) => ({ path: p })), c.values),
        outputs: [],
        feedback: [],
        condition: null,
    };
}
function stepTask(c) {
    const { step, state, values } = c;
    return {
        kind: 'step',
        id: step.id,
        name: step.name,
        agent: state.agent,
        using_fallback: state.using_fallback,
        skill: step.skill ?? null,
        action: step.action ?? null,
        attempt: state.attempts.filter((a) => a.agent === state.agent).length + 1,
        max_attempts: c.maxAttempts,
        instructions: step.instructions,
        commands: (step.commands ?? []).map((cmd) => expandTemplate(cmd, values) + (cmd.startsWith('perfflow ') ? ` --run ${c.run.run_id}` : '')),
        inputs: describeFiles(c.dir, step.inputs.map((p) => ({ path: p })), values),
        outputs: describeFiles(c.dir, step.outputs, values),
        feedback: state.feedback ?? [],
        condition: step.condition === undefined ? null : { expression: step.condition, ...evaluateStepCondition(c.dir, c.run, c.workflow, step) },
    };
}
/**
 * Says what to do now: the current step, its agent (the fallback agent once the primary's attempts
 * are spent), instructions, commands, inputs and outputs with absolute paths, the attempt, and the
 * feedback of a previous failure. Waits out a transient failure's backoff first (up to `maxWaitMs`).
 * Changes nothing.
 * @param handle - the run
 * @param options - injected time
 * @returns the next step, or `done`
 */
export async function nextStep(handle, options = {}) {
    const run = readRun(handle.dir);
    const { workflow } = await loadWorkflow(handle.projectRoot);
    sameWorkflow(run, workflow);
    const recovery = readRecovery(handle.dir);
    const base = { run_id: run.run_id, run_status: run.status, target: run.target, recovery, waited_ms: 0 };
    const currentId = currentStepId(run);
    if (run.status === 'completed' || currentId === null)
        return { ...base, done: true, step: null };
    const step = getStep(workflow, currentId);
    const state = stepState(run, currentId);
    const waited = run.status === 'active' ? await waitOutBackoff(state, options) : 0;
    const current = { dir: handle.dir, run, workflow, step, state, values: templateValues(handle.dir, run, workflow), maxAttempts: retryPolicyOf(workflow, step).max_attempts };
    const rollbackTo = recovery?.step === step.id ? pendingRollback(recovery, run) : null;
    if (recovery !== null && rollbackTo !== null)
        return { ...base, done: false, step: rollbackTask(current, recovery.explanation, rollbackTo) };
    if (awaitingApproval(run, step))
        return { ...base, done: false, step: approvalTask(current) };
    return { ...base, waited_ms: waited, done: false, step: stepTask(current) };
}
