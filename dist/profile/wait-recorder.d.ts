import type { Group, RequestRecord } from './wait-operations.js';
export { sqlShape } from './wait-patches.js';
/**
 * Follows one call of a function target (or one run of a command): the operations started from
 * the call until its end are its own. Calls run one after another, so a variable names the call and
 * no async hook is needed (work a call leaves running after it settled is charged to the next one).
 * @param name - the task's name (the command, for a run)
 * @returns the end of the call, to run when it has settled; it returns how many operations the call started
 */
export declare function followCall(name: string): () => number;
/** Installs the instruments (once, at preload time); nothing is recorded until {@link startWaits}. */
export declare function installWaitRecorder(): void;
/**
 * Starts recording.
 * @param options - `requests: false` when calls or a run are followed instead (function targets,
 *   commands): a server the program runs is then not followed in windows of its own
 */
export declare function startWaits(options?: {
    requests: boolean;
}): void;
/**
 * Stops recording and returns what was recorded, ready to be written as `<pid>.waits.json`.
 * @returns requests (times in ms from the first request's start) and operation groups
 */
export declare function stopWaits(): {
    groups: Group[];
    requests: RequestRecord[];
    blocked: [number, number][];
    dropped: number;
    dropped_operations: number;
    following: {
        open_ms: number;
        recording_ms: number;
    };
};
