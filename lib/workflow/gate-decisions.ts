// Gate decisions the engine makes: submitting a step's outputs, and a failed attempt at it.
import { GateError, InputError } from '../errors.js';
import type { CheckedGate, GateRecord } from '../contracts/gate.js';
import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run, StepState } from '../contracts/run.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import { snapshotWorkingTree } from '../git/snapshot.js';
import { logError, readGate, readRecovery, writeGate, writeRecovery } from '../state/run-files.js';
import { updateRun, writeRun } from '../state/run-store.js';
import type { RunHandle } from '../state/run-store.js';
import { applyFailure } from './apply-failure.js';
import type { CheckResult } from './checks.js';
import { evaluateCondition, parseCondition } from './condition.js';
import { getStep, loadWorkflow } from './load.js';
import type { Failure } from './recovery.js';
import { pendingRollback } from './recovery-record.js';
import { classifyError } from '../retry/retry.js';
import type { EngineOptions } from './run-view.js';
import { awaitingApproval, nowOf, sameWorkflow, evaluateStepCondition, predecessorsMissing, upstreamOverrides, checkpointFor, runGateChecks } from './run-view.js';
import { currentStepId, isDone, passedStep, stepState } from './step-state.js';

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
export async function withStepDone(handle: RunHandle, run: Run, step: StepDefinition, done: StepState, now: Date): Promise<Run> {
  const steps = { ...run.steps, [step.id]: done };
  const next: Run = { ...run, steps, status: run.step_order.every((id) => isDone(steps[id])) ? 'completed' : 'active' };
  if (step.pin_harness !== true) return next;
  const ref = `refs/perfflow/${run.run_id}/harness`;
  const commit = await snapshotWorkingTree(handle.projectRoot, ref, `perfflow ${run.run_id}: the measuring harness when '${step.id}' passed`);
  return { ...next, harness: { commit, ref, step: step.id, at: now.toISOString() } };
}

/**
 * Refuses to change a run that is finished or waits for a person.
 * @param run - the run
 * @throws InputError `run-finished`; GateError `escalated`
 */
export function assertActive(run: Run): void {
  switch (run.status) {
    case 'active':
      return;
    case 'completed':
      throw new InputError('run-finished', `run ${run.run_id} is completed; start a new run with 'perfflow init --target ${run.target}'`);
    case 'needs-human':
      throw new GateError('escalated', `run ${run.run_id} needs a person: read recovery-state.json, then roll back (perfflow rollback --to <step>) or override the gate (perfflow override <step> --reason "...")`);
    default: {
      const never: never = run.status;
      return never;
    }
  }
}

/** What {@link submitStep} returns. */
export interface SubmitResult {
  record: GateRecord;
  recovery: RecoveryState | null;
  run: Run;
  /** True when the step had already passed and nothing was re-checked. */
  alreadyPassed: boolean;
}

function assertReady(run: Run, step: StepDefinition): void {
  const missing = predecessorsMissing(run, step.id);
  if (missing.length > 0) {
    throw new GateError('out-of-order', `cannot submit '${step.id}': the gate of '${missing[0] ?? ''}' has not passed yet${missing.length > 1 ? ` (also ${missing.slice(1).join(', ')})` : ''}; run 'perfflow next' to see the step to do now`);
  }
  if (awaitingApproval(run, step)) {
    throw new GateError('not-approved', `'${step.id}' waits for a person to approve ${step.approval ?? 'it'}; show it to them and, once they agree, run perfflow approve ${step.id} (Claude Code asks them to confirm)`);
  }
}

/**
 * Runs a step's gate: its condition, the yaml's checks, then `pass_when`. A condition that does
 * not hold (and that no override stands in for) fails the gate whatever the checks say.
 */
async function checkGate(handle: RunHandle, run: Run, workflow: Workflow, step: StepDefinition, now: Date): Promise<CheckedGate> {
  const state = stepState(run, step.id);
  const condition = evaluateStepCondition(handle.dir, run, workflow, step);
  const checked = await runGateChecks(handle, run, workflow, step);
  const { variables, artifacts } = checked;
  const results: CheckResult[] = !condition.holds && !condition.overridden
    ? [{ name: step.gate.checks[0] ?? 'outputs-valid', passed: false, detail: `condition ${step.condition ?? ''} does not hold: ${condition.detail}` }]
    : checked.results;
  if (!condition.holds && condition.overridden) variables.condition_overridden = true;
  let reasons = results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.detail}`);
  if (reasons.length === 0 && step.gate.pass_when !== undefined) {
    const verdict = evaluateCondition(parseCondition(step.gate.pass_when, `step '${step.id}' field gate.pass_when`), variables);
    if (!verdict.holds) reasons = [`pass_when ${step.gate.pass_when} does not hold: ${verdict.detail}`];
  }
  return {
    version: 1,
    run_id: run.run_id,
    step: step.id,
    decision: reasons.length === 0 ? 'passed' : 'failed',
    at: now.toISOString(),
    by: 'perfflow',
    attempt: state.attempts.filter((a) => a.agent === state.agent).length + 1,
    agent: state.agent,
    checks: results.map(({ name, passed: ok, detail }) => ({ name, passed: ok, detail })),
    reasons,
    variables,
    artifacts,
    upstream_overrides: upstreamOverrides(handle.dir, run, step.id),
  };
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
export async function submitStep(handle: RunHandle, stepId: string, options: EngineOptions = {}): Promise<SubmitResult> {
  const { workflow } = await loadWorkflow(handle.projectRoot);
  const step = getStep(workflow, stepId);
  return updateRun<SubmitResult>(handle, async (run) => {
    sameWorkflow(run, workflow);
    const state = stepState(run, stepId);
    if (isDone(state)) {
      const record = readGate(handle.dir, stepId);
      if (record !== null) return { run, result: { record, recovery: null, run, alreadyPassed: true } };
    }
    assertActive(run);
    assertReady(run, step);
    const now = nowOf(options);
    const record = await checkGate(handle, run, workflow, step, now);
    writeGate(handle.dir, record);
    if (record.decision === 'passed') {
      const next = await withStepDone(handle, run, step, passedStep(state, now), now);
      writeRun(handle.dir, next, now);
      checkpointFor(handle.dir, next, workflow, stepId, now);
      return { run: next, result: { record, recovery: null, run: next, alreadyPassed: false } };
    }
    const message = record.reasons.join('; ');
    logError(handle.dir, { at: now, step: stepId, attempt: record.attempt, kind: 'gate-failed', message });
    const failure: Failure = { kind: 'gate-failed', transient: false, message, reasons: record.reasons, retryAfterMs: null };
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
 * @throws GateError `out-of-order` for a step that is not the current one; `gate-failed` when its gate already failed and called for a rollback
 */
export async function failStep(handle: RunHandle, stepId: string, message: string, options: EngineOptions = {}): Promise<RecoveryState> {
  const { workflow } = await loadWorkflow(handle.projectRoot);
  const step = getStep(workflow, stepId);
  return updateRun(handle, (run) => {
    sameWorkflow(run, workflow);
    assertActive(run);
    if (currentStepId(run) !== stepId) {
      throw new GateError('out-of-order', `'${stepId}' is not the current step (that is '${currentStepId(run) ?? 'none'}'); report failures of the current step only`);
    }
    const recorded = readRecovery(handle.dir);
    if (recorded?.step === stepId && pendingRollback(recorded, run) !== null) {
      // The gate decided this attempt (a measured validation said no): reporting it as an agent
      // failure would buy a fallback agent a second measurement of the same code.
      throw new GateError('gate-failed', `the ${stepId} gate already failed for this code (${recorded.error.reasons[0] ?? 'see gates/' + stepId + '.json'}); a failed gate is not an agent failure: follow perfflow next (${recorded.options[0] ?? 'perfflow rollback'})`);
    }
    const now = nowOf(options);
    const errorClass = classifyError(message, now.getTime());
    const failure: Failure = { kind: 'error', transient: errorClass.transient, message, reasons: [message], retryAfterMs: errorClass.retryAfterMs };
    const attempt = stepState(run, stepId).attempts.length + 1;
    logError(handle.dir, { at: now, step: stepId, attempt, kind: errorClass.transient ? `transient-error(${errorClass.kind})` : 'error', message });
    const { run: next, recovery } = applyFailure(handle.dir, run, workflow, step, failure, now);
    writeRecovery(handle.dir, recovery);
    return { run: next, result: recovery };
  });
}
