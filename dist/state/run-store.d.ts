import type { Run } from '../contracts/run.js';
import type { LockOptions } from './lock.js';
/** A run located on disk. */
export interface RunHandle {
    projectRoot: string;
    runId: string;
    /** `<root>/.claude/context/runs/<run_id>` */
    dir: string;
}
/**
 * The directory of a run, after checking the id.
 * @param projectRoot - the project root
 * @param runId - untrusted run id
 * @returns the absolute directory
 * @throws InputError `invalid-id`
 */
export declare function runDir(projectRoot: string, runId: string): string;
/**
 * Upgrades an older `run.json` to the current version. Version 1 is the first; this is where a
 * version 2 will convert, so that old runs stay resumable.
 * @param value - parsed run.json
 * @returns the value in the current shape (still to be validated)
 */
export declare function migrateRun(value: unknown): unknown;
/**
 * Reads and validates `run.json`.
 * @param dir - the run directory
 * @returns the run
 * @throws InputError `invalid-file` when missing or invalid
 */
export declare function readRun(dir: string): Run;
/**
 * Writes `run.json` atomically, stamping `updated_at`.
 * @param dir - the run directory
 * @param run - the new state
 * @param now - the time to stamp
 */
export declare function writeRun(dir: string, run: Run, now?: Date): void;
/**
 * Lists the runs of a project, oldest first. Directories without a readable run.json are skipped.
 * @param projectRoot - the project root
 * @returns every readable run
 */
export declare function listRuns(projectRoot: string): Run[];
/**
 * Finds the run a command acts on: the one named by `--run`, else the latest unfinished run.
 * @param projectRoot - the project root
 * @param runId - the `--run` value, if any
 * @returns the handle and the run's state
 * @throws InputError `invalid-id` or `no-run`
 */
export declare function resolveRun(projectRoot: string, runId: string | undefined): RunHandle & {
    run: Run;
};
/**
 * Resolves a path inside the run directory, refusing anything that escapes it.
 * @param dir - the run directory
 * @param relative - a relative path such as `plans/p1-rating.json`
 * @returns the absolute path
 * @throws InputError `unsafe-path`
 */
export declare function pathInRun(dir: string, relative: string): string;
/**
 * Changes a run under its lock: reads the current state, lets `change` compute the new one, writes
 * it atomically. Concurrent commands on the same run wait for each other (or get `run-busy`).
 * @param handle - the run
 * @param change - receives the current run; returns the new run and a result
 * @param lock - waiting policy for the lock
 * @returns the result of `change`
 */
export declare function updateRun<T>(handle: RunHandle, change: (run: Run) => Promise<{
    run: Run;
    result: T;
}> | {
    run: Run;
    result: T;
}, lock?: LockOptions): Promise<T>;
/**
 * Tells whether a run directory exists and is a directory.
 * @param dir - a path
 * @returns true for a directory
 */
export declare function isDirectory(dir: string): boolean;
/**
 * Is a path strictly inside a directory (not the directory itself, not beside it)?
 * @param dir - the directory
 * @param path - an absolute path
 * @returns true when inside
 */
export declare function isInside(dir: string, path: string): boolean;
