import type { ResumeResult } from '../../workflow/engine.js';
import type { Command } from '../command.js';
/**
 * Formats `perfflow resume` for people.
 * @param result - repairs and the next step
 * @returns text
 */
export declare function formatResume(result: ResumeResult): string;
export declare const command: Command;
