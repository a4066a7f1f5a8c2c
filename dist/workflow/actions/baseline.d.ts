import type { BaselineMetrics } from '../../contracts/baseline-metrics.js';
import type { MeasureOptions } from '../../measure/measure-target.js';
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
export declare const baselineAction: StepAction<BaselineOptions, {
    metrics: BaselineMetrics;
    path: string;
}>;
