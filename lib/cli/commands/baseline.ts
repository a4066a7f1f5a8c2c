import { getTarget, loadConfig } from '../../config/load.js';
import { InputError } from '../../errors.js';
import { MEASURE_OPTIONS, overridesFromOptions } from '../../measure/measure-options.js';
import { measureTarget } from '../../measure/measure-target.js';
import { formatBaseline } from '../../measure/print-baseline.js';
import type { BaselineMetrics } from '../../contracts/baseline-metrics.js';
import { validateNamed } from '../../contracts/validate.js';
import { redactValue } from '../../security/redact.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { withLock } from '../../state/lock.js';
import { pathInRun } from '../../state/run-store.js';
import type { Command } from '../command.js';
import { openRun } from '../run-context.js';
import { exitCodeOf } from './bench.js';

/** `perfflow baseline`: measures the run's target into `baseline-metrics.json`. */
export const command: Command = {
  summary: "Measure the run's target and write baseline-metrics.json into the run.",
  usage: 'perfflow baseline [--run <id>] [--duration 5s] [--warmup 1s] [--connections 8] [--rate 2000] [--runs 10] [--batches 10] [--json]',
  options: { ...MEASURE_OPTIONS },
  run: async (input) => {
    if (input.positionals.length > 0) throw new InputError('usage', `unexpected argument '${input.positionals[0] ?? ''}'; the target is the run's (perfflow baseline [--run <id>])`);
    const overrides = overridesFromOptions(input.values);
    const { projectRoot, dir, run } = openRun(input);
    const target = getTarget(loadConfig(projectRoot), run.target);
    // Measuring takes seconds to minutes: the run is locked only while the file is written.
    const metrics = redactValue(await measureTarget(target, { projectRoot, overrides, progress: input.progress }));
    validateNamed<BaselineMetrics>('baseline-metrics', metrics, 'baseline-metrics');
    const file = pathInRun(dir, 'baseline-metrics.json');
    await withLock(dir, () => {
      writeJsonAtomic(file, metrics);
    });
    // Who submits is the orchestrator's part of the protocol (skills/performance), not this agent's.
    const next = metrics.valid && metrics.healthy ? 'return to the orchestrator, which submits the step' : 'fix what is listed above in the configuration, then run perfflow baseline again';
    return { exitCode: exitCodeOf(metrics), data: metrics, text: `${formatBaseline(metrics)}\n  written to ${file}\n\nNext: ${next}` };
  },
};
