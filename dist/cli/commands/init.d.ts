import type { Command } from '../command.js';
interface InitData {
    run_id: string;
    run_dir: string;
    target: string;
    base_commit: string;
    snapshot_ref: string;
    target_configured: boolean;
    target_hint: string | null;
    approvals: {
        required: boolean;
        reason: string;
    };
    next: string;
}
/**
 * Formats the result of `perfflow init` for people.
 * @param data - what init did
 * @returns text
 */
export declare function formatInit(data: InitData): string;
export declare const command: Command;
export {};
