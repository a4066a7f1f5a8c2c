import type { Command } from '../command.js';
/** `perfflow baseline`: measures the run's target into `baseline-metrics.json`. */
export declare const command: Command;
