import type { RecoveryState } from '../../contracts/recovery-state.js';
import type { Command } from '../command.js';
/**
 * Formats a recovery decision for people.
 * @param recovery - the decision
 * @returns text
 */
export declare function formatRecovery(recovery: RecoveryState): string;
export declare const command: Command;
