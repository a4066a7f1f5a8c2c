import { fileSha256, readCheckpoint, readGate, removeDeadWritersTempFiles, removeStaleTempFiles, writeRecovery } from '../state/run-files.js';
import { pathInRun, readRun, writeRun } from '../state/run-store.js';
import { withLock } from '../state/lock.js';
import { feedDir } from '../state/project.js';
import { removeOrphanedWorktrees } from '../git/worktree.js';
import { removeOrphanedScratchDirs } from '../measure/process-groups.js';
import { getStep, loadWorkflow } from './load.js';
import { nowOf, sameWorkflow, checkpointFor } from './run-view.js';
import { applyFailure } from './apply-failure.js';
import { currentStepId, isDone, reopenedStep, stepState } from './step-state.js';
import { completeRollback, readRollbackJournal } from './rollback.js';
import { nextStep } from './next-step.js';
/**
 * A crash between a failed gate record and run.json loses the decision: without this the step
 * would simply run again (a validation measured again until it passes). Records it now.
 * @returns the run, and a note when it recorded the failure
 */
function recordLostFailure(dir, run, workflow, now) {
    const currentId = currentStepId(run);
    const cut = currentId === null ? null : readGate(dir, currentId);
    if (currentId === null || cut === null || run.status !== 'active')
        return { run, note: null };
    switch (cut.decision) {
        case 'failed':
            break;
        case 'passed':
        case 'overridden':
            return { run, note: null }; // the next submit checks the step again, or finds it done
        default: {
            const never = cut;
            return never;
        }
    }
    if (stepState(run, currentId).attempts.some((a) => a.at === cut.at))
        return { run, note: null };
    const failure = { kind: 'gate-failed', transient: false, message: cut.reasons.join('; '), reasons: cut.reasons, retryAfterMs: null };
    const replayed = applyFailure(dir, run, workflow, getStep(workflow, currentId), failure, new Date(cut.at));
    writeRecovery(dir, replayed.recovery);
    writeRun(dir, replayed.run, now);
    return { run: replayed.run, note: `recorded the failed '${currentId}' gate of ${cut.at}, which the interruption had not recorded in run.json` };
}
/**
 * Sends the first passed step whose gate record is missing or whose artifacts changed after its
 * gate, and every passed step after it, back to pending.
 * @returns the run's steps and the ids sent back
 */
function reopenStaleSteps(dir, run) {
    // Every passed step's gate record is read (and so validated), not just those up to the first stale one.
    const stale = run.step_order
        .map((id) => {
        if (!isDone(run.steps[id]))
            return false;
        const gate = readGate(dir, id);
        return gate === null || gate.artifacts.some((a) => a.sha256 !== (fileSha256(pathInRun(dir, a.path)) ?? 'missing'));
    })
        .indexOf(true);
    const steps = { ...run.steps };
    const reopened = [];
    for (const id of stale === -1 ? [] : run.step_order.slice(stale)) {
        const s = stepState(run, id);
        if (isDone(s)) {
            steps[id] = reopenedStep(s);
            reopened.push(id);
        }
    }
    return { steps, reopened };
}
/**
 * Resumes a run after a crash or a pause: removes half-written temporary files, re-validates every
 * state file, finishes an interrupted rollback, records a failed gate the crash kept out of
 * run.json, rebuilds checkpoint.json when it lags behind run.json, sends a passed step whose
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
        const recorded = recordLostFailure(handle.dir, run, workflow, now);
        run = recorded.run;
        if (recorded.note !== null)
            notes.push(recorded.note);
        const { steps, reopened } = reopenStaleSteps(handle.dir, run);
        for (const id of reopened)
            notes.push(`step '${id}' must be submitted again: its gate record is missing or its artifacts changed after the gate`);
        const changed = reopened.length > 0;
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
