import type { CommandSpec, TargetConfig } from '../config/load.js';
import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { ProfileAnalysis } from './analyze-profiles.js';
/** A command given on the command line (`perfflow profile -- <command...>`), without a config entry. */
export interface AdHocCommand {
    name: string;
    kind: 'command';
    run: CommandSpec;
    cwd: string;
    env: Record<string, string>;
}
/** Options of {@link profileTarget}. */
export interface ProfileTargetOptions {
    projectRoot: string;
    target: TargetConfig | AdHocCommand;
    /** Where `<stem>.cpuprofile` and `<stem>.collapsed.txt` are written. */
    artifactDir: string;
    /** File stem of the raw profile and the collapsed stacks (default `profile`). */
    stem?: string;
    /** How the report names a written file (default: its absolute path). */
    reportPath?: (absolute: string) => string;
    /** Profiled time for function and http targets, ms (default: 3 s for functions, the target's trial duration for http). */
    durationMs?: number;
    /** Sampling interval, µs (default 500). */
    intervalUs?: number;
    /** Refuse to rank below this many active samples (default 500). */
    minActive?: number;
    /** Page targets: page loads to profile (default 3). Command targets: profiled runs when the program awaits operations (default: the target's `runs`, 5 for a command given on the command line). */
    trials?: number;
    /** Function targets: only these tasks. */
    tasks?: string[];
    /** Run the target once without the profiler to measure its cost (default true). */
    measureOverhead?: boolean;
    now?: () => Date;
    progress?: (message: string) => void;
}
/** The outcome of {@link profileTarget}. */
export type ProfileOutcome = {
    profiled: true;
    report: BottleneckReport;
    analysis: ProfileAnalysis;
} | {
    profiled: false;
    target: string;
    wallMs: number;
    message: string;
};
/**
 * Default sampling interval, µs. bench/profile.bench.mjs measures the server's CPU per request with
 * and without the profiler: about 2% at 1000 µs, 6% at 500 µs, 10-12% at 250 µs, so 500 µs keeps the
 * 10% goal. A busy machine samples 2-3x less often than asked (the report records the observed
 * interval); short runs may need --interval-us 250 to reach the minimum of samples.
 */
export declare const DEFAULT_INTERVAL_US = 500;
/** Default minimum of active samples before anything is ranked. */
export declare const DEFAULT_MIN_ACTIVE = 500;
/**
 * Profiles a target with real V8 under its own load, analyses the profile and writes the raw
 * `.cpuprofile` and the collapsed stacks beside the report. A function target that gave too few
 * samples is profiled again, longer (twice, doubling); any other refuses.
 * @param options - the target, where to write, sampling settings
 * @returns the report (not yet written), or the timing of a command that is not a Node program
 * @throws InconclusiveError `too-few-samples` when there are too few active samples to rank
 * @throws TargetError when the target cannot be run
 */
export declare function profileTarget(options: ProfileTargetOptions): Promise<ProfileOutcome>;
