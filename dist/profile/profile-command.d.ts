import type { EventLoopDelay } from './build-report.js';
import type { RawProfile } from './raw-profile.js';
/** Options of {@link profileCommand}. */
export interface CommandProfileOptions {
    /** The program and its arguments (run without a shell). */
    argv: string[];
    cwd: string;
    env?: Record<string, string>;
    intervalUs: number;
    /** Where the profiles are written. */
    dir: string;
    /** Kill the command after this long, ms (default 120 s). */
    timeoutMs?: number;
    /** Run the command once without profiling first, to measure the profiler's cost (default true). */
    measureOverhead?: boolean;
    /**
     * Profiled runs when the first one awaited an operation of the user's code (default 1): the
     * waits of a run are one sample, and their intervals are across runs. A run that awaited nothing
     * (a program that only computes) is profiled once, as before.
     */
    runs?: number;
}
/** The outcome of {@link profileCommand}: a profile, or only the timing of a program that is not Node. */
export type CommandProfileOutcome = {
    node: true;
    raw: RawProfile;
    wallMs: number;
    runs: number;
} | {
    node: false;
    wallMs: number;
};
/**
 * Reads the event-loop delay the preload wrote for each profiled process (`<pid>.eld.json`).
 * @param dir - the profile directory
 * @returns the delay of the process with the worst p99, or null when none was written
 */
export declare function readEventLoopDelay(dir: string): EventLoopDelay | null;
/**
 * Profiles a command. Every Node process it starts (directly or through a shell or npm) loads the
 * profiling preload through NODE_OPTIONS, which writes its V8 profile, event-loop delay and the
 * operations the run awaited at exit; a command that starts no Node process gets its timing only.
 * A run that awaited operations is repeated (`runs`), so its waits have intervals across runs.
 * @param options - the command, directory, sampling interval and output directory
 * @returns the profiles, or the timing of a program that is not Node
 * @throws TargetError `command-failed` when the command cannot start or exits with an error
 */
export declare function profileCommand(options: CommandProfileOptions): Promise<CommandProfileOutcome>;
