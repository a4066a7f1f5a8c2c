/** One frame of the user's code, innermost first in a stack. */
export type Frame = [fn: string, file: string, line: number, column: number, awaited: boolean];
/**
 * The user's frames of the current stack (files outside node_modules and Node's own), innermost
 * first, and whether the innermost frame outside the recorder is the user's own (the caller).
 * @returns at most 6 frames; none when no frame of the user's code is on the stack
 */
export declare function userFrames(): {
    frames: Frame[];
    direct: boolean;
};
