/** One frame of the user's code, innermost first in a stack. */
type Frame = [fn: string, file: string, line: number, column: number, awaited: boolean];
interface Group {
    kind: string;
    label: string;
    frames: Frame[];
}
interface RequestRecord {
    start: number;
    end: number;
    name: string;
    status: number;
    ops: [group: number, start: number, end: number][];
}
/**
 * Follows one call of a function target: the operations started from the call until its end are
 * its own. A function target's calls run one after another, so a variable names the call and no
 * async hook is needed (work a call leaves running after it settled is charged to the next one).
 * @param name - the task's name
 * @returns the end of the call, to run when it has settled; it returns how many operations the call started
 */
export declare function followCall(name: string): () => number;
/** SQL with its literals replaced, whitespace collapsed and the length bounded: a label, never data. */
export declare function sqlShape(text: string): string;
/** Installs the instruments (once, at preload time); nothing is recorded until {@link startWaits}. */
export declare function installWaitRecorder(): void;
/** Starts recording. */
export declare function startWaits(): void;
/**
 * Stops recording and returns what was recorded, ready to be written as `<pid>.waits.json`.
 * @returns requests (times in ms from the first request's start) and operation groups
 */
export declare function stopWaits(): {
    groups: Group[];
    requests: RequestRecord[];
    blocked: [number, number][];
    dropped: number;
    following: {
        open_ms: number;
        recording_ms: number;
    };
};
export {};
