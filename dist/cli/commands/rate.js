import { InputError } from '../../errors.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { findProjectRoot } from '../../state/project.js';
import { resolveRun } from '../../state/run-store.js';
import { formatRating } from '../../skills/rater/print-rating.js';
import { rateFile } from '../../skills/rater/rate-file.js';
import { stringOption } from '../run-context.js';
import { resolve } from 'node:path';
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
function runFor(input, projectRoot, out) {
    if (input.global.run !== undefined)
        return resolveRun(projectRoot, input.global.run);
    if (out !== undefined)
        return null;
    try {
        return resolveRun(projectRoot, undefined);
    }
    catch (error) {
        if (error instanceof InputError && error.code === 'no-run')
            return null; // no unfinished run: a standalone rating
        throw error;
    }
}
export const command = {
    summary: 'Rate a plan (Markdown or JSON) against the rubric; in a run, write plans/<plan_id>-rating.json. Exit 1 below the minimum.',
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
        const run = runFor(input, projectRoot, out);
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
        return { exitCode: rating.passed ? 0 : 1, data: rating, text: formatRating(rating, path) };
    },
};
