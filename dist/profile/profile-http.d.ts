import type { HttpTargetConfig } from '../config/load.js';
import type { RawProfile } from './raw-profile.js';
/** Options of {@link profileHttpTarget}. */
export interface HttpProfileOptions {
    target: HttpTargetConfig;
    /** Profiled load, ms. */
    durationMs: number;
    intervalUs: number;
    /** Control and output directory. */
    dir: string;
    /** Measure the throughput without the profiler first, in the same server process (default true). */
    measureOverhead?: boolean;
    /** How long to wait for the preload to answer a command, ms (default 15 s). */
    controlTimeoutMs?: number;
}
/**
 * Profiles an http server while it serves its measured load: perfflow starts it (same lifecycle
 * as the measurement engine) with a preload, drives it with the target's load, asks the preload
 * to start the V8 profiler and later to stop and write the profile, all while the server keeps
 * running; then stops it. The load just before profiling, in the same process, is the baseline of
 * the profiler's overhead.
 * @param options - the target, duration, sampling interval, directory
 * @returns the profiles (one per Node process of the server), event-loop delay and overhead
 * @throws InputError `invalid-config` when the target has no start command
 * @throws TargetError when the server does not start, is not a Node process, or dies
 */
export declare function profileHttpTarget(options: HttpProfileOptions): Promise<RawProfile>;
