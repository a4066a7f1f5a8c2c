import { randomInt } from 'node:crypto';
import { relative } from 'node:path';
import type { PerfflowConfig, TargetConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import { git } from '../git/git.js';
import { commitChange } from '../git/refs.js';
import { changedSince, EXCLUDED_PATHSPEC } from '../git/snapshot.js';
import { pathInWorktree, withArmTrees } from '../git/worktree.js';
import type { ArmTrees, WorktreeOptions } from '../git/worktree.js';
import type { BenchmarkResults } from '../contracts/benchmark-results.js';
import type { PerformanceComparison } from '../contracts/performance-comparison.js';
import type { Arm } from './analyze.js';
import { defaultBudgetMs } from './budget.js';
import { runChecks } from './check-command.js';
import type { TestsOnCandidate } from './check-command.js';
import { openCommandPair } from './command-pair.js';
import { openFunctionPair } from './function-pair.js';
import { openSharedProcessFunctionPair } from './function-shared-pair.js';
import { harnessDifferences, overlayHarness, pinHarness } from './harness.js';
import type { HarnessSource, PinnedHarness } from './harness.js';
import { openHttpPair } from './http-pair.js';
import { openPagePair } from './page-pair.js';
import type { PairedRunner } from './paired-runner.js';
import { runPaired } from './run-paired.js';
import type { PairedOutcome } from './run-paired.js';

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
  config: PerfflowConfig | { error: string };
  /** The base commit (full id) and how the user named it. */
  base: { commit: string; ref: string };
  /**
   * The candidate as a commit, e.g. HEAD on a CI runner (default: the working tree, uncommitted and
   * untracked files included). `ref` is how the report names it.
   */
  candidate?: { commit: string; ref: string } | undefined;
  /** Where the measuring harness comes from (default: the base commit). */
  harness?: HarnessSource | undefined;
  worktree?: WorktreeOptions;
  /** Per-run timeout of the check command, ms. */
  checkTimeoutMs?: number;
  /** Function targets: settings of each process (tests and benchmarks). */
  functionTrials?: { batchMs?: number; batches?: number; warmupMs?: number };
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

const RESAMPLES = 4000;
const ALPHA = 0.05;
const MINIMUM_FLOOR = 0.01;

/**
 * Tells whether the working tree differs from a commit (perfflow's own run state excluded).
 * @param projectRoot - repository root
 * @param commit - the base commit
 * @returns the changed paths
 */
export async function workingChange(projectRoot: string, commit: string): Promise<string[]> {
  return (await changedSince(projectRoot, commit)).map((f) => f.path);
}

async function candidateCommit(projectRoot: string, fixed?: string): Promise<{ commit: string; dirty: boolean }> {
  if (fixed !== undefined) return { commit: fixed, dirty: false };
  const commit = await git(['rev-parse', 'HEAD'], { cwd: projectRoot });
  const status = await git(['status', '--porcelain', '--untracked-files=normal', '--', '.', ...EXCLUDED_PATHSPEC], { cwd: projectRoot });
  return { commit, dirty: status.trim() !== '' };
}

function perArm(path: string, projectRoot: string, trees: ArmTrees): Record<Arm, string> {
  return { base: pathInWorktree(path, projectRoot, trees.base), candidate: pathInWorktree(path, projectRoot, trees.candidate), 'base-aa': pathInWorktree(path, projectRoot, trees['base-aa']) };
}

async function openRunner(target: TargetConfig, projectRoot: string, trees: ArmTrees, options: CompareOptions): Promise<PairedRunner> {
  switch (target.kind) {
    case 'function': {
      const cwd = { base: trees.base, candidate: trees.candidate, 'base-aa': trees['base-aa'] };
      if (options.functionDesign === 'shared-process') return openSharedProcessFunctionPair({ files: perArm(target.file, projectRoot, trees), fileText: target.fileText });
      return openFunctionPair({ files: perArm(target.file, projectRoot, trees), cwd, fileText: target.fileText, ...options.functionTrials });
    }
    case 'command':
      return openCommandPair({ argv: target.run.argv, text: target.run.text, cwd: perArm(target.cwd, projectRoot, trees), env: target.env, timeoutMs: target.timeoutMs, warmupRuns: target.warmup });
    case 'http':
      return openHttpPair({ target, cwd: perArm(target.cwd, projectRoot, trees) });
    case 'page':
      return openPagePair({ target, cwd: perArm(target.cwd, projectRoot, trees) });
    default: {
      const never: never = target;
      return never;
    }
  }
}

function pinnedParts(harness: PinnedHarness, projectRoot: string): string[] {
  const target = harness.target;
  const parts = [`the target's entry in perfflow.config.yaml (${target.name})`];
  if (target.kind === 'function') parts.push(`the task module ${relative(projectRoot, target.file)}`);
  if (harness.check !== undefined) parts.push(`the check command '${harness.check.text}' and its test files`);
  return parts;
}

/** What a comparison settles before any checkout: clocks, seed, the candidate commit, the harness source. */
interface CompareSetup {
  now: () => number;
  clock: () => Date;
  progress: (message: string) => void;
  seed: number;
  source: HarnessSource;
  candidate: { commit: string; dirty: boolean };
  startedAt: Date;
}

/** What a comparison measured, with what the artifacts say about how. */
interface Measured {
  harness: PinnedHarness;
  trees: ArmTrees;
  tests: TestsOnCandidate;
  budgetMs: number;
  outcome: PairedOutcome;
  metrics: PairedRunner['metrics'];
  described: ReturnType<PairedRunner['describe']>;
  environment: Record<string, unknown>;
  finishedAt: Date;
}

/**
 * Measures every checkout through the pinned harness: the candidate's own edits to it are put back,
 * and the base gets what was pinned after its commit (in a run, at the baseline).
 */
async function overlayPinnedHarness(harness: PinnedHarness, trees: ArmTrees, projectRoot: string): Promise<void> {
  await overlayHarness(trees.candidate, harness, harness.measureOverlay);
  const baseDiff = await harnessDifferences(projectRoot, harness, trees.baseCommit);
  for (const arm of ['base', 'base-aa'] as const) await overlayHarness(trees[arm], harness, [...baseDiff.measure, ...baseDiff.test]);
}

function comparisonOf(m: Measured, setup: CompareSetup, options: CompareOptions): PerformanceComparison {
  const { harness, trees, outcome, described } = m;
  const target = harness.target;
  const { schedule, metrics, behaviour, status, reasons, guards, objective } = outcome;
  const objectiveMetric = metrics.find((metric) => metric.role === 'objective');
  return {
    version: 2,
    target: target.name,
    kind: target.kind,
    validation_status: status,
    status_reasons: reasons,
    objective: { metric: objective, direction: objectiveMetric?.direction ?? 'lower' },
    metrics,
    guards,
    harness: {
      source: setup.source,
      pinned: pinnedParts(harness, options.projectRoot),
      edited: harness.edited,
      added: harness.added,
      tests_on_candidate: m.tests,
    },
    noise_floor: {
      method: 'A/A calibration: a second checkout of the base measured in every block like the candidate; floor = the size of its apparent effect against the base, at least the minimum',
      minimum: MINIMUM_FLOOR,
      objective: objectiveMetric?.noise_floor ?? MINIMUM_FLOOR,
    },
    behaviour,
    design: {
      pairs: schedule.blocks.length,
      trials_per_side: schedule.blocks.length,
      processes_per_side: described.processes_per_side,
      unit: described.unit,
      iterations: described.iterations,
      invalid_trials: described.invalid_trials ?? 0,
      time_budget_ms: m.budgetMs,
      elapsed_ms: Math.round(schedule.elapsedMs),
      stopped_by: schedule.stoppedBy,
      arms: 'base, A/A copy of the base and candidate each from its own checkout at a path of the same shape, in a random order in every block',
      order_seed: setup.seed,
      estimator:
        '20% trimmed mean of the per-block log ratios (differences for rates) of the candidate against the mean of both copies of the base, expanded percentile bootstrap of the blocks (wider for few blocks); improved or regressed only when it differs significantly from each copy alone (intersection-union test; the objective at alpha, the guards Holm-adjusted among themselves) and beyond the floor',
      bootstrap_resamples: RESAMPLES,
      alpha: ALPHA,
      ...(outcome.sequential === null ? {} : { sequential: outcome.sequential }),
    },
    environment: m.environment,
    base: { commit: options.base.commit, ref: options.base.ref, dirty: false },
    candidate: { ...setup.candidate, ref: options.candidate?.ref ?? 'working tree' },
    base_dependencies: trees.dependencies,
    created_at: m.finishedAt.toISOString(),
  };
}

function resultsOf(m: Measured, setup: CompareSetup, options: CompareOptions): BenchmarkResults {
  const { schedule } = m.outcome;
  return {
    version: 1,
    target: m.harness.target.name,
    kind: m.harness.target.kind,
    base: { commit: options.base.commit, dirty: false },
    candidate: setup.candidate,
    started_at: setup.startedAt.toISOString(),
    finished_at: m.finishedAt.toISOString(),
    order_seed: setup.seed,
    budget_ms: m.budgetMs,
    elapsed_ms: Math.round(schedule.elapsedMs),
    metrics: m.metrics.map(({ name, unit, direction, scale }) => ({ name, unit, direction, scale })),
    blocks: schedule.blocks,
    environment: m.environment,
  };
}

/** Everything a comparison does inside its checkouts: pin the harness, run the checks, measure, write the artifacts' contents. */
async function compareInTrees(trees: ArmTrees, setup: CompareSetup, options: CompareOptions): Promise<ComparisonOutcome> {
  const harness = await pinHarness({ projectRoot: options.projectRoot, source: setup.source, candidateCommit: trees.candidateCommit, targetName: options.targetName, candidateConfig: options.config });
  const target = harness.target;
  const budgetMs = options.budgetMs ?? defaultBudgetMs(target.kind);
  await overlayPinnedHarness(harness, trees, options.projectRoot);
  setup.progress(harness.check === undefined ? 'no check command' : `running the check '${harness.check.text}' on candidate and base`);
  const { checks, tests } = await runChecks(harness, trees, options.checkTimeoutMs);
  const runner = await openRunner(target, options.projectRoot, trees, options);
  try {
    const outcome = await runPaired(runner, {
      budgetMs,
      minBlocks: options.minBlocks,
      seed: setup.seed,
      objective: options.objective ?? target.objective,
      guards: target.guards,
      checks,
      harnessEdits: harness.edited,
      now: setup.now,
      progress: setup.progress,
      resamples: RESAMPLES,
      alpha: ALPHA,
      sequential: options.sequential,
      sequentialStopAlpha: options.sequentialStopAlpha,
    });
    const environment = await options.environment();
    const described = runner.describe();
    const measured: Measured = { harness, trees, tests, budgetMs, outcome, metrics: runner.metrics, described, environment, finishedAt: setup.clock() };
    return { comparison: comparisonOf(measured, setup, options), results: resultsOf(measured, setup, options) };
  } finally {
    await runner.close();
  }
}

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
export async function compareTarget(options: CompareOptions): Promise<ComparisonOutcome> {
  const now = options.now ?? (() => performance.now());
  const clock = options.clock ?? (() => new Date());
  const progress = options.progress ?? (() => undefined);
  const fixed = options.candidate?.commit;
  const changed = fixed === undefined ? await workingChange(options.projectRoot, options.base.commit) : await commitChange(options.projectRoot, options.base.commit, fixed);
  if (changed.length === 0) {
    const what = fixed === undefined ? 'the working tree' : options.candidate?.ref ?? fixed.slice(0, 12);
    throw new InputError('no-change', `${what} is identical to the base ${options.base.ref} (${options.base.commit.slice(0, 12)}): there is nothing to compare; make the change first, or pass another --base`);
  }
  const candidate = await candidateCommit(options.projectRoot, fixed);
  const seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
  const source: HarnessSource = options.harness ?? { commit: options.base.commit, label: `the base commit ${options.base.ref} (${options.base.commit.slice(0, 12)})` };
  const setup: CompareSetup = { now, clock, progress, seed, source, candidate, startedAt: clock() };
  const worktree = fixed === undefined ? options.worktree : { ...options.worktree, candidateCommit: fixed };
  return withArmTrees(options.projectRoot, options.base.commit, (trees) => compareInTrees(trees, setup, options), worktree);
}
