import type { RawProfile } from './raw-profile.js';
/** Options of {@link profileFunctionTarget}. */
export interface FunctionProfileOptions {
    /** Absolute path of the task module (default export `{ taskName: () => value }`). */
    file: string;
    /** Only these tasks (default: every task of the module). */
    tasks?: string[] | undefined;
    /** Profiled time, ms. */
    durationMs: number;
    intervalUs: number;
    /** Where the profile is written. */
    dir: string;
    /** Unprofiled time used to measure the profiler's cost, ms (default min(duration, 1 s)). */
    overheadMs?: number;
    warmupMs?: number;
    /** Follow calls with the wait recorder afterwards for this long, ms (default min(duration, 2 s); 0 for none). */
    waitsMs?: number;
}
/**
 * Profiles a function target in its own process through node:inspector: the tasks run round-robin,
 * first without the profiler (the rate the overhead is measured against), then with it.
 * @param options - module, tasks, duration, sampling interval, output directory
 * @returns the profile and the measured overhead
 * @throws TargetError `module-failed` when the module cannot be loaded or a task throws
 */
export declare function profileFunctionTarget(options: FunctionProfileOptions): Promise<RawProfile>;
