// Starting a run: checks, base commit, snapshot of the working tree, run.json.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';
import type { Run, StepState } from '../contracts/run.js';
import { newRunId } from '../state/ids.js';
import { runDir, writeRun } from '../state/run-store.js';
import type { RunHandle } from '../state/run-store.js';
import { requireGitRoot, resolveCommit } from '../git/git.js';
import { snapshotWorkingTree } from '../git/snapshot.js';
import { loadWorkflow } from './load.js';
import type { EngineOptions } from './run-view.js';
import { nowOf } from './run-view.js';
import { freshStep } from './step-state.js';

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Result of {@link initRun}. */
export interface InitResult {
  handle: RunHandle;
  run: Run;
  /** How to add the target to perfflow.config.yaml when it is missing (null when it exists). */
  targetHint: string | null;
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
export async function initRun(
  input: {
    cwd: string;
    target: string;
    baseRef?: string;
    targetHint?: (projectRoot: string, target: string) => Promise<string | null>;
    /** Whether the workflow's approvals wait for a person, and why; absent: they do not. */
    approvals?: { required: boolean; reason: string };
  },
  options: EngineOptions = {},
): Promise<InitResult> {
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
  const steps: Record<string, StepState> = {};
  for (const step of loaded.workflow.steps) steps[step.id] = freshStep(step.agent);
  const run: Run = {
    version: 1,
    run_id: runId,
    workflow_id: runId,
    target,
    status: 'active',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    workflow: { path: loaded.path, sha256: loaded.sha256, name: loaded.workflow.name },
    base: { commit, ref: baseRef, snapshot_commit: snapshot, snapshot_ref: snapshotRef },
    ...(input.approvals === undefined ? {} : { approvals: { ...input.approvals, granted: {} } }),
    step_order: loaded.workflow.steps.map((s) => s.id),
    steps,
    rollbacks: [],
  };
  writeRun(dir, run, now);
  return { handle: { projectRoot, runId, dir }, run, targetHint: hint };
}
