import type { Command } from '../command.js';
interface ApproveData {
    run_id: string;
    step: string;
    approval: string;
    already_approved: boolean;
    by: string;
    via: 'terminal' | 'claude-code';
    next: string;
}
/**
 * Formats the result of `perfflow approve` for people.
 * @param data - what was approved
 * @returns text
 */
export declare function formatApprove(data: ApproveData): string;
export declare const command: Command;
export {};
