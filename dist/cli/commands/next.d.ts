import type { NextInfo } from '../../workflow/engine.js';
import type { Command } from '../command.js';
/**
 * Formats `perfflow next` for people (and for Claude reading plain text).
 * @param info - the next step
 * @returns text
 */
export declare function formatNext(info: NextInfo): string;
export declare const command: Command;
