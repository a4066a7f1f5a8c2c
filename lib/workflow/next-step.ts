// `perfflow next`: the step to do now, read-only.
import type { ActionName } from '../contracts/workflow.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run } from '../contracts/run.js';
import { readRecovery } from '../state/run-files.js';
import { pathInRun, readRun } from '../state/run-store.js';
import type { RunHandle } from '../state/run-store.js';
import { getStep, loadWorkflow, retryPolicyOf } from './load.js';
import { expandTemplate } from './templates.js';
import type { TemplateValues } from './templates.js';
import type { EngineOptions } from './run-view.js';
import { awaitingApproval, nowOf, templateValues, stepState, currentStepId, sameWorkflow, evaluateStepCondition } from './run-view.js';

/** One input or output file as `next` reports it. */
export interface FileRef {
  path: string;
  exists: boolean;
  schema?: string;
  schema_file?: string;
}

/** What `perfflow next` reports. */
export interface NextInfo {
  run_id: string;
  run_status: Run['status'];
  target: string;
  done: boolean;
  step: null | {
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
  };
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
  let waited = 0;
  if (state.retry_not_before !== undefined && run.status === 'active') {
    const wait = Date.parse(state.retry_not_before) - nowOf(options).getTime();
    if (wait > 0) {
      waited = Math.min(wait, options.maxWaitMs ?? 10_000);
      await (options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))))(waited);
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
        action: null,
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
  if (awaitingApproval(run, step)) {
    return {
      ...base,
      done: false,
      step: {
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
        commands: [`perfflow approve ${step.id} --run ${run.run_id}`],
        inputs: describeFiles(handle.dir, step.inputs.map((p) => ({ path: p })), values),
        outputs: [],
        feedback: [],
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
      action: step.action ?? null,
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
