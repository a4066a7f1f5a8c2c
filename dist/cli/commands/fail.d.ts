import type { RecoveryState } from '../../contracts/recovery-state.js';
import type { Command } from '../command.js';
/**
 * The line that says what happens next after a failure.
 * @param recovery - the decision
 * @returns text
 */
export declare function formatNextAction(recovery: RecoveryState): string;
/**
 * The exit code of `perfflow fail`: 1 when a person must decide, else 0.
 * @param recovery - the decision
 * @returns the exit code
 */
export declare function exitCodeOf(recovery: RecoveryState): 0 | 1;
/**
 * Formats a recovery decision for people.
 * @param recovery - the decision
 * @returns text
 */
export declare function formatRecovery(recovery: RecoveryState): string;
export declare const command: Command;
