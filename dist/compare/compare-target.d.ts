import type { PerfflowConfig } from '../config/load.js';
import type { WorktreeOptions } from '../git/worktree.js';
import type { BenchmarkResults } from '../contracts/benchmark-results.js';
import type { PerformanceComparison } from '../contracts/performance-comparison.js';
import type { HarnessSource } from './harness.js';
/** What every paired comparison is told, whatever it compares (commits or running deployments). */
export interface ComparisonSettings {
    /** Measured time budget in ms (default by target kind). */
    budgetMs?: number | undefined;
    /** Fewest paired blocks, whatever the budget (default 5, the fewest that support a verdict). */
    minBlocks?: number | undefined;
    /** Pre-registered group-sequential design: interim looks at half and three quarters of the budget may stop a clear effect early (`sequential.ts`). Default false. */
    sequential?: boolean | undefined;
    /** With `sequential`: the overall level a look must cross to stop, given the target's metric count (default alpha; `perfflow ci` passes its share of Holm across targets). */
    sequentialStopAlpha?: ((metricCount: number) => number) | undefined;
    /** Seed of the arm order and the bootstrap (default: random, recorded in the report). */
    seed?: number | undefined;
    /** Overrides the target's objective metric. */
    objective?: string | undefined;
    /** The environment block of the report (CPU, Node, load, ...). */
    environment: () => Promise<Record<string, unknown>>;
    /** Reports progress (stderr on a TTY). */
    progress?: (message: string) => void;
    now?: () => number;
    clock?: () => Date;
}
/** Options of {@link compareTarget}. */
export interface CompareOptions extends ComparisonSettings {
    /** The repository root; its working tree is the candidate. */
    projectRoot: string;
    /** The target's name. */
    targetName: string;
    /** The candidate's own config (its entry for the target is compared with the pinned one), or why it does not load. */
    config: PerfflowConfig | {
        error: string;
    };
    /** The base commit (full id) and how the user named it. */
    base: {
        commit: string;
        ref: string;
    };
    /**
     * The candidate as a commit, e.g. HEAD on a CI runner (default: the working tree, uncommitted and
     * untracked files included). `ref` is how the report names it.
     */
    candidate?: {
        commit: string;
        ref: string;
    } | undefined;
    /** Where the measuring harness comes from (default: the base commit). */
    harness?: HarnessSource | undefined;
    worktree?: WorktreeOptions;
    /** Per-run timeout of the check command, ms. */
    checkTimeoutMs?: number;
    /** Function targets: settings of each process (tests and benchmarks). */
    functionTrials?: {
        batchMs?: number;
        batches?: number;
        warmupMs?: number;
    };
    /**
     * Benchmark use only: `shared-process` measures function targets the way perfflow did before it
     * made the process the unit (every arm in one process), so that `npm run bench:trust` can show
     * the difference. Default `process`.
     */
    functionDesign?: 'process' | 'shared-process';
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
 * Compares the working tree (or a commit: `options.candidate`) with a base commit. Checks out the base twice (the base arm
 * and its A/A copy) and the working tree once, each at its own path of the same shape; pins the
 * measuring harness (target entry, task module, tests) from the harness source into every checkout;
 * runs the behaviour checks; measures the three arms in randomly ordered blocks of fresh processes
 * for a fixed time budget; and analyses the blocks.
 * @param options - what to compare and how long
 * @returns the comparison and the raw results
 * @throws InputError `no-change` when the working tree equals the base, `unpinned-harness` when the
 *   harness source lacks the target; TargetError naming the base side when it cannot build, start or run
 */
export declare function compareTarget(options: CompareOptions): Promise<ComparisonOutcome>;
