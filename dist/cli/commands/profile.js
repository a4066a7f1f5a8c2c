import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { getTarget, loadConfig } from '../../config/load.js';
import { parseDuration } from '../../config/duration.js';
import { InputError } from '../../errors.js';
import { printBottleneckReport } from '../../profile/print-report.js';
import { profileTarget } from '../../profile/profile-target.js';
import { BottleneckReportSchema } from '../../contracts/bottleneck-report.js';
import { validateAgainst } from '../../contracts/validate.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { findProjectRoot } from '../../state/project.js';
import { resolveRun } from '../../state/run-store.js';
import { performAction } from '../../workflow/actions/action.js';
import { profileAction } from '../../workflow/actions/profile.js';
import { stringOption } from '../run-context.js';
function positiveInteger(input, name) {
    const text = stringOption(input, name);
    if (text === undefined)
        return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0)
        throw new InputError('usage', `--${name} must be a positive whole number, e.g. --${name} 500; got '${text}'`);
    return value;
}
function outcomeOf(outcome, written) {
    if (!outcome.profiled) {
        return { exitCode: 0, data: { profiled: false, target: outcome.target, wall_ms: Math.round(outcome.wallMs), message: outcome.message }, text: outcome.message };
    }
    const text = printBottleneckReport(outcome.report) + (written === null ? '' : `\nwrote ${written}`);
    return { exitCode: 0, data: outcome.report, text };
}
export const command = {
    summary: 'Profile a target under its load with V8 and write bottleneck-report.json (ranked bottlenecks with evidence).',
    usage: 'perfflow profile [<target>] [-- <command...>] [--duration 5s] [--trials 3] [--interval-us 500] [--min-samples 500] [--task <name>] [--out <file>] [--skip-overhead]',
    options: {
        duration: { type: 'string' },
        'interval-us': { type: 'string' },
        trials: { type: 'string' },
        'min-samples': { type: 'string' },
        task: { type: 'string', multiple: true },
        out: { type: 'string' },
        'skip-overhead': { type: 'boolean', default: false },
    },
    run: async (input) => {
        const projectRoot = findProjectRoot(input.cwd);
        const out = stringOption(input, 'out');
        const durationText = stringOption(input, 'duration');
        const tasks = input.values.task;
        const base = {
            projectRoot,
            progress: input.progress,
            measureOverhead: input.values['skip-overhead'] !== true,
        };
        const duration = durationText === undefined ? undefined : parseDuration(durationText, '--duration');
        if (duration !== undefined)
            base.durationMs = duration;
        const interval = positiveInteger(input, 'interval-us');
        if (interval !== undefined)
            base.intervalUs = interval;
        const trials = positiveInteger(input, 'trials');
        if (trials !== undefined)
            base.trials = trials;
        const minActive = positiveInteger(input, 'min-samples');
        if (minActive !== undefined)
            base.minActive = minActive;
        if (Array.isArray(tasks))
            base.tasks = tasks;
        let target;
        let run = null;
        if (input.rest.length > 0) {
            if (input.positionals.length > 0)
                throw new InputError('usage', `give either a target name or a command after --, not both; usage: ${command.usage}`);
            const program = input.rest[0] ?? '';
            target = { name: input.rest.join(' '), kind: 'command', run: { argv: input.rest, text: input.rest.join(' ') }, cwd: input.cwd, env: {} };
            if (program === '')
                throw new InputError('usage', `the command after -- is empty; usage: ${command.usage}`);
        }
        else {
            if (input.global.run !== undefined || out === undefined) {
                try {
                    run = resolveRun(projectRoot, input.global.run);
                }
                catch (error) {
                    if (input.global.run !== undefined || !(error instanceof InputError && error.code === 'no-run'))
                        throw error;
                }
            }
            const name = input.positionals[0] ?? run?.run.target;
            if (name === undefined)
                throw new InputError('usage', `name the target to profile (a target of perfflow.config.yaml), or profile a command with 'perfflow profile -- node app.js'; usage: ${command.usage}`);
            const configured = getTarget(loadConfig(projectRoot), name);
            target = configured;
            if (run !== null) {
                const { outcome, path } = await performAction(run, profileAction, { ...base, target: configured, env: input.env });
                return outcomeOf(outcome, path);
            }
        }
        if (out !== undefined) {
            const file = resolve(input.cwd, out);
            const dir = dirname(file);
            const stem = basename(file).replace(/\.json$/, '');
            const outcome = await profileTarget({ ...base, target, artifactDir: dir, stem, reportPath: (p) => relative(dir, p) });
            if (!outcome.profiled)
                return outcomeOf(outcome, null);
            writeJsonAtomic(file, validateAgainst(BottleneckReportSchema, outcome.report, basename(file)));
            return outcomeOf(outcome, file);
        }
        const dir = mkdtempSync(join(tmpdir(), 'perfflow-profile-'));
        const outcome = await profileTarget({ ...base, target, artifactDir: dir, stem: 'profile' });
        if (outcome.profiled)
            validateAgainst(BottleneckReportSchema, outcome.report, 'bottleneck report');
        return outcomeOf(outcome, null);
    },
};
