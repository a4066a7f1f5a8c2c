import type { Checkpoint } from '../contracts/checkpoint.js';
import type { GateRecord } from '../contracts/gate.js';
import type { RecoveryState } from '../contracts/recovery-state.js';
/**
 * Path of a step's gate record.
 * @param dir - run directory
 * @param stepId - step id
 * @returns `<dir>/gates/<step>.json`
 */
export declare function gatePath(dir: string, stepId: string): string;
/**
 * Reads a gate record, or null when the step has none yet.
 * @param dir - run directory
 * @param stepId - step id
 * @returns the validated record or null
 */
export declare function readGate(dir: string, stepId: string): GateRecord | null;
/**
 * Writes a gate record atomically.
 * @param dir - run directory
 * @param record - the decision
 */
export declare function writeGate(dir: string, record: GateRecord): void;
/**
 * Reads checkpoint.json, or null before the first passed gate.
 * @param dir - run directory
 * @returns the checkpoint or null
 */
export declare function readCheckpoint(dir: string): Checkpoint | null;
/**
 * Writes checkpoint.json atomically.
 * @param dir - run directory
 * @param checkpoint - the checkpoint
 */
export declare function writeCheckpoint(dir: string, checkpoint: Checkpoint): void;
/**
 * Reads recovery-state.json, or null when nothing has failed.
 * @param dir - run directory
 * @returns the recovery state or null
 */
export declare function readRecovery(dir: string): RecoveryState | null;
/**
 * Writes recovery-state.json atomically (secrets redacted, as in every JSON write).
 * @param dir - run directory
 * @param state - the recovery state
 */
export declare function writeRecovery(dir: string, state: RecoveryState): void;
/**
 * Appends one line to errors.log: `<iso time> <step> attempt=<n> <kind>: <message>`, secrets
 * redacted, newlines folded, in a single write so a crash leaves whole lines.
 * @param dir - run directory
 * @param entry - what to log
 */
export declare function logError(dir: string, entry: {
    at: Date;
    step: string;
    attempt: number;
    kind: string;
    message: string;
}): void;
/**
 * sha256 of a file's bytes, or null when it does not exist.
 * @param path - a file
 * @returns hex digest or null
 */
export declare function fileSha256(path: string): string | null;
/**
 * Removes temporary files left by writes that a killed process did not finish.
 * @param dir - run directory
 * @returns the removed file names
 */
export declare function removeStaleTempFiles(dir: string): string[];
/**
 * Removes temporary files of atomic writes whose writing process is gone, in a directory shared by
 * several runs (the feed), where a live writer of another run may be mid-write. The writer's pid is
 * part of the temp file's name.
 * @param dir - a directory (walked recursively)
 * @returns the removed file paths
 */
export declare function removeDeadWritersTempFiles(dir: string): string[];
