import type { PerfflowConfig } from '../config/load.js';
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
    /** Where each target's full comparison is written. */
    outDir: string;
    environment: () => Promise<Environment>;
    progress: (message: string) => void;
    clock?: () => Date;
}
/**
 * The one place `perfflow ci` calls the comparison engine: every option in one object, so an
 * engine option (a sequential design) reaches it through `options.engine` without new plumbing.
 * @param options - the gate's options
 * @param target - the target to compare
 * @returns both artifacts of the comparison
 */
export declare function compareForCi(options: CiOptions, target: string): Promise<ComparisonOutcome>;
/**
 * Runs the gate: compares every target between the base and the head (HEAD of the checkout, never
 * its uncommitted files), adjusts every metric of every target together, and decides.
 * @param options - targets, base, head, thresholds, acceptances, engine options
 * @returns the result (the caller writes the summary, report, BMF and history)
 * @throws InputError for bad input (e.g. a config the engine refuses)
 */
export declare function runCi(options: CiOptions): Promise<CiResult>;
