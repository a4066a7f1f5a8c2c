import type { Run } from '../contracts/run.js';
import type { Workflow } from '../contracts/workflow.js';
import type { RollbackJournal } from '../contracts/rollback-journal.js';
import type { RunHandle } from '../state/run-store.js';
import type { EngineOptions } from './run-view.js';
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
export declare function rollbackRun(handle: RunHandle, toStep: string | undefined, options?: EngineOptions): Promise<RollbackResult>;
export declare function readRollbackJournal(dir: string): RollbackJournal | null;
/**
 * Carries out a journaled rollback; every operation is idempotent, so a rollback interrupted by a
 * crash is finished by running this again. Writes run.json, the checkpoint and the recovery state,
 * then removes the journal.
 */
export declare function completeRollback(handle: RunHandle, workflow: Workflow, run: Run, journal: RollbackJournal, now: Date): Promise<Run>;
