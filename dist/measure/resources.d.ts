import type { Resources } from '../contracts/baseline-metrics.js';
/** A directory the Node preload writes into, and the NODE_OPTIONS entry that loads it. */
export interface NodeProbe {
    dir: string;
    /** `--import=<file URL of the preload>?out=<dir>` */
    nodeOption: string;
    /** Removes the directory. */
    dispose: () => void;
}
/**
 * Prepares the Node preload for a target: a fresh directory and the NODE_OPTIONS entry that loads
 * the preload (compiled next to this module) with that directory.
 * @returns the probe
 */
export declare function createNodeProbe(): NodeProbe;
/**
 * Summarises what the preload wrote between two wall-clock times. When several Node processes ran
 * (a wrapper such as npm and the server it started), the busiest one (highest event-loop
 * utilization) is the target.
 * @param dir - the probe directory
 * @param from - window start, ms since the epoch
 * @param to - window end
 * @returns the Node block, or null when no Node process reported
 */
export declare function readNodeResources(dir: string, from: number, to: number): Resources['node'];
/** A running sampler of a process tree's CPU and RSS. */
export interface ResourceSampler {
    /** Stops sampling and summarises; `node` from the probe when one was given. */
    stop: () => Resources;
}
/**
 * Samples CPU and RSS of a process and all its descendants from /proc every `intervalMs`.
 * Descendants count because a target started through a wrapper (`npm start`, a shell script) does
 * its work in a child.
 * @param rootPid - the process started by perfflow
 * @param options - interval, the Node probe, and the proc mount (tests)
 * @returns the sampler
 */
export declare function sampleResources(rootPid: number, options?: {
    intervalMs?: number;
    probe?: NodeProbe;
    procDir?: string;
}): ResourceSampler;
