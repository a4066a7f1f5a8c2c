import type { GateRecord } from '../../contracts/gate.js';
import type { RecoveryState } from '../../contracts/recovery-state.js';
import type { Command } from '../command.js';
/**
 * Formats a gate decision (and what happens next) for people.
 * @param data - the gate record and recovery decision
 * @returns text
 */
export declare function formatGate(data: {
    gate: GateRecord;
    recovery: RecoveryState | null;
    already_passed: boolean;
}): string;
export declare const command: Command;
