import type { BaselineMetrics } from '../../contracts/baseline-metrics.js';
import type { Command, CommandOutcome } from '../command.js';
/**
 * The exit code of a measurement: 4 when the target answered with errors or failed runs, 3 when the
 * measurement itself cannot be trusted, else 0.
 * @param metrics - the baseline
 * @returns the exit code
 */
export declare function exitCodeOf(metrics: BaselineMetrics): CommandOutcome['exitCode'];
/** `perfflow bench <target>`: measures a target without a run. */
export declare const command: Command;
