import type { RollbackResult } from '../../workflow/engine.js';
import type { Command } from '../command.js';
/**
 * Formats `perfflow rollback` for people.
 * @param result - what was saved, restored and archived
 * @returns text
 */
export declare function formatRollback(result: RollbackResult): string;
export declare const command: Command;
