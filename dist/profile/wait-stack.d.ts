/** One frame of the user's code, innermost first in a stack. */
export type Frame = [fn: string, file: string, line: number, column: number, awaited: boolean];
/** The user's frames of a stack, whether its innermost frame is the user's, and whether a library called its outermost one. */
export interface UserFrames {
    frames: Frame[];
    direct: boolean;
    library: boolean;
}
/**
 * The user's frames of the current stack (files outside node_modules and Node's own), innermost
 * first; whether the innermost frame outside the recorder is the user's own (the caller); and
 * whether the stack went on past the outermost user frame into a library's code (a helper that a
 * framework or driver calls: its stack is short because its caller is not the user's, not because
 * V8 lost the caller's async frame, see analyze-waits.ts).
 * @returns at most 6 frames; none when no frame of the user's code is on the stack
 */
export declare function userFrames(): UserFrames;
