import type { ProfileNode } from './cpu-profile.js';
import type { FunctionLabel } from './function-label.js';
import type { SourceMapper } from './source-mapper.js';
/** Where a function's body lies in its script. */
export interface Extent {
    /** Absolute path of the script. */
    path: string;
    start: number;
    end: number;
    label: FunctionLabel;
}
/** Self ticks of a node at one original line, and the function charged for them. */
export interface LineTicks {
    line: number;
    ticks: number;
    /** The line does JSON work (`JSON.parse(` or `JSON.stringify(`). */
    json: boolean;
    /** Key of the function that holds the line. */
    owner: string;
}
/**
 * Records the extent of a node's function in its script, once per function.
 * @param extents - extents by script path, added to
 * @param node - the profile node
 * @param path - absolute path of its script
 * @param label - its function
 * @param lines - the script's lines, or null when the script cannot be read
 */
export declare function addExtent(extents: Map<string, Extent[]>, node: ProfileNode, path: string, label: FunctionLabel, lines: readonly string[] | null): void;
/**
 * The function with the smallest extent that spans a line.
 * @param extents - the extents of one script
 * @param line0 - 0-based line
 * @param except - key of a function to leave out
 * @returns its label, or null when no extent spans the line
 */
export declare function innermost(extents: readonly Extent[] | undefined, line0: number, except?: string): FunctionLabel | null;
/**
 * Names an anonymous function after the function that lexically holds it (e.g. a map callback):
 * `(anonymous in outer)`. Changes the labels in place.
 * @param extents - extents by script path
 */
export declare function nameAnonymousFunctions(extents: ReadonlyMap<string, readonly Extent[]>): void;
/**
 * A node's self ticks by original line, each charged to the function that holds the line.
 * @param node - the profile node
 * @param path - absolute path of its script, or null when the frame is no file
 * @param own - the node's function
 * @param extents - the extents of its script
 * @param callees - the extents of the functions it calls in other scripts
 * @param mapper - the source maps of the profiled scripts
 * @returns one entry per line V8 recorded ticks at
 */
export declare function linesOf(node: ProfileNode, path: string | null, own: FunctionLabel, extents: readonly Extent[] | undefined, callees: readonly Extent[], mapper: SourceMapper): Promise<LineTicks[]>;
