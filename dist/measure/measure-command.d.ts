import type { CommandTargetConfig } from '../config/load.js';
import type { CommandMetrics, Resources } from '../contracts/baseline-metrics.js';
import type { NodeProbe } from './resources.js';
/** One run of a command. */
export interface CommandRun {
    code: number | null;
    signal: NodeJS.Signals | null;
    wallMs: number;
    userMs: number;
    sysMs: number;
    /** Peak RSS, KiB; undefined without GNU time. */
    maxRssKib: number | undefined;
    stderrTail: string;
}
/** What measuring a command target produced. */
export interface CommandMeasurement {
    command: CommandMetrics;
    resources: Resources;
    healthReasons: string[];
    invalidReasons: string[];
}
/**
 * Runs a command once without a shell, in its own process group, and times it.
 * @param target - the command target
 * @param options - scratch dir for GNU time's output and NODE_OPTIONS
 * @returns how it ran
 */
export declare function runCommandOnce(target: CommandTargetConfig, options: {
    scratch: string;
    probe?: NodeProbe;
}): Promise<CommandRun>;
/**
 * Measures a command target: warm-up runs, then the measured runs, each a fresh process without a
 * shell. Wall time from perfflow's clock; user, system time and peak RSS from GNU time when installed.
 * Outliers are flagged with hyperfine's MAD rule, not removed.
 * @param target - the command target
 * @param options - run counts overriding the config, and a progress reporter
 * @returns metrics, resources and the reasons the result is unhealthy or invalid
 * @throws TargetError `command-failed` when the first run fails (the command cannot run at all)
 */
export declare function measureCommand(target: CommandTargetConfig, options?: {
    runs?: number | undefined;
    warmup?: number | undefined;
    progress?: (message: string) => void;
}): Promise<CommandMeasurement>;
