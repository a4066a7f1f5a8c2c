import type { Command } from '../command.js';
/** `perfflow baseline`: measures the run's target into the baseline step's output. */
export declare const command: Command;
