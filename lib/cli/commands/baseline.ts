import { InputError } from '../../errors.js';
import { MEASURE_OPTIONS, overridesFromOptions } from '../../measure/measure-options.js';
import { formatBaseline } from '../../measure/print-baseline.js';
import { performAction } from '../../workflow/actions/action.js';
import { baselineAction } from '../../workflow/actions/baseline.js';
import type { Command } from '../command.js';
import { openRun } from '../run-context.js';
import { exitCodeOf } from './bench.js';

/** `perfflow baseline`: measures the run's target into the baseline step's output. */
export const command: Command = {
  summary: "Measure the run's target and write baseline-metrics.json into the run.",
  usage: 'perfflow baseline [--run <id>] [--duration 5s] [--warmup 1s] [--connections 8] [--rate 2000] [--runs 10] [--batches 10] [--json]',
  options: { ...MEASURE_OPTIONS },
  run: async (input) => {
    if (input.positionals.length > 0) throw new InputError('usage', `unexpected argument '${input.positionals[0] ?? ''}'; the target is the run's (perfflow baseline [--run <id>])`);
    const overrides = overridesFromOptions(input.values);
    const { metrics, path } = await performAction(openRun(input), baselineAction, { overrides, progress: input.progress, env: input.env });
    // Who submits is the orchestrator's part of the protocol (skills/performance), not this agent's.
    const next = metrics.valid && metrics.healthy ? 'return to the orchestrator, which submits the step' : 'fix what is listed above in the configuration, then run perfflow baseline again';
    return { exitCode: exitCodeOf(metrics), data: metrics, text: `${formatBaseline(metrics)}\n  written to ${path}\n\nNext: ${next}` };
  },
};
