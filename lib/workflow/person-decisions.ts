// Decisions only a person makes: overriding a gate, approving a step.
import { GateError, InputError } from '../errors.js';
import type { OverriddenGate } from '../contracts/gate.js';
import type { Run } from '../contracts/run.js';
import { readGate, readRecovery, writeGate, writeRecovery } from '../state/run-files.js';
import { updateRun, writeRun } from '../state/run-store.js';
import type { RunHandle } from '../state/run-store.js';
import { assertActive, withStepDone } from './gate-decisions.js';
import { getStep, loadWorkflow } from './load.js';
import { resolvedRecovery } from './recovery-record.js';
import type { EngineOptions } from './run-view.js';
import { nowOf, sameWorkflow, whoAmI, predecessorsMissing, upstreamOverrides, checkpointFor, runGateChecks } from './run-view.js';
import { currentStepId, overriddenStep, stepState } from './step-state.js';

/**
 * Overrides a gate by hand: records who, when, the reason and the risks in `gates/<step>.json`, runs
 * the checks anyway so the record shows what was waved through, and marks the step `overridden`.
 * Predecessors must have passed or been overridden first.
 * @param handle - the run
 * @param stepId - the gate (step id) to override
 * @param reason - why, and the risks accepted
 * @param options - injected time and user
 * @returns the gate record
 * @throws InputError for a reason too short, a finished run or a gate already overridden; GateError `out-of-order`
 */
export async function overrideGate(handle: RunHandle, stepId: string, reason: string, options: EngineOptions & { risks?: string } = {}): Promise<OverriddenGate> {
  if (reason.trim().length < 10) {
    throw new InputError('usage', '--reason must document the risks you accept in at least 10 characters, e.g. --reason "p99 regressed 3%; accepted for the throughput gain"');
  }
  const { workflow } = await loadWorkflow(handle.projectRoot);
  const step = getStep(workflow, stepId);
  return updateRun(handle, async (run) => {
    sameWorkflow(run, workflow);
    if (run.status === 'completed') throw new InputError('run-finished', `run ${run.run_id} is completed; nothing to override`);
    const state = stepState(run, stepId);
    if (state.status === 'overridden') throw new InputError('usage', `the ${stepId} gate is already overridden`);
    const missing = predecessorsMissing(run, stepId);
    if (missing.length > 0) {
      throw new GateError('out-of-order', `cannot override '${stepId}' before '${missing[0] ?? ''}' has passed or been overridden`);
    }
    const now = nowOf(options);
    const { results, variables, artifacts } = await runGateChecks(handle, run, workflow, step);
    const by = whoAmI(options, handle.projectRoot);
    const record: OverriddenGate = {
      version: 1,
      run_id: run.run_id,
      step: stepId,
      decision: 'overridden',
      at: now.toISOString(),
      by,
      attempt: Math.max(1, state.attempts.length),
      agent: state.agent,
      checks: results.map(({ name, passed, detail }) => ({ name, passed, detail })),
      reasons: results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.detail}`),
      variables,
      artifacts,
      override: {
        by,
        at: now.toISOString(),
        reason: reason.trim(),
        risks: (options.risks ?? reason).trim(),
        previous_decision: readGate(handle.dir, stepId)?.decision === 'failed' ? 'failed' : 'none',
        via: options.via ?? 'terminal',
      },
      upstream_overrides: upstreamOverrides(handle.dir, run, stepId),
    };
    writeGate(handle.dir, record);
    const next = await withStepDone(handle, run, step, overriddenStep(state, now), now);
    writeRun(handle.dir, next, now);
    checkpointFor(handle.dir, next, workflow, stepId, now);
    const recovery = readRecovery(handle.dir);
    if (recovery !== null && recovery.step === stepId) writeRecovery(handle.dir, resolvedRecovery(recovery, `Resolved by a manual override: ${reason.trim()}`, []));
    return { run: next, result: record };
  });
}

/** What {@link approveStep} returns. */
export interface ApproveResult {
  run: Run;
  step: string;
  approval: string;
  /** True when the step had been approved already and nothing changed. */
  alreadyApproved: boolean;
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
export async function approveStep(handle: RunHandle, stepId: string, options: EngineOptions & { note?: string } = {}): Promise<ApproveResult> {
  const { workflow } = await loadWorkflow(handle.projectRoot);
  const step = getStep(workflow, stepId);
  if (step.approval === undefined) throw new InputError('usage', `step '${stepId}' asks for no approval in ${workflow.name}; nothing to approve`);
  return updateRun<ApproveResult>(handle, (run) => {
    sameWorkflow(run, workflow);
    assertActive(run);
    const approval = step.approval ?? '';
    if (run.approvals?.granted[stepId] !== undefined) return { run, result: { run, step: stepId, approval, alreadyApproved: true } };
    if (run.approvals?.required !== true) throw new InputError('usage', `run ${run.run_id} waits for no approvals (${run.approvals?.reason ?? 'started before approvals existed'})`);
    if (currentStepId(run) !== stepId) {
      throw new GateError('out-of-order', `'${stepId}' is not the current step (that is '${currentStepId(run) ?? 'none'}'); approve a step when perfflow next asks for it`);
    }
    const now = nowOf(options);
    const granted = { by: whoAmI(options, handle.projectRoot), at: now.toISOString(), via: options.via ?? 'terminal', ...(options.note === undefined ? {} : { note: options.note }) };
    const next: Run = { ...run, approvals: { ...run.approvals, granted: { ...run.approvals.granted, [stepId]: granted } } };
    writeRun(handle.dir, next, now);
    return { run: next, result: { run: next, step: stepId, approval, alreadyApproved: false } };
  });
}
