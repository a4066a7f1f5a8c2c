import type { Command } from '../command.js';
/**
 * Reads `--threshold 5%` (or `5`) as a fraction.
 * @param text - the option's value
 * @returns the fraction, or undefined without the option
 * @throws InputError `usage` for anything but a percentage from 0 to 1000
 */
export declare function thresholdOption(text: string | undefined): number | undefined;
export declare const command: Command;
