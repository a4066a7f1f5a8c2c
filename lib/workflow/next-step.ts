// `perfflow next`: the step to do now, read-only.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run, StepState } from '../contracts/run.js';
import type { ActionName, StepDefinition, Workflow } from '../contracts/workflow.js';
import { readRecovery } from '../state/run-files.js';
import { pathInRun, readRun } from '../state/run-store.js';
import type { RunHandle } from '../state/run-store.js';
import { getStep, loadWorkflow, retryPolicyOf } from './load.js';
import { expandTemplate } from './templates.js';
import type { TemplateValues } from './templates.js';
import type { EngineOptions } from './run-view.js';
import { awaitingApproval, nowOf, templateValues, sameWorkflow, evaluateStepCondition } from './run-view.js';
import { pendingRollback } from './recovery-record.js';
import { currentStepId, retryNotBefore, stepState } from './step-state.js';

/** One input or output file as `next` reports it. */
export interface FileRef {
  path: string;
  exists: boolean;
  schema?: string;
  schema_file?: string;
}

/** A task `perfflow next` hands out. */
export interface NextTask {
  /**
   * `step`: do the step; `rollback`: its gate failed and the yaml says roll back first;
   * `approval`: a person must approve before the step's agent starts.
   */
  kind: 'step' | 'rollback' | 'approval';
  id: string;
  name: string;
  agent: string;
  using_fallback: boolean;
  skill: string | null;
  /** The work the step's perfflow command does (`action:` in the yaml), or null. */
  action: ActionName | null;
  attempt: number;
  max_attempts: number;
  instructions: string;
  commands: string[];
  inputs: FileRef[];
  outputs: FileRef[];
  feedback: string[];
  condition: null | { expression: string; holds: boolean; overridden: boolean; detail: string };
}

/** What `perfflow next` reports. */
export interface NextInfo {
  run_id: string;
  run_status: Run['status'];
  target: string;
  done: boolean;
  step: NextTask | null;
  recovery: RecoveryState | null;
  waited_ms: number;
}

function schemaFile(name: string): string {
  return join(dirname(dirname(dirname(new URL(import.meta.url).pathname))), 'schemas', `${name}.schema.json`);
}

function describeFiles(dir: string, paths: readonly { path: string; schema?: string | undefined }[], values: TemplateValues): FileRef[] {
  return paths.map((p) => {
    const full = pathInRun(dir, expandTemplate(p.path, values));
    const ref: FileRef = { path: full, exists: existsSync(full) };
    if (p.schema !== undefined) {
      ref.schema = p.schema;
      ref.schema_file = schemaFile(p.schema);
    }
    return ref;
  });
}

/** The current step and what describing it needs. */
interface Current {
  dir: string;
  run: Run;
  workflow: Workflow;
  step: StepDefinition;
  state: StepState;
  values: TemplateValues;
  maxAttempts: number;
}

/** Waits out a transient failure's backoff, up to `maxWaitMs`; returns the time waited. */
async function waitOutBackoff(state: StepState, options: EngineOptions): Promise<number> {
  const notBefore = retryNotBefore(state);
  if (notBefore === null) return 0;
  const wait = Date.parse(notBefore) - nowOf(options).getTime();
  if (wait <= 0) return 0;
  const waited = Math.min(wait, options.maxWaitMs ?? 10_000);
  await (options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))))(waited);
  return waited;
}

function rollbackTask(c: Current, explanation: string, to: string): NextTask {
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

function approvalTask(c: Current): NextTask {
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

function stepTask(c: Current): NextTask {
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
export async function nextStep(handle: RunHandle, options: EngineOptions = {}): Promise<NextInfo> {
  const run = readRun(handle.dir);
  const { workflow } = await loadWorkflow(handle.projectRoot);
  sameWorkflow(run, workflow);
  const recovery = readRecovery(handle.dir);
  const base = { run_id: run.run_id, run_status: run.status, target: run.target, recovery, waited_ms: 0 };
  const currentId = currentStepId(run);
  if (run.status === 'completed' || currentId === null) return { ...base, done: true, step: null };
  const step = getStep(workflow, currentId);
  const state = stepState(run, currentId);
  const waited = run.status === 'active' ? await waitOutBackoff(state, options) : 0;
  const current: Current = { dir: handle.dir, run, workflow, step, state, values: templateValues(handle.dir, run, workflow), maxAttempts: retryPolicyOf(workflow, step).max_attempts };
  const rollbackTo = recovery?.step === step.id ? pendingRollback(recovery, run) : null;
  if (recovery !== null && rollbackTo !== null) return { ...base, done: false, step: rollbackTask(current, recovery.explanation, rollbackTo) };
  if (awaitingApproval(run, step)) return { ...base, done: false, step: approvalTask(current) };
  return { ...base, waited_ms: waited, done: false, step: stepTask(current) };
}
