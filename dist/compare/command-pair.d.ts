import type { Arm, MetricSpec } from './analyze.js';
import type { PairedRunner } from './paired-runner.js';
/** Options of {@link openCommandPair}. */
export interface CommandPairOptions {
    /** The program and its arguments (never through a shell). */
    argv: string[];
    /** How the config spelled the command, for messages. */
    text: string;
    /** Working directory of each arm (in its own checkout). */
    cwd: Record<Arm, string>;
    /** Extra environment. */
    env?: Record<string, string>;
    /** Kill one run after this long (default 120 s). */
    timeoutMs?: number;
    /** Untimed runs per arm before measuring (default 1). */
    warmupRuns?: number;
}
/**
 * What a person can act on in a failed program's stderr: the error line itself when there is one
 * (Node prints the source line, a caret, a blank line, then the error), else the last lines; stack
 * frames, carets and runtime banners say nothing.
 * @param stderr - the tail of stderr
 * @returns one line
 */
export declare function errorLines(stderr: string): string;
/**
 * The metrics of a command target: `wall_time` (ms, the objective) and, where GNU time is
 * installed, `max_rss` (KiB).
 * @param withRss - whether GNU time measures the peak resident set size (default: whether it is installed)
 * @returns the metrics, in order
 */
export declare function commandMetrics(withRss?: boolean): MetricSpec[];
/**
 * Prepares a command target for a paired comparison: every trial is a fresh process (the process is
 * the unit), run from the side's working directory. Metrics: `wall_time` (ms, the objective) and, where GNU time
 * is installed, `max_rss` (KiB).
 * @param options - the program, both working directories
 * @returns the runner
 */
export declare function openCommandPair(options: CommandPairOptions): PairedRunner;
