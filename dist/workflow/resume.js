import { fileSha256, readCheckpoint, readGate, removeDeadWritersTempFiles, removeStaleTempFiles, writeRecovery } from '../state/run-files.js';
import { pathInRun, readRun, writeRun } from '../state/run-store.js';
import { withLock } from '../state/lock.js';
import { feedDir } from '../state/project.js';
import { removeOrphanedWorktrees } from '../git/worktree.js';
import { removeOrphanedScratchDirs } from '../measure/process-groups.js';
import { getStep, loadWorkflow } from './load.js';
import { nowOf, isDone, stepState, currentStepId, sameWorkflow, checkpointFor } from './run-view.js';
import { applyFailure } from './gate-decisions.js';
import { completeRollback, readRollbackJournal } from './rollback.js';
import { nextStep } from './next-step.js';
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
        for (const file of removeDeadWritersTempFiles(feedDir(handle.projectRoot)))
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
