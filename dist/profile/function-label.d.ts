import type { ProfileNode } from './cpu-profile.js';
import type { FrameContext, FrameKind } from './frame-kind.js';
import type { SourceMapper } from './source-mapper.js';
/** A function as the report names it (after source maps). */
export interface FunctionLabel {
    /** Identity: function, file, line and column of the original source. */
    key: string;
    function: string;
    file: string;
    /** 1-based; 0 when unknown. */
    line: number;
    package?: string;
    kind: FrameKind;
}
/**
 * A label as one frame of a stack reads in reports: `name (file:line)`.
 * @param label - the function
 * @returns the text
 */
export declare function labelText(label: FunctionLabel): string;
/**
 * Names the function of a profile node after its original source: the file and line through the
 * script's source map when it has one, the map's name for a function V8 saw as anonymous.
 * @param node - the profile node
 * @param kind - its frame kind (user or dependency)
 * @param path - absolute path of its script, or null when the frame is no file
 * @param pkg - the npm package of a dependency
 * @param context - the project root (paths are shown relative to it)
 * @param mapper - the source maps of the profiled scripts
 * @returns the label
 */
export declare function labelOf(node: ProfileNode, kind: FrameKind, path: string | null, pkg: string | undefined, context: FrameContext, mapper: SourceMapper): Promise<FunctionLabel>;
