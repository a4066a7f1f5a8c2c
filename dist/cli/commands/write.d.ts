import type { Command } from '../command.js';
interface WriteData {
    run_id: string;
    step: string;
    path: string;
    bytes: number;
    schema: string | null;
}
/**
 * Formats the result of `perfflow write` for people.
 * @param data - what was written
 * @returns text
 */
export declare function formatWrite(data: WriteData): string;
export declare const command: Command;
export {};
