import type { CallFrame } from './cpu-profile.js';
/** What kind of code a profile frame runs. */
export type FrameKind = 'user' | 'dependency' | 'node' | 'native' | 'regex' | 'gc' | 'idle' | 'program' | 'root' | 'harness';
/** A frame's kind and, for code in files, where the file is. */
export interface FrameClass {
    kind: FrameKind;
    /** Absolute path of the script, when the frame runs a script file. */
    path: string | null;
    /** The npm package, for a frame inside node_modules. */
    package?: string;
}
/** What the classifier needs to know about the profiled project. */
export interface FrameContext {
    /** The project root: files under it are the user's own code unless under node_modules. */
    projectRoot: string;
    /** Absolute path prefixes of perfflow's own files loaded into the target (preload, runner): never charged. */
    harnessPrefixes: readonly string[];
}
/**
 * The npm package a path belongs to: the folder after its last `node_modules/` (two for a scope).
 * @param path - an absolute path
 * @returns the package name, or undefined outside node_modules
 */
export declare function packageOf(path: string): string | undefined;
/**
 * Classifies a V8 call frame: the user's own code, a dependency, Node.js internals, V8 builtins and
 * native code, regular expressions, GC, idle or the pseudo frames of the profiler.
 * @param frame - the call frame
 * @param context - the project root and perfflow's own paths
 * @returns its kind, script path and package
 */
export declare function classifyFrame(frame: CallFrame, context: FrameContext): FrameClass;
/**
 * How a path is shown in the report: relative to the project root when inside it.
 * @param path - absolute path
 * @param projectRoot - the project root
 * @returns the display path (forward slashes)
 */
export declare function displayPath(path: string, projectRoot: string): string;
