/** Which side a problem belongs to. */
export type Side = 'base' | 'candidate';
/** A live function harness: one child process holding base, candidate and the A/A copy. */
export interface FunctionHarness {
    /** Tasks present on both sides, in the base's order. */
    tasks: string[];
    /** Calls each task once per side and compares the return values (deep strict equality). */
    returns: () => Promise<{
        task: string;
        equal: boolean;
        base: string;
        candidate: string;
    }[]>;
    /** Iterations of `task` that make a batch last about `targetMs` on the base. */
    calibrate: (task: string, targetMs: number) => Promise<number>;
    /** Runs `n` iterations of `task` on one arm; returns the elapsed nanoseconds. */
    batch: (arm: 'base' | 'candidate' | 'base-aa', task: string, n: number) => Promise<number>;
    close: () => void;
}
/**
 * Where the compiled child script is: next to this module once built, else in `dist/compare/`
 * (when this module runs from its TypeScript source, as under jest).
 * @returns the path of function-runner.js
 * @throws TargetError `module-failed` when it cannot be found
 */
export declare function functionRunnerPath(): string;
/**
 * Starts the child process and loads the three arms' modules into it (benchmark use only, see
 * function-shared-pair.ts).
 * @param files - absolute paths of the three arms' task modules
 * @returns the harness
 * @throws TargetError `module-failed` naming the side whose module does not load or lacks a task
 */
export declare function openFunctionHarness(files: {
    base: string;
    candidate: string;
    'base-aa': string;
}): Promise<FunctionHarness>;
