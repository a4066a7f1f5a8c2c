import type { SampleCategory } from '../contracts/bottleneck-report.js';
import type { CpuProfile } from './cpu-profile.js';
import type { FrameContext, FrameKind } from './frame-kind.js';
import type { FunctionLabel } from './function-label.js';
import type { LineTicks } from './script-extents.js';
import type { SourceMapper } from './source-mapper.js';
/** What a sample of one profile node is charged to, worked out once per node. */
export interface NodeFacts {
    kind: FrameKind;
    label: FunctionLabel | null;
    hint: SampleCategory | null;
    /** Where the sample is charged, null when no frame qualifies. */
    owner: FunctionLabel | null;
    ownerIsLeaf: boolean;
    category: SampleCategory;
    caller: string | null;
    callSite: string | null;
    keysOnStack: string[];
    recursiveKeys: string[];
    signature: string[];
    collapsed: string;
    /** For a leaf that is its owner: self ticks by original line, and which lines do JSON work. */
    lines: LineTicks[];
}
/**
 * Works out, for every node of a profile, which function its samples are charged to, in which
 * category, who called it, and its stack as flame graphs and reports show it.
 * @param profile - one V8 CPU profile
 * @param context - the project root and perfflow's own paths (never charged)
 * @param mapper - the source maps of the profiled scripts
 * @param labels - the labels of every function seen so far, by key; new ones are added
 * @returns the facts by node id
 */
export declare function factsOf(profile: CpuProfile, context: FrameContext, mapper: SourceMapper, labels: Map<string, FunctionLabel>): Promise<Map<number, NodeFacts>>;
