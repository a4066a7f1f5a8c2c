import { appendFileSync, existsSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateNamed } from '../contracts/validate.js';
import { redactText } from '../security/redact.js';
import { isAtomicTempFile, readJsonFile, writeJsonAtomic } from './atomic-file.js';
import { checkId } from './ids.js';
import { isProcessAlive } from './process-alive.js';
/**
 * Path of a step's gate record.
 * @param dir - run directory
 * @param stepId - step id
 * @returns `<dir>/gates/<step>.json`
 */
export function gatePath(dir, stepId) {
    return join(dir, 'gates', `${checkId('step id', stepId)}.json`);
}
/**
 * Reads a gate record, or null when the step has none yet.
 * @param dir - run directory
 * @param stepId - step id
 * @returns the validated record or null
 */
export function readGate(dir, stepId) {
    const path = gatePath(dir, stepId);
    if (!existsSync(path))
        return null;
    return validateNamed('gate', readJsonFile(path), `gates/${stepId}.json`);
}
/**
 * Writes a gate record atomically.
 * @param dir - run directory
 * @param record - the decision
 */
export function writeGate(dir, record) {
    writeJsonAtomic(gatePath(dir, record.step), record);
}
/**
 * Reads checkpoint.json, or null before the first passed gate.
 * @param dir - run directory
 * @returns the checkpoint or null
 */
export function readCheckpoint(dir) {
    const path = join(dir, 'checkpoint.json');
    return existsSync(path) ? validateNamed('checkpoint', readJsonFile(path), 'checkpoint.json') : null;
}
/**
 * Writes checkpoint.json atomically.
 * @param dir - run directory
 * @param checkpoint - the checkpoint
 */
export function writeCheckpoint(dir, checkpoint) {
    writeJsonAtomic(join(dir, 'checkpoint.json'), checkpoint);
}
/**
 * Reads recovery-state.json, or null when nothing has failed.
 * @param dir - run directory
 * @returns the recovery state or null
 */
export function readRecovery(dir) {
    const path = join(dir, 'recovery-state.json');
    return existsSync(path) ? validateNamed('recovery-state', readJsonFile(path), 'recovery-state.json') : null;
}
/**
 * Writes recovery-state.json atomically (secrets redacted, as in every JSON write).
 * @param dir - run directory
 * @param state - the recovery state
 */
export function writeRecovery(dir, state) {
    writeJsonAtomic(join(dir, 'recovery-state.json'), state);
}
/**
 * Appends one line to errors.log: `<iso time> <step> attempt=<n> <kind>: <message>`, secrets
 * redacted, newlines folded, in a single write so a crash leaves whole lines.
 * @param dir - run directory
 * @param entry - what to log
 */
export function logError(dir, entry) {
    mkdirSync(dir, { recursive: true });
    const message = redactText(entry.message).replace(/\s*\n\s*/g, ' | ').slice(0, 2000);
    appendFileSync(join(dir, 'errors.log'), `${entry.at.toISOString()} ${entry.step} attempt=${entry.attempt} ${entry.kind}: ${message}\n`);
}
/**
 * sha256 of a file's bytes, or null when it does not exist.
 * @param path - a file
 * @returns hex digest or null
 */
export function fileSha256(path) {
    try {
        return createHash('sha256').update(readFileSync(path)).digest('hex');
    }
    catch {
        return null;
    }
}
/**
 * Removes temporary files left by writes that a killed process did not finish.
 * @param dir - run directory
 * @returns the removed file names
 */
export function removeStaleTempFiles(dir) {
    const removed = [];
    const walk = (current) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const full = join(current, entry.name);
            if (entry.isDirectory())
                walk(full);
            else if (isAtomicTempFile(entry.name)) {
                unlinkSync(full);
                removed.push(full);
            }
        }
    };
    if (existsSync(dir))
        walk(dir);
    return removed;
}
/**
 * Removes temporary files of atomic writes whose writing process is gone, in a directory shared by
 * several runs (the feed), where a live writer of another run may be mid-write. The writer's pid is
 * part of the temp file's name.
 * @param dir - a directory (walked recursively)
 * @returns the removed file paths
 */
export function removeDeadWritersTempFiles(dir) {
    const removed = [];
    const walk = (current) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const full = join(current, entry.name);
            if (entry.isDirectory())
                walk(full);
            else if (isAtomicTempFile(entry.name) && !isProcessAlive(Number(/\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.name)?.[1] ?? 0))) {
                unlinkSync(full);
                removed.push(full);
            }
        }
    };
    if (existsSync(dir))
        walk(dir);
    return removed;
}
