import type { SampleCategory } from '../contracts/bottleneck-report.js';
import type { CpuProfile } from './cpu-profile.js';
import type { FrameContext } from './frame-kind.js';
import type { FunctionLabel } from './function-label.js';
export type { FunctionLabel } from './function-label.js';
/** Everything the profile says about one function of the project or its dependencies. */
export interface FunctionStats extends FunctionLabel {
    /** Samples charged to it: its own code plus the builtins, native code and GC it caused. */
    self: number;
    /** Samples with it anywhere on the stack, recursion counted once. */
    total: number;
    /** How its self samples split by category (fractions of samples where a line of JSON work was split). */
    categories: Map<SampleCategory, number>;
    /** The nearest other function of the project or a dependency above it, by key. */
    callers: Map<string, number>;
    /** For a dependency: the nearest function of the user's own code above it, by key. */
    callSites: Map<string, number>;
    /** Self samples by stack (labels joined by '\n', outermost first). */
    stacks: Map<string, number>;
    /** Self ticks by original line. */
    lines: Map<number, number>;
    recursive: boolean;
}
/** The result of {@link analyzeProfiles}. */
export interface ProfileAnalysis {
    count: number;
    /** Samples that are not idle: the denominator of every share. */
    active: number;
    idle: number;
    durationMs: number;
    meanIntervalUs: number;
    processes: number;
    categories: Map<SampleCategory, number>;
    /** Active samples with no frame of the project or a dependency to charge. */
    unattributed: number;
    /** Every charged function, most self samples first. */
    functions: FunctionStats[];
    /** Labels of every function seen, by key (callers and call sites refer to these). */
    labels: Map<string, FunctionLabel>;
    /** Collapsed stacks (`a;b;c` -> samples) for flame graphs. */
    collapsed: Map<string, number>;
}
/**
 * Analyses V8 CPU profiles: charges every active sample to the nearest function of the project (or
 * of a dependency, named with its package) on its stack, so time in builtins, native code, regular
 * expressions, JSON, crypto and Node internals lands on the code that asked for it; GC samples, which
 * V8 records without a stack, are charged to the stack sampled just before them. Frames are mapped
 * through source maps; recursion is merged (a function counts once per sample).
 * @param profiles - one profile per profiled process
 * @param context - the project root and perfflow's own paths (never charged)
 * @returns sample counts, categories and per-function statistics
 */
export declare function analyzeProfiles(profiles: readonly CpuProfile[], context: FrameContext): Promise<ProfileAnalysis>;
