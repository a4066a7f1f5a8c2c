import { GateError, InputError } from '../../errors.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { findProjectRoot } from '../../state/project.js';
import { isInside, resolveRun } from '../../state/run-store.js';
import { formatRating } from '../../rater/print-rating.js';
import { rateFile } from '../../rater/rate-file.js';
import { stringOption } from '../run-context.js';
import { resolve } from 'node:path';
import { submitStep } from '../../workflow/gate-decisions.js';
import { getStep, loadWorkflow } from '../../workflow/load.js';
import { currentStepId } from '../../workflow/run-view.js';
import { formatGate } from './submit.js';
function minimumOption(input) {
    const text = stringOption(input, 'min');
    if (text === undefined)
        return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 10) {
        throw new InputError('usage', `--min must be a number from 0 to 10, got '${text}'; e.g. --min 7`);
    }
    return value;
}
/**
 * The run a rating belongs to: the one named by --run, else the latest unfinished run when the
 * file lies in its directory. Any other file (a plan in the project, with or without a run open)
 * is rated standalone, as is everything written with --out.
 */
function runFor(input, projectRoot, file, out) {
    if (input.global.run !== undefined)
        return resolveRun(projectRoot, input.global.run);
    if (out !== undefined)
        return null;
    try {
        const latest = resolveRun(projectRoot, undefined);
        return isInside(latest.dir, resolve(input.cwd, file)) ? latest : null;
    }
    catch (error) {
        if (error instanceof InputError && error.code === 'no-run')
            return null; // no unfinished run: a standalone rating
        throw error;
    }
}
/**
 * In a run whose current step is the rating gate, the rating decides that gate at once: a plan
 * below the minimum goes back to the planner with the rater's feedback (or to a person), so the
 * caller never has to remember a second command, and a failing rating can never be re-asked.
 */
async function decideRatingGate(run, written) {
    if (run === null || written === null)
        return null;
    const stepId = currentStepId(run.run);
    if (stepId === null)
        return null;
    return submitStep(run, stepId);
}
/** A rating in a run belongs to its rating step: refused (exit 1) while another step is current. */
async function assertRatingStep(run) {
    const stepId = currentStepId(run.run);
    const { workflow } = await loadWorkflow(run.projectRoot);
    const current = stepId === null ? undefined : getStep(workflow, stepId);
    if (current?.gate.checks.includes('rating-passed') === true && run.run.status === 'active')
        return;
    const state = stepId === null ? `run ${run.runId} has no step left` : `the step to do now is '${stepId}'${run.run.status === 'active' ? '' : ` (run ${run.run.status})`}`;
    throw new GateError('out-of-order', `a plan is rated in this run only at its rating step; ${state}: see perfflow next`);
}
export const command = {
    summary: 'Rate a plan (Markdown or JSON) against the rubric; in a run, write plans/<plan_id>-rating.json and decide the rating gate. Exit 1 below the minimum.',
    usage: 'perfflow rate <file> [--plan-id <id>] [--min 7] [--model <model>] [--rubric <file>] [--out <file>] [--run <id>] [--json]',
    options: {
        'plan-id': { type: 'string' },
        min: { type: 'string' },
        model: { type: 'string' },
        rubric: { type: 'string' },
        out: { type: 'string' },
    },
    run: async (input) => {
        const [file, extra] = input.positionals;
        if (file === undefined)
            throw new InputError('usage', 'name the plan to rate: perfflow rate <file> [--plan-id <id>] [--min 7]');
        if (extra !== undefined)
            throw new InputError('usage', `unexpected argument '${extra}'; rate one file at a time`);
        const minimum = minimumOption(input);
        const out = stringOption(input, 'out');
        const projectRoot = findProjectRoot(input.cwd);
        const run = runFor(input, projectRoot, file, out);
        if (run !== null)
            await assertRatingStep(run);
        const rubricPath = stringOption(input, 'rubric');
        const { rating, written } = await rateFile({
            file,
            cwd: input.cwd,
            projectRoot,
            run,
            planId: stringOption(input, 'plan-id'),
            minimum,
            model: stringOption(input, 'model'),
            rubricPath: rubricPath === undefined ? undefined : resolve(input.cwd, rubricPath),
            env: input.env,
        });
        let path = written;
        if (out !== undefined) {
            path = resolve(input.cwd, out);
            writeJsonAtomic(path, rating);
        }
        const gate = await decideRatingGate(run, written);
        if (gate === null)
            return { exitCode: rating.passed ? 0 : 1, data: rating, text: formatRating(rating, path) };
        const gateData = { gate: gate.record, recovery: gate.recovery, already_passed: gate.alreadyPassed };
        return {
            exitCode: gate.record.decision === 'failed' ? 1 : 0,
            data: { ...rating, ...gateData, run_status: gate.run.status },
            text: `${formatRating(rating, path)}\n\n${formatGate(gateData)}`,
        };
    },
};
