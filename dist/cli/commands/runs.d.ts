import type { Command } from '../command.js';
interface RunRow {
    run_id: string;
    target: string;
    status: string;
    created_at: string;
    current_step: string | null;
}
/**
 * Formats `perfflow runs` for people.
 * @param rows - one row per run
 * @returns text
 */
export declare function formatRuns(rows: readonly RunRow[]): string;
export declare const command: Command;
export {};
