import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative as relativePath, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { validateNamed } from '../contracts/validate.js';
import { readJsonFile, writeJsonAtomic } from './atomic-file.js';
import { checkId } from './ids.js';
import { withLock } from './lock.js';
import { runsDir } from './project.js';
/**
 * The directory of a run, after checking the id.
 * @param projectRoot - the project root
 * @param runId - untrusted run id
 * @returns the absolute directory
 * @throws InputError `invalid-id`
 */
export function runDir(projectRoot, runId) {
    return join(runsDir(projectRoot), checkId('run id', runId));
}
/**
 * Upgrades an older `run.json` to the current version. Version 1 is the first; this is where a
 * version 2 will convert, so that old runs stay resumable.
 * @param value - parsed run.json
 * @returns the value in the current shape (still to be validated)
 */
export function migrateRun(value) {
    if (typeof value === 'object' && value !== null) {
        const { version } = value;
        if (version === undefined) {
            throw new InputError('invalid-file', 'run.json: (top level) has no version field: it was not written by perfflow; restore the file or start a new run');
        }
        if (typeof version === 'number' && version > 1) {
            throw new InputError('invalid-file', `run.json: version ${version} is newer than this perfflow understands (1); upgrade perfflow to continue this run`);
        }
    }
    return value;
}
/**
 * Reads and validates `run.json`.
 * @param dir - the run directory
 * @returns the run
 * @throws InputError `invalid-file` when missing or invalid
 */
export function readRun(dir) {
    return validateNamed('run', migrateRun(readJsonFile(join(dir, 'run.json'))), 'run.json');
}
/**
 * Writes `run.json` atomically, stamping `updated_at`.
 * @param dir - the run directory
 * @param run - the new state
 * @param now - the time to stamp
 */
export function writeRun(dir, run, now = new Date()) {
    writeJsonAtomic(join(dir, 'run.json'), { ...run, updated_at: now.toISOString() });
}
/**
 * Lists the runs of a project, oldest first. Directories without a readable run.json are skipped.
 * @param projectRoot - the project root
 * @returns every readable run
 */
export function listRuns(projectRoot) {
    const root = runsDir(projectRoot);
    if (!existsSync(root))
        return [];
    const runs = [];
    for (const name of readdirSync(root)) {
        const dir = join(root, name);
        if (!existsSync(join(dir, 'run.json')))
            continue;
        try {
            runs.push(readRun(dir));
        }
        catch (error) {
            // A damaged run is reported by `status --run <id>`; listing the others must still work.
            // Anything else (a missing dependency, an I/O error) is not about this run: let it through.
            if (!(error instanceof InputError))
                throw error;
        }
    }
    return runs.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.run_id.localeCompare(b.run_id));
}
/**
 * Finds the run a command acts on: the one named by `--run`, else the latest unfinished run.
 * @param projectRoot - the project root
 * @param runId - the `--run` value, if any
 * @returns the handle and the run's state
 * @throws InputError `invalid-id` or `no-run`
 */
export function resolveRun(projectRoot, runId) {
    if (runId !== undefined) {
        const dir = runDir(projectRoot, runId);
        if (!existsSync(join(dir, 'run.json'))) {
            throw new InputError('no-run', `run '${runId}' does not exist in ${runsDir(projectRoot)}; list runs with 'perfflow runs'`);
        }
        return { projectRoot, runId, dir, run: readRun(dir) };
    }
    const open = listRuns(projectRoot).filter((run) => run.status !== 'completed');
    const latest = open[open.length - 1];
    if (latest === undefined) {
        throw new InputError('no-run', "no unfinished run in this project; start one with 'perfflow init --target <name>'");
    }
    return { projectRoot, runId: latest.run_id, dir: runDir(projectRoot, latest.run_id), run: latest };
}
/**
 * Resolves a path inside the run directory, refusing anything that escapes it.
 * @param dir - the run directory
 * @param relative - a relative path such as `plans/p1-rating.json`
 * @returns the absolute path
 * @throws InputError `unsafe-path`
 */
export function pathInRun(dir, relative) {
    const full = resolve(dir, relative);
    if (relative.includes('\0') || (full !== dir && !full.startsWith(dir + sep))) {
        throw new InputError('unsafe-path', `path '${relative}' leaves the run directory; use a path inside it`);
    }
    return full;
}
/**
 * Changes a run under its lock: reads the current state, lets `change` compute the new one, writes
 * it atomically. Concurrent commands on the same run wait for each other (or get `run-busy`).
 * @param handle - the run
 * @param change - receives the current run; returns the new run and a result
 * @param lock - waiting policy for the lock
 * @returns the result of `change`
 */
export async function updateRun(handle, change, lock) {
    return withLock(handle.dir, async () => {
        const current = readRun(handle.dir);
        const { run, result } = await change(current);
        // A change that hands back the run it was given changed nothing: leave run.json (and its
        // updated_at) alone, so an idempotent command is byte-for-byte idempotent.
        if (run !== current)
            writeRun(handle.dir, run);
        return result;
    }, lock);
}
/**
 * Tells whether a run directory exists and is a directory.
 * @param dir - a path
 * @returns true for a directory
 */
export function isDirectory(dir) {
    try {
        return statSync(dir).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Is a path strictly inside a directory (not the directory itself, not beside it)?
 * @param dir - the directory
 * @param path - an absolute path
 * @returns true when inside
 */
export function isInside(dir, path) {
    const rel = relativePath(dir, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
