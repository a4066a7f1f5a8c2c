// Journaled, idempotent rollback of a run (and of the code it changed).
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Run } from '../contracts/run.js';
import type { Workflow } from '../contracts/workflow.js';
import { readJsonFile, writeJsonAtomic } from '../state/atomic-file.js';
import type { RollbackJournal } from '../contracts/rollback-journal.js';
import { validateNamed } from '../contracts/validate.js';
import { readRecovery, writeRecovery } from '../state/run-files.js';
import { pathInRun, updateRun, writeRun } from '../state/run-store.js';
import type { RunHandle } from '../state/run-store.js';
import { changedSince, restoreFromSnapshot, snapshotWorkingTree } from '../git/snapshot.js';
import { getStep, loadWorkflow } from './load.js';
import { expandTemplate } from './templates.js';
import type { EngineOptions } from './run-view.js';
import { nowOf, templateValues, sameWorkflow, checkpointFor } from './run-view.js';
import { resolvedRecovery } from './recovery-record.js';
import { freshStep, isDone, resetStep, stepState } from './step-state.js';

/** What {@link rollbackRun} did. */
export interface RollbackResult {
  to_step: string;
  /** The ref under which the working tree was saved before anything was restored. */
  saved_ref: string | null;
  restored_files: string[];
  archived_to: string;
  steps_reset: string[];
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
export async function rollbackRun(handle: RunHandle, toStep: string | undefined, options: EngineOptions = {}): Promise<RollbackResult> {
  const { workflow } = await loadWorkflow(handle.projectRoot);
  if (toStep !== undefined) getStep(workflow, toStep);
  return updateRun(handle, async (run) => {
    sameWorkflow(run, workflow);
    const pending = readRollbackJournal(handle.dir);
    if (pending !== null) {
      throw new InputError('usage', `an interrupted rollback to '${pending.to_step}' is pending; run 'perfflow resume --run ${run.run_id}' to finish it first`);
    }
    const recovery = readRecovery(handle.dir);
    const passed = run.step_order.filter((id) => isDone(run.steps[id]));
    const target = toStep ?? (recovery?.next_action === 'rollback' ? recovery.return_to_step : null) ?? passed[passed.length - 1];
    if (target === undefined) throw new InputError('usage', 'nothing to roll back: no step has passed yet');
    const now = nowOf(options);
    const index = run.step_order.indexOf(target);
    const later = run.step_order.slice(index);
    const n = run.rollbacks.length + 1;
    const savedRef = `refs/perfflow/${run.run_id}/rollback-${n}`;
    await snapshotWorkingTree(handle.projectRoot, savedRef, `perfflow ${run.run_id}: working tree before rollback ${n} to ${target}`);
    const values = templateValues(handle.dir, run, workflow);
    const move = later.flatMap((id) => [...getStep(workflow, id).outputs.map((o) => expandTemplate(o.path, values)), join('gates', `${id}.json`)]);
    const codeSteps = workflow.steps.filter((s) => s.gate.checks.includes('manifest-files-changed')).map((s) => s.id);
    const restore = codeSteps.some((id) => later.includes(id)) ? (await changedSince(handle.projectRoot, run.base.snapshot_commit)).map((c) => c.path) : [];
    const journal: RollbackJournal = {
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

export function readRollbackJournal(dir: string): RollbackJournal | null {
  const path = join(dir, ROLLBACK_JOURNAL);
  return existsSync(path) ? validateNamed<RollbackJournal>('rollback-journal', readJsonFile(path), ROLLBACK_JOURNAL) : null;
}

/**
 * Carries out a journaled rollback; every operation is idempotent, so a rollback interrupted by a
 * crash is finished by running this again. Writes run.json, the checkpoint and the recovery state,
 * then removes the journal.
 */
export async function completeRollback(handle: RunHandle, workflow: Workflow, run: Run, journal: RollbackJournal, now: Date): Promise<Run> {
  for (const rel of journal.move) {
    const from = pathInRun(handle.dir, rel);
    if (!existsSync(from)) continue; // moved before the interruption
    const to = pathInRun(handle.dir, join(journal.archive, rel));
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  await restoreFromSnapshot(handle.projectRoot, run.base.snapshot_commit, journal.restore);
  const index = run.step_order.indexOf(journal.to_step);
  const steps = { ...run.steps };
  for (const id of run.step_order.slice(index)) {
    steps[id] = journal.fresh_attempts ? freshStep(getStep(workflow, id).agent) : resetStep(stepState(run, id));
  }
  const already = run.rollbacks.some((r) => r.saved_ref === journal.saved_ref);
  const next: Run = {
    ...run,
    status: 'active',
    steps,
    rollbacks: already
      ? run.rollbacks
      : [...run.rollbacks, { at: journal.at, to_step: journal.to_step, saved_ref: journal.saved_ref, restored_files: journal.restore, archived_to: journal.archive }],
  };
  writeRun(handle.dir, next, now);
  const lastPassed = run.step_order.slice(0, index).filter((id) => isDone(steps[id])).pop();
  if (lastPassed !== undefined) checkpointFor(handle.dir, next, workflow, lastPassed, now);
  const recovery = readRecovery(handle.dir);
  if (recovery !== null) {
    const explanation = `Rolled back to '${journal.to_step}' at ${journal.at}; the working tree before the rollback is saved under ${journal.saved_ref}.`;
    writeRecovery(handle.dir, resolvedRecovery(recovery, explanation, [`perfflow next --run ${run.run_id}`]));
  }
  rmSync(join(handle.dir, ROLLBACK_JOURNAL), { force: true });
  return next;
}
