import { resolve } from 'node:path';
import { getTarget, loadConfig } from '../../config/load.js';
import { InputError } from '../../errors.js';
import { MEASURE_OPTIONS, overridesFromOptions } from '../../measure/measure-options.js';
import { measureTarget } from '../../measure/measure-target.js';
import { formatBaseline } from '../../measure/print-baseline.js';
import { validateNamed } from '../../contracts/validate.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { findProjectRoot } from '../../state/project.js';
import { stringOption } from '../run-context.js';
/**
 * The exit code of a measurement: 4 when the target answered with errors or failed runs, 3 when the
 * measurement itself cannot be trusted, else 0.
 * @param metrics - the baseline
 * @returns the exit code
 */
export function exitCodeOf(metrics) {
    if (!metrics.healthy)
        return 4;
    if (!metrics.valid)
        return 3;
    return 0;
}
/** `perfflow bench <target>`: measures a target without a run. */
export const command = {
    summary: 'Measure a target of perfflow.config.yaml without a run (--json prints the baseline, --out writes it).',
    usage: 'perfflow bench <target> [--duration 5s] [--warmup 1s] [--connections 8] [--rate 2000] [--runs 10] [--batches 10] [--out <file>] [--json]',
    options: { ...MEASURE_OPTIONS, out: { type: 'string' } },
    run: async (input) => {
        const [name, extra] = input.positionals;
        if (name === undefined)
            throw new InputError('usage', 'name the target to measure: perfflow bench <target> (a target of perfflow.config.yaml)');
        if (extra !== undefined)
            throw new InputError('usage', `unexpected argument '${extra}'; usage: perfflow bench <target>`);
        const overrides = overridesFromOptions(input.values);
        const projectRoot = findProjectRoot(input.cwd);
        const target = getTarget(loadConfig(projectRoot), name);
        const out = stringOption(input, 'out');
        const metrics = await measureTarget(target, { projectRoot, overrides, progress: input.progress });
        validateNamed('baseline-metrics', metrics, 'baseline-metrics');
        if (out !== undefined)
            writeJsonAtomic(resolve(input.cwd, out), metrics);
        return { exitCode: exitCodeOf(metrics), data: metrics, text: formatBaseline(metrics) + (out === undefined ? '' : `\n  written to ${out}`) };
    },
};
