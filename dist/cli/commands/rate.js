import { InputError } from '../../errors.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { findProjectRoot } from '../../state/project.js';
import { isInside, resolveRun } from '../../state/run-store.js';
import { formatRating } from '../../rater/print-rating.js';
import { rateFile } from '../../rater/rate-file.js';
import { stringOption } from '../run-context.js';
import { resolve } from 'node:path';
import { formatGate } from './submit.js';
import { performAction } from '../../workflow/actions/action.js';
import { rateAction } from '../../workflow/actions/rate.js';
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
        const rubricPath = stringOption(input, 'rubric');
        const request = {
            file,
            cwd: input.cwd,
            projectRoot,
            planId: stringOption(input, 'plan-id'),
            minimum,
            model: stringOption(input, 'model'),
            rubricPath: rubricPath === undefined ? undefined : resolve(input.cwd, rubricPath),
            env: input.env,
        };
        if (run === null) {
            const { rating } = await rateFile({ ...request, run: null });
            const path = out === undefined ? null : resolve(input.cwd, out);
            if (path !== null)
                writeJsonAtomic(path, rating);
            return { exitCode: rating.passed ? 0 : 1, data: rating, text: formatRating(rating, path) };
        }
        const { rating, written, gate } = await performAction(run, rateAction, request);
        const shown = out === undefined ? written : resolve(input.cwd, out);
        if (out !== undefined && shown !== null)
            writeJsonAtomic(shown, rating);
        const gateData = { gate: gate.record, recovery: gate.recovery, already_passed: gate.alreadyPassed };
        return {
            exitCode: gate.record.decision === 'failed' ? 1 : 0,
            data: { ...rating, ...gateData, run_status: gate.run.status },
            text: `${formatRating(rating, shown)}\n\n${formatGate(gateData)}`,
        };
    },
};
