import type { WorktreeOptions } from '../git/worktree.js';
import type { BenchmarkResults } from '../schemas/benchmark-results.js';
import type { PerformanceComparison } from '../schemas/performance-comparison.js';
import type { CommandSpec, TargetConfig } from '../config/load.js';
/** Options of {@link compareTarget}. */
export interface CompareOptions {
    /** The repository root; its working tree is the candidate. */
    projectRoot: string;
    /** The target as loaded from the candidate's config (paths inside the project are mapped to the base worktree). */
    target: TargetConfig;
    /** The config's `check` command, run on both sides. */
    check?: CommandSpec | undefined;
    /** The base commit (full id) and how the user named it. */
    base: {
        commit: string;
        ref: string;
    };
    /** Measured time budget in ms (default by target kind). */
    budgetMs?: number | undefined;
    /** Seed of the arm order and the bootstrap (default: random, recorded in the report). */
    seed?: number | undefined;
    /** Overrides the target's default objective metric. */
    objective?: string | undefined;
    /** The environment block of the report (CPU, Node, load, ...). */
    environment: () => Promise<Record<string, unknown>>;
    /** Reports progress (stderr on a TTY). */
    progress?: (message: string) => void;
    now?: () => number;
    clock?: () => Date;
    worktree?: WorktreeOptions;
    /** Per-run timeout of the check command, ms. */
    checkTimeoutMs?: number;
}
/** Both artifacts of a comparison. */
export interface ComparisonOutcome {
    comparison: PerformanceComparison;
    results: BenchmarkResults;
}
/**
 * Tells whether the working tree differs from a commit (perfflow's own run state excluded).
 * @param projectRoot - repository root
 * @param commit - the base commit
 * @returns the changed paths
 */
export declare function workingChange(projectRoot: string, commit: string): Promise<string[]>;
/**
 * Compares the working tree (candidate) with a base commit: checks out the base in a temporary
 * worktree, runs the behaviour checks on both sides, measures base, candidate and an A/A copy of
 * the base in randomly ordered blocks for a fixed time budget, and analyses the pairs.
 * @param options - what to compare and how long
 * @returns the comparison and the raw results
 * @throws InputError `no-change` when the working tree equals the base; TargetError naming the side
 *   that cannot build, start or run
 */
export declare function compareTarget(options: CompareOptions): Promise<ComparisonOutcome>;
