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
 * The part of a probe tick's lateness that counts as a blocked event loop, ms from `last`. A tick
 * due 1 ms after the last one is late when the loop ran something else (JavaScript, maybe preempted
 * on a busy machine: that time is the loop's, and the cpu-contention correction takes the queued
 * part out of the CPU entries), or when the thread, idle in its poll, waited in a run queue to run
 * the tick at all. The second is no work an operation's callback queued behind: an idle thread uses
 * no CPU meanwhile, so a late tick with less than one tick period (1 ms) of CPU in it is not
 * blocked time, and the operation keeps its wait.
 * @param last - when the previous tick ran, ms
 * @param now - when this tick ran, ms
 * @param ranMs - CPU time the process used between the two, ms
 * @returns the blocked interval, or null
 */
export declare function blockedPart(last: number, now: number, ranMs: number): [number, number] | null;
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
