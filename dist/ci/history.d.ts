import type { CiHistoryEntry, CiResult } from '../contracts/ci-result.js';
/**
 * The history lines of a gate run: every metric of every compared target.
 * @param result - the gate's result
 * @returns one entry per metric
 */
export declare function historyEntries(result: CiResult): CiHistoryEntry[];
/**
 * Appends entries to the history file in one write (created with its directory when missing).
 * @param file - the JSON Lines file
 * @param entries - the entries
 */
export declare function appendHistory(file: string, entries: readonly CiHistoryEntry[]): void;
/**
 * Reads the history file, every line checked against its schema.
 * @param file - the JSON Lines file
 * @param label - how messages name it
 * @returns the entries in file order (oldest first)
 * @throws InputError `invalid-file` naming the first line that is not a history entry, or a missing file
 */
export declare function readHistory(file: string, label: string): CiHistoryEntry[];
