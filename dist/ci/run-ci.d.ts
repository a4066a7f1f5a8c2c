import type { PerfflowConfig } from '../config/load.js';
import type { TargetConfig } from '../config/target-config.js';
import type { Environment } from '../contracts/baseline-metrics.js';
import type { CiResult } from '../contracts/ci-result.js';
import type { CompareOptions, ComparisonOutcome } from '../compare/compare-target.js';
import type { Acceptance } from './gate.js';
/** The comparison engine's options that `perfflow ci` passes through unchanged (budget, blocks, seed, and any later design option). */
export type EngineOptions = Partial<Omit<CompareOptions, 'projectRoot' | 'targetName' | 'config' | 'base' | 'candidate' | 'environment' | 'progress'>>;
/** Options of {@link runCi}. */
export interface CiOptions {
    projectRoot: string;
    /** The head's config (the working tree's, which on a runner is HEAD's). */
    config: PerfflowConfig;
    base: {
        commit: string;
        ref: string;
        how: string;
    };
    head: {
        commit: string;
        ref: string;
    };
    /** The targets to compare, in order. */
    targets: readonly string[];
    /** `--threshold`: replaces every target's threshold. */
    threshold?: number | undefined;
    /** Accepted targets (trailers and labels). */
    accepted: ReadonlyMap<string, Acceptance>;
    /** Passed to the comparison engine as they are: budgetMs, minBlocks, seed, functionTrials, ... */
    engine: EngineOptions;
    /** The sequential design (default true); false runs every target for its whole budget (`--fixed`). */
    sequential?: boolean | undefined;
    /** Where each target's full comparison is written. */
    outDir: string;
    environment: () => Promise<Environment>;
    progress: (message: string) => void;
    clock?: () => Date;
}
/** The level of the gate: the one the adjustment across targets tests at. */
export declare const CI_ALPHA = 0.05;
/**
 * The metrics a target is compared on, as far as they are known before it runs: the lists the
 * http, page and command runners measure (a command's `max_rss` only where GNU time is installed),
 * and one for a function target, whose tasks are known only once its module loads (a module with
 * several tasks is undercounted).
 * @param target - the target's config
 * @returns the count
 */
export declare function expectedMetricCount(target: TargetConfig | undefined): number;
/**
 * The level whose sequential boundary a target's comparison must cross to stop early: alpha over
 * the metrics the adjustment across targets is expected to count. Those of the targets compared
 * before are known, and this target's own once its runner describes them; the targets still to
 * come are counted by {@link expectedMetricCount}. An undercount (a function module with several
 * tasks) makes the level too high: a stopped target may then end inconclusive after the
 * adjustment, never falsely failed. (Counting the later targets as this one's kind did that to a
 * function target compared before a command one: 0.05 / 2 to stop, 0.05 / 3 for Holm.)
 * @param alpha - the gate's level
 * @param measuredBefore - metrics with a p-value among the targets compared before
 * @param laterMetrics - the metrics expected of the targets compared after this one
 * @returns the level, given the number of metrics this target measures
 */
export declare function stopLevel(alpha: number, measuredBefore: number, laterMetrics: number): (metricCount: number) => number;
/**
 * The one place `perfflow ci` calls the comparison engine: every option in one object, so an
 * engine option reaches it through `options.engine` without new plumbing.
 * @param options - the gate's options
 * @param target - the target to compare
 * @param stopAlpha - with the sequential design, the level a look must cross to stop ({@link stopLevel})
 * @returns both artifacts of the comparison
 */
export declare function compareForCi(options: CiOptions, target: string, stopAlpha?: (metricCount: number) => number): Promise<ComparisonOutcome>;
/**
 * Runs the gate: compares every target between the base and the head (HEAD of the checkout, never
 * its uncommitted files), adjusts every metric of every target together, and decides.
 * @param options - targets, base, head, thresholds, acceptances, engine options
 * @returns the result (the caller writes the summary, report, BMF and history)
 * @throws InputError for bad input (e.g. a config the engine refuses)
 */
export declare function runCi(options: CiOptions): Promise<CiResult>;
