import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { GateError, InputError } from '../errors.js';
import { readJsonFile, writeJsonAtomic } from '../state/atomic-file.js';
import { validateNamed } from '../schemas/validate.js';
import { checkId, newRunId } from '../state/ids.js';
import { fileSha256, logError, readCheckpoint, readGate, readRecovery, removeDeadWritersTempFiles, removeStaleTempFiles, writeCheckpoint, writeGate, writeRecovery } from '../state/run-files.js';
import { pathInRun, readRun, runDir, updateRun, writeRun } from '../state/run-store.js';
import { withLock } from '../state/lock.js';
import { requireGitRoot, resolveCommit } from '../git/git.js';
import { changedSince, restoreFromSnapshot, snapshotWorkingTree } from '../git/snapshot.js';
import { removeOrphanedWorktrees } from '../git/worktree.js';
import { removeOrphanedScratchDirs } from '../measure/process-groups.js';
import { CHECK_VARIABLES, runCheck } from './checks.js';
import { conditionVariables, evaluateCondition, parseCondition } from './condition.js';
import { getStep, loadWorkflow, retryPolicyOf } from './load.js';
import { decideRecovery } from './recovery.js';
import { classifyError } from './retry.js';
import { expandTemplate } from './templates.js';
const nowOf = (options) => (options.now ?? (() => new Date()))();
/**
 * The plan id of a run: the `plan_id` of its plan JSON when present and safe, else the workflow id.
 * @param dir - run directory
 * @param run - the run
 * @returns a safe id
 */
export function planIdOf(dir, run) {
    const path = join(dir, `plan-${run.workflow_id}.json`);
    if (existsSync(path)) {
        try {
            const value = readJsonFile(path);
            const id = typeof value === 'object' && value !== null ? value.plan_id : undefined;
            if (typeof id === 'string')
                return checkId('plan id', id);
        }
        catch {
            // An unreadable plan is reported by the planning gate; the id falls back to the workflow id.
        }
    }
    return run.workflow_id;
}
/**
 * The placeholder values of a run.
 * @param dir - run directory
 * @param run - the run
 * @returns values for {@link expandTemplate}
 */
export function templateValues(dir, run) {
    return { workflow_id: run.workflow_id, run_id: run.run_id, plan_id: planIdOf(dir, run), run_dir: dir, target: run.target };
}
function isDone(state) {
    return state?.status === 'passed' || state?.status === 'overridden';
}
function freshStep(agent) {
    return { status: 'pending', agent, using_fallback: false, attempts: [], loops: 0 };
}
function stepState(run, stepId) {
    const state = run.steps[stepId];
    if (state === undefined)
        throw new InputError('invalid-file', `run.json has no state for step '${stepId}'; the workflow changed since the run started: start a new run`);
    return state;
}
/** The first step of a run that has not passed (or been overridden), or null when all have. */
export function currentStepId(run) {
    return run.step_order.find((id) => !isDone(run.steps[id])) ?? null;
}
function sameWorkflow(run, workflow) {
    const ids = workflow.steps.map((s) => s.id).join(',');
    if (ids !== run.step_order.join(',')) {
        throw new InputError('invalid-workflow', `the workflow's steps (${ids}) differ from this run's (${run.step_order.join(',')}); finish or abandon the run before changing the steps`);
    }
}
function whoAmI(options, root) {
    if (options.user !== undefined)
        return options.user;
    try {
        const name = execFileSync('git', ['config', 'user.name'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        if (name !== '')
            return name;
    }
    catch {
        // No git identity configured: fall back to the OS user below.
    }
    try {
        return userInfo().username;
    }
    catch {
        return 'unknown user';
    }
}
function hasControlCharacter(text) {
    for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (code < 0x20 || code === 0x7f)
            return true;
    }
    return false;
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
export async function initRun(input, options = {}) {
    const target = input.target;
    if (target.trim() === '' || target.length > 200 || hasControlCharacter(target)) {
        throw new InputError('usage', '--target must be a target name from perfflow.config.yaml (1-200 printable characters), e.g. --target api/users');
    }
    const projectRoot = await requireGitRoot(input.cwd, 'a run records its base commit to compare and roll back against');
    const loaded = await loadWorkflow(projectRoot);
    const baseRef = input.baseRef ?? 'HEAD';
    const commit = await resolveCommit(projectRoot, baseRef);
    const hint = input.targetHint === undefined ? null : await input.targetHint(projectRoot, target);
    const now = nowOf(options);
    const runId = newRunId(target, now);
    const dir = runDir(projectRoot, runId);
    mkdirSync(dirname(dir), { recursive: true });
    mkdirSync(dir); // not recursive: a clash of ids fails instead of sharing a directory
    const snapshotRef = `refs/perfflow/${runId}/snapshot`;
    const snapshot = await snapshotWorkingTree(projectRoot, snapshotRef, `perfflow ${runId}: working tree at init`);
    const steps = {};
    for (const step of loaded.workflow.steps)
        steps[step.id] = freshStep(step.agent);
    const run = {
        version: 1,
        run_id: runId,
        workflow_id: runId,
        target,
        status: 'active',
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        workflow: { path: loaded.path, sha256: loaded.sha256, name: loaded.workflow.name },
        base: { commit, ref: baseRef, snapshot_commit: snapshot, snapshot_ref: snapshotRef },
        step_order: loaded.workflow.steps.map((s) => s.id),
        steps,
        rollbacks: [],
    };
    writeRun(dir, run, now);
    return { handle: { projectRoot, runId, dir }, run, targetHint: hint };
}
function schemaFile(name) {
    return join(dirname(dirname(dirname(new URL(import.meta.url).pathname))), 'schemas', `${name}.schema.json`);
}
/**
 * The variables earlier gates exported (e.g. `validation_status`, `plan_score`), from the gate
 * records of steps that passed or were overridden.
 * @param dir - run directory
 * @param run - the run
 * @returns variable values by name
 */
export function gateVariables(dir, run) {
    const vars = {};
    const overriddenSteps = new Set();
    const sources = new Map();
    for (const id of run.step_order) {
        const state = run.steps[id];
        if (!isDone(state))
            continue;
        const record = readGate(dir, id);
        if (record === null)
            continue;
        if (record.decision === 'overridden')
            overriddenSteps.add(id);
        for (const [name, value] of Object.entries(record.variables)) {
            vars[name] = value;
            sources.set(name, id);
        }
    }
    return { vars, overriddenSteps, sources };
}
/**
 * Evaluates a step's `condition` (e.g. publish's `validation_status == 'pass'`). When it does not
 * hold but a gate that supplies one of its variables was overridden by a person, `overridden` is
 * true: the step may proceed, and everything downstream shows the override.
 * @param handle - the run
 * @param stepId - the step
 * @returns whether the condition holds, whether an override stands in for it, and why
 */
export async function conditionHolds(handle, stepId) {
    const run = readRun(handle.dir);
    const { workflow } = await loadWorkflow(handle.projectRoot);
    const step = getStep(workflow, stepId);
    return evaluateStepCondition(handle.dir, run, workflow, step);
}
function evaluateStepCondition(dir, run, workflow, step) {
    if (step.condition === undefined)
        return { holds: true, overridden: false, detail: 'no condition' };
    const condition = parseCondition(step.condition, `step '${step.id}' field condition`);
    const { vars, overriddenSteps } = gateVariables(dir, run);
    const result = evaluateCondition(condition, vars);
    if (result.holds)
        return { holds: true, overridden: false, detail: result.detail };
    // Only an override of a gate that supplies one of the condition's variables stands in for it:
    // overriding the plan gate must not open a condition on the validation status.
    const used = new Set(conditionVariables(condition));
    const suppliers = workflow.steps
        .filter((s) => overriddenSteps.has(s.id) && s.gate.checks.some((check) => CHECK_VARIABLES[check].some((v) => used.has(v))))
        .map((s) => s.id);
    return {
        holds: false,
        overridden: suppliers.length > 0,
        detail: suppliers.length > 0 ? `${result.detail}; the ${suppliers.join(', ')} gate was overridden with documented risks` : result.detail,
    };
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
    let waited = 0;
    if (state.retry_not_before !== undefined && run.status === 'active') {
        const wait = Date.parse(state.retry_not_before) - nowOf(options).getTime();
        if (wait > 0) {
            waited = Math.min(wait, options.maxWaitMs ?? 10_000);
            await (options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(waited);
        }
    }
    const values = templateValues(handle.dir, run);
    const policy = retryPolicyOf(workflow, step);
    if (recovery !== null && recovery.step === step.id && recovery.next_action === 'rollback' && state.status === 'failed') {
        const to = recovery.return_to_step ?? step.id;
        return {
            ...base,
            done: false,
            step: {
                kind: 'rollback',
                id: step.id,
                name: `Roll back to ${to}`,
                agent: 'orchestrator',
                using_fallback: false,
                skill: null,
                attempt: state.attempts.length,
                max_attempts: policy.max_attempts,
                instructions: `${recovery.explanation} Run the rollback below: it saves the working tree under a git ref, restores the code changed since the run started and archives the artifacts of '${to}' and later steps; then ask perfflow next again. (A person may instead accept the measured cost with perfflow override ${step.id} --reason "...".)`,
                commands: [`perfflow rollback --to ${to} --run ${run.run_id}`],
                inputs: [],
                outputs: [],
                feedback: state.feedback ?? [],
                condition: null,
            },
        };
    }
    const condition = step.condition === undefined ? null : { expression: step.condition, ...evaluateStepCondition(handle.dir, run, workflow, step) };
    return {
        ...base,
        waited_ms: waited,
        done: false,
        step: {
            kind: 'step',
            id: step.id,
            name: step.name,
            agent: state.agent,
            using_fallback: state.using_fallback,
            skill: step.skill ?? null,
            attempt: state.attempts.filter((a) => a.agent === state.agent).length + 1,
            max_attempts: policy.max_attempts,
            instructions: step.instructions,
            commands: (step.commands ?? []).map((c) => expandTemplate(c, values) + (c.startsWith('perfflow ') ? ` --run ${run.run_id}` : '')),
            inputs: describeFiles(handle.dir, step.inputs.map((p) => ({ path: p })), values),
            outputs: describeFiles(handle.dir, step.outputs, values),
            feedback: state.feedback ?? [],
            condition,
        },
    };
}
function upstreamOverrides(dir, run, stepId) {
    return run.step_order
        .slice(0, run.step_order.indexOf(stepId))
        .filter((id) => run.steps[id]?.status === 'overridden')
        .map((id) => {
        const override = readGate(dir, id)?.override;
        return { step: id, by: override?.by ?? 'unknown', reason: override?.reason ?? '(gate record missing)' };
    });
}
/** The step's checks, the variables they export and the hashes of its outputs. */
async function runGateChecks(handle, run, workflow, step) {
    const templates = templateValues(handle.dir, run);
    const ctx = { projectRoot: handle.projectRoot, dir: handle.dir, run, workflow, step, templates };
    const results = [];
    for (const name of step.gate.checks)
        results.push(await runCheck(name, ctx));
    const variables = {};
    for (const result of results)
        Object.assign(variables, result.variables ?? {});
    const artifacts = step.outputs
        .map((o) => expandTemplate(o.path, templates))
        .map((path) => ({ path, sha256: fileSha256(pathInRun(handle.dir, path)) ?? 'missing' }));
    return { results, variables, artifacts };
}
function predecessorsMissing(run, stepId) {
    const index = run.step_order.indexOf(stepId);
    return run.step_order.slice(0, index).filter((id) => !isDone(run.steps[id]));
}
function checkpointFor(dir, run, workflow, stepId, now) {
    const completed = run.step_order.filter((id) => isDone(run.steps[id]));
    const values = templateValues(dir, run);
    const artifacts = workflow.steps
        .filter((s) => completed.includes(s.id))
        .flatMap((s) => [...s.outputs.map((o) => expandTemplate(o.path, values)), join('gates', `${s.id}.json`)])
        .map((path) => ({ path, sha256: fileSha256(pathInRun(dir, path)) ?? 'missing' }));
    writeCheckpoint(dir, {
        version: 1,
        run_id: run.run_id,
        step: stepId,
        at: now.toISOString(),
        completed_steps: completed,
        overridden_steps: completed.filter((id) => run.steps[id]?.status === 'overridden'),
        next_step: currentStepId(run),
        artifacts,
        resume_command: `perfflow resume --run ${run.run_id}`,
    });
}
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
function applyFailure(dir, run, workflow, step, failure, now) {
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
            const next = { ...run, steps, status: run.step_order.every((id) => isDone(steps[id])) ? 'completed' : 'active' };
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
            },
            upstream_overrides: upstreamOverrides(handle.dir, run, stepId),
        };
        writeGate(handle.dir, record);
        const done = { ...state, status: 'overridden', passed_at: now.toISOString() };
        delete done.retry_not_before;
        const steps = { ...run.steps, [stepId]: done };
        const next = { ...run, steps, status: run.step_order.every((id) => isDone(steps[id])) ? 'completed' : 'active' };
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
export async function rollbackRun(handle, toStep, options = {}) {
    const { workflow } = await loadWorkflow(handle.projectRoot);
    if (toStep !== undefined)
        getStep(workflow, toStep);
    return updateRun(handle, async (run) => {
        sameWorkflow(run, workflow);
        const pending = readRollbackJournal(handle.dir);
        if (pending !== null) {
            throw new InputError('usage', `an interrupted rollback to '${pending.to_step}' is pending; run 'perfflow resume --run ${run.run_id}' to finish it first`);
        }
        const recovery = readRecovery(handle.dir);
        const passed = run.step_order.filter((id) => isDone(run.steps[id]));
        const target = toStep ?? (recovery?.next_action === 'rollback' ? recovery.return_to_step : null) ?? passed[passed.length - 1];
        if (target === undefined)
            throw new InputError('usage', 'nothing to roll back: no step has passed yet');
        const now = nowOf(options);
        const index = run.step_order.indexOf(target);
        const later = run.step_order.slice(index);
        const n = run.rollbacks.length + 1;
        const savedRef = `refs/perfflow/${run.run_id}/rollback-${n}`;
        await snapshotWorkingTree(handle.projectRoot, savedRef, `perfflow ${run.run_id}: working tree before rollback ${n} to ${target}`);
        const values = templateValues(handle.dir, run);
        const move = later.flatMap((id) => [...getStep(workflow, id).outputs.map((o) => expandTemplate(o.path, values)), join('gates', `${id}.json`)]);
        const codeSteps = workflow.steps.filter((s) => s.gate.checks.includes('manifest-files-changed')).map((s) => s.id);
        const restore = codeSteps.some((id) => later.includes(id)) ? (await changedSince(handle.projectRoot, run.base.snapshot_commit)).map((c) => c.path) : [];
        const journal = {
            version: 1,
            run_id: run.run_id,
            n,
            at: now.toISOString(),
            to_step: target,
            saved_ref: savedRef,
            archive: join('history', `rollback-${n}-${now.toISOString().replace(/[:.]/g, '-')}`),
            move: move.filter((rel) => existsSync(pathInRun(handle.dir, rel))),
            restore,
            reset_steps: later.filter((id) => {
                const state = stepState(run, id);
                return state.status !== 'pending' || state.attempts.length > 0;
            }),
            fresh_attempts: run.status === 'needs-human',
        };
        writeJsonAtomic(join(handle.dir, ROLLBACK_JOURNAL), journal);
        const next = await completeRollback(handle, workflow, run, journal, now);
        return { run: next, result: { to_step: target, saved_ref: savedRef, restored_files: restore, archived_to: join(handle.dir, journal.archive), steps_reset: journal.reset_steps } };
    });
}
const ROLLBACK_JOURNAL = 'rollback-journal.json';
function readRollbackJournal(dir) {
    const path = join(dir, ROLLBACK_JOURNAL);
    return existsSync(path) ? validateNamed('rollback-journal', readJsonFile(path), ROLLBACK_JOURNAL) : null;
}
/**
 * Carries out a journaled rollback; every operation is idempotent, so a rollback interrupted by a
 * crash is finished by running this again. Writes run.json, the checkpoint and the recovery state,
 * then removes the journal.
 */
async function completeRollback(handle, workflow, run, journal, now) {
    for (const rel of journal.move) {
        const from = pathInRun(handle.dir, rel);
        if (!existsSync(from))
            continue; // moved before the interruption
        const to = pathInRun(handle.dir, join(journal.archive, rel));
        mkdirSync(dirname(to), { recursive: true });
        renameSync(from, to);
    }
    await restoreFromSnapshot(handle.projectRoot, run.base.snapshot_commit, journal.restore);
    const index = run.step_order.indexOf(journal.to_step);
    const steps = { ...run.steps };
    for (const id of run.step_order.slice(index)) {
        const s = stepState(run, id);
        const fresh = journal.fresh_attempts ? freshStep(getStep(workflow, id).agent) : { ...s, status: 'pending', feedback: s.feedback ?? [] };
        delete fresh.retry_not_before;
        delete fresh.passed_at;
        steps[id] = fresh;
    }
    const already = run.rollbacks.some((r) => r.saved_ref === journal.saved_ref);
    const next = {
        ...run,
        status: 'active',
        steps,
        rollbacks: already
            ? run.rollbacks
            : [...run.rollbacks, { at: journal.at, to_step: journal.to_step, saved_ref: journal.saved_ref, restored_files: journal.restore, archived_to: journal.archive }],
    };
    writeRun(handle.dir, next, now);
    const lastPassed = run.step_order.slice(0, index).filter((id) => isDone(steps[id])).pop();
    if (lastPassed !== undefined)
        checkpointFor(handle.dir, next, workflow, lastPassed, now);
    const recovery = readRecovery(handle.dir);
    if (recovery !== null) {
        writeRecovery(handle.dir, {
            ...recovery,
            next_action: 'none',
            next_agent: null,
            explanation: `Rolled back to '${journal.to_step}' at ${journal.at}; the working tree before the rollback is saved under ${journal.saved_ref}.`,
            options: [`perfflow next --run ${run.run_id}`],
        });
    }
    rmSync(join(handle.dir, ROLLBACK_JOURNAL), { force: true });
    return next;
}
/**
 * Resumes a run after a crash or a pause: removes half-written temporary files, re-validates every
 * state file, rebuilds checkpoint.json when it lags behind run.json, sends a passed step whose
 * artifacts changed since its gate back to pending, and reports the next step.
 * @param handle - the run
 * @param options - injected time
 * @returns the repairs made and the next step
 */
export async function resumeRun(handle, options = {}) {
    const { workflow } = await loadWorkflow(handle.projectRoot);
    const repaired = await withLock(handle.dir, async () => {
        const notes = removeStaleTempFiles(handle.dir).map((f) => `removed unfinished write ${f}`);
        for (const tree of removeOrphanedWorktrees(handle.projectRoot))
            notes.push(`removed the base worktree ${tree} left by a killed command`);
        for (const scratch of removeOrphanedScratchDirs())
            notes.push(`removed the scratch directory ${scratch} left by a killed command`);
        // A killed publish leaves its unfinished writes in the feed, which other runs share.
        const feed = join(dirname(dirname(handle.dir)), 'feed');
        for (const file of removeDeadWritersTempFiles(feed))
            notes.push(`removed unfinished write ${file}`);
        let run = readRun(handle.dir);
        sameWorkflow(run, workflow);
        const now = nowOf(options);
        const journal = readRollbackJournal(handle.dir);
        if (journal !== null) {
            run = await completeRollback(handle, workflow, run, journal, now);
            notes.push(`finished the interrupted rollback to '${journal.to_step}' (the tree before it is saved under ${journal.saved_ref})`);
        }
        // A crash between a failed gate record and run.json loses the decision: without this the step
        // would simply run again (a validation measured again until it passes). Record it now.
        const currentId = currentStepId(run);
        const cut = currentId === null ? null : readGate(handle.dir, currentId);
        if (currentId !== null && cut?.decision === 'failed' && run.status === 'active' && !stepState(run, currentId).attempts.some((a) => a.at === cut.at)) {
            const failure = { kind: 'gate-failed', transient: false, message: cut.reasons.join('; '), reasons: cut.reasons, retryAfterMs: null };
            const replayed = applyFailure(handle.dir, run, workflow, getStep(workflow, currentId), failure, new Date(cut.at));
            writeRecovery(handle.dir, replayed.recovery);
            writeRun(handle.dir, replayed.run, now);
            run = replayed.run;
            notes.push(`recorded the failed '${currentId}' gate of ${cut.at}, which the interruption had not recorded in run.json`);
        }
        const steps = { ...run.steps };
        let changed = false;
        let invalidFrom = null;
        for (const [i, id] of run.step_order.entries()) {
            if (!isDone(steps[id]))
                continue;
            const gate = readGate(handle.dir, id);
            const stale = gate === null || gate.artifacts.some((a) => a.sha256 !== (fileSha256(pathInRun(handle.dir, a.path)) ?? 'missing'));
            if (stale && invalidFrom === null)
                invalidFrom = i;
        }
        if (invalidFrom !== null) {
            for (const id of run.step_order.slice(invalidFrom)) {
                const s = stepState(run, id);
                if (isDone(s)) {
                    steps[id] = { ...s, status: 'pending' };
                    notes.push(`step '${id}' must be submitted again: its gate record is missing or its artifacts changed after the gate`);
                    changed = true;
                }
            }
        }
        const next = changed ? { ...run, steps, status: run.status === 'completed' ? 'active' : run.status } : run;
        if (changed)
            writeRun(handle.dir, next, now);
        const checkpoint = readCheckpoint(handle.dir);
        const lastPassed = next.step_order.filter((id) => isDone(next.steps[id])).pop();
        if (lastPassed !== undefined && (checkpoint === null || checkpoint.step !== lastPassed || changed)) {
            checkpointFor(handle.dir, next, workflow, lastPassed, now);
            notes.push(`checkpoint.json rebuilt at '${lastPassed}'`);
        }
        return notes;
    });
    return { repaired, next: await nextStep(handle, options) };
}
/** Re-exported for commands that need the workflow beside the run. */
export { loadWorkflow, getStep };
