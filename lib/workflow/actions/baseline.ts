import { getTarget, loadConfig } from '../../config/load.js';
import type { BaselineMetrics } from '../../contracts/baseline-metrics.js';
import { measureTarget } from '../../measure/measure-target.js';
import type { MeasureOptions } from '../../measure/measure-target.js';
import { writeArtifacts } from '../artifacts.js';
import type { StepAction } from './action.js';

/** What `perfflow baseline` passes on: overrides of the target's load and trial settings. */
export interface BaselineOptions {
  overrides: MeasureOptions['overrides'];
  progress?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

/**
 * `action: baseline`: measures the run's target and writes the step's baseline-metrics output.
 * The orchestrator submits the step (the gate checks that the measurement is valid and healthy).
 */
export const baselineAction: StepAction<BaselineOptions, { metrics: BaselineMetrics; path: string }> = {
  name: 'baseline',
  run: async ({ handle, scope, step }, options) => {
    const target = getTarget(loadConfig(handle.projectRoot), handle.run.target);
    // Measuring takes seconds to minutes: the run is locked only while the file is written.
    const metrics = await measureTarget(target, { projectRoot: handle.projectRoot, overrides: options.overrides, progress: options.progress });
    const [path = ''] = await writeArtifacts(scope, step, [{ schema: 'baseline-metrics', value: metrics }], options.env);
    return { metrics, path };
  },
};
