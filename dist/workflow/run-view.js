// What the engine reads off a run: its steps and their state, the variables its gates exported,
// conditions, checkpoints, and the checks of a gate. Shared by the engine's commands.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { InputError } from '../errors.js';
import { readJsonFile } from '../state/atomic-file.js';
import { checkId } from '../state/ids.js';
import { fileSha256, readGate, writeCheckpoint } from '../state/run-files.js';
import { pathInRun, readRun } from '../state/run-store.js';
import { CHECK_VARIABLES, runCheck } from './checks.js';
import { conditionVariables, evaluateCondition, parseCondition } from './condition.js';
import { getStep, loadWorkflow } from './load.js';
import { currentStepId, isDone } from './step-state.js';
import { expandTemplate } from './templates.js';
// The step lifecycle lives in step-state.ts; commands that read the run through this view find the current step here too.
export { currentStepId } from './step-state.js';
/**
 * Where a command runs: Claude Code sets CLAUDECODE=1 for the commands its Bash tool runs.
 * @param env - the command's environment
 * @returns claude-code inside a Claude Code session, else terminal
 */
export function channelOf(env) {
    return env.CLAUDECODE === '1' ? 'claude-code' : 'terminal';
}
/**
 * Does the step wait for a person's approval that has not been given?
 * @param run - the run
 * @param step - the step
 * @returns true when it must wait
 */
export function awaitingApproval(run, step) {
    if (step.approval === undefined || run.approvals?.required !== true)
        return false;
    return run.approvals.granted[step.id] === undefined;
}
export const nowOf = (options) => (options.now ?? (() => new Date()))();
/**
 * The plan id of a run: the `plan_id` of its plan JSON (the output the workflow declares with schema
 * `plan`) when present and safe, else the workflow id.
 * @param dir - run directory
 * @param run - the run
 * @param workflow - the workflow it runs
 * @returns a safe id
 */
export function planIdOf(dir, run, workflow) {
    const declared = workflow.steps.flatMap((s) => s.outputs).find((o) => o.schema === 'plan' && !o.path.includes('plan_id'));
    if (declared === undefined)
        return run.workflow_id;
    const path = pathInRun(dir, expandTemplate(declared.path, { workflow_id: run.workflow_id, run_id: run.run_id, plan_id: run.workflow_id, run_dir: dir, target: run.target }));
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
 * @param workflow - the workflow it runs
 * @returns values for {@link expandTemplate}
 */
export function templateValues(dir, run, workflow) {
    return { workflow_id: run.workflow_id, run_id: run.run_id, plan_id: planIdOf(dir, run, workflow), run_dir: dir, target: run.target };
}
export function sameWorkflow(run, workflow) {
    const ids = workflow.steps.map((s) => s.id).join(',');
    if (ids !== run.step_order.join(',')) {
        throw new InputError('invalid-workflow', `the workflow's steps (${ids}) differ from this run's (${run.step_order.join(',')}); finish or abandon the run before changing the steps`);
    }
}
export function whoAmI(options, root) {
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
        }
    }
    return { vars, overriddenSteps };
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
export function evaluateStepCondition(dir, run, workflow, step) {
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
export function upstreamOverrides(dir, run, stepId) {
    return run.step_order
        .slice(0, run.step_order.indexOf(stepId))
        .filter((id) => run.steps[id]?.status === 'overridden')
        .map((id) => {
        const record = readGate(dir, id);
        const override = record?.decision === 'overridden' ? record.override : null;
        return { step: id, by: override?.by ?? 'unknown', reason: override?.reason ?? '(gate record missing)' };
    });
}
/** The step's checks, the variables they export and the hashes of its outputs. */
export async function runGateChecks(handle, run, workflow, step) {
    const templates = templateValues(handle.dir, run, workflow);
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
export function predecessorsMissing(run, stepId) {
    const index = run.step_order.indexOf(stepId);
    return run.step_order.slice(0, index).filter((id) => !isDone(run.steps[id]));
}
export function checkpointFor(dir, run, workflow, stepId, now) {
    const completed = run.step_order.filter((id) => isDone(run.steps[id]));
    const values = templateValues(dir, run, workflow);
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
