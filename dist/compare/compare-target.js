import { randomInt } from 'node:crypto';
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import { git } from '../git/git.js';
import { commitChange } from '../git/refs.js';
import { changedSince, EXCLUDED_PATHSPEC } from '../git/snapshot.js';
import { pathInWorktree, withArmTrees } from '../git/worktree.js';
import { defaultBudgetMs } from './budget.js';
import { runChecks } from './check-command.js';
import { openCommandPair } from './command-pair.js';
import { openFunctionPair } from './function-pair.js';
import { openSharedProcessFunctionPair } from './function-shared-pair.js';
import { harnessDifferences, overlayHarness, pinHarness } from './harness.js';
import { openHttpPair } from './http-pair.js';
import { openPagePair } from './page-pair.js';
import { runPaired } from './run-paired.js';
const RESAMPLES = 4000;
const ALPHA = 0.05;
const MINIMUM_FLOOR = 0.01;
/**
 * Tells whether the working tree differs from a commit (perfflow's own run state excluded).
 * @param projectRoot - repository root
 * @param commit - the base commit
 * @returns the changed paths
 */
export async function workingChange(projectRoot, commit) {
    return (await changedSince(projectRoot, commit)).map((f) => f.path);
}
async function candidateCommit(projectRoot, fixed) {
    if (fixed !== undefined)
        return { commit: fixed, dirty: false };
    const commit = await git(['rev-parse', 'HEAD'], { cwd: projectRoot });
    const status = await git(['status', '--porcelain', '--untracked-files=normal', '--', '.', ...EXCLUDED_PATHSPEC], { cwd: projectRoot });
    return { commit, dirty: status.trim() !== '' };
}
function perArm(path, projectRoot, trees) {
    return { base: pathInWorktree(path, projectRoot, trees.base), candidate: pathInWorktree(path, projectRoot, trees.candidate), 'base-aa': pathInWorktree(path, projectRoot, trees['base-aa']) };
}
async function openRunner(target, projectRoot, trees, options) {
    switch (target.kind) {
        case 'function': {
            const cwd = { base: trees.base, candidate: trees.candidate, 'base-aa': trees['base-aa'] };
            if (options.functionDesign === 'shared-process')
                return openSharedProcessFunctionPair({ files: perArm(target.file, projectRoot, trees), fileText: target.fileText });
            return openFunctionPair({ files: perArm(target.file, projectRoot, trees), cwd, fileText: target.fileText, ...options.functionTrials });
        }
        case 'command':
            return openCommandPair({ argv: target.run.argv, text: target.run.text, cwd: perArm(target.cwd, projectRoot, trees), env: target.env, timeoutMs: target.timeoutMs, warmupRuns: target.warmup });
        case 'http':
            return openHttpPair({ target, cwd: perArm(target.cwd, projectRoot, trees) });
        case 'page':
            return openPagePair({ target, cwd: perArm(target.cwd, projectRoot, trees) });
        default: {
            const never = target;
            return never;
        }
    }
}
function pinnedParts(harness, projectRoot) {
    const target = harness.target;
    const parts = [`the target's entry in perfflow.config.yaml (${target.name})`];
    if (target.kind === 'function')
        parts.push(`the task module ${relative(projectRoot, target.file)}`);
    if (harness.check !== undefined)
        parts.push(`the check command '${harness.check.text}' and its test files`);
    return parts;
}
/**
 * Measures every checkout through the pinned harness: the candidate's own edits to it are put back,
 * and the base gets what was pinned after its commit (in a run, at the baseline).
 */
async function overlayPinnedHarness(harness, trees, projectRoot) {
    await overlayHarness(trees.candidate, harness, harness.measureOverlay);
    const baseDiff = await harnessDifferences(projectRoot, harness, trees.baseCommit);
    for (const arm of ['base', 'base-aa'])
        await overlayHarness(trees[arm], harness, [...baseDiff.measure, ...baseDiff.test]);
}
function comparisonOf(m, setup, options) {
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
            estimator: '20% trimmed mean of the per-block log ratios (differences for rates) of the candidate against the mean of both copies of the base, expanded percentile bootstrap of the blocks (wider for few blocks); improved or regressed only when it differs significantly from each copy alone (intersection-union test; the objective at alpha, the guards Holm-adjusted among themselves) and beyond the floor',
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
function resultsOf(m, setup, options) {
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
async function compareInTrees(trees, setup, options) {
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
        const measured = { harness, trees, tests, budgetMs, outcome, metrics: runner.metrics, described, environment, finishedAt: setup.clock() };
        return { comparison: comparisonOf(measured, setup, options), results: resultsOf(measured, setup, options) };
    }
    finally {
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
export async function compareTarget(options) {
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
    const source = options.harness ?? { commit: options.base.commit, label: `the base commit ${options.base.ref} (${options.base.commit.slice(0, 12)})` };
    const setup = { now, clock, progress, seed, source, candidate, startedAt: clock() };
    const worktree = fixed === undefined ? options.worktree : { ...options.worktree, candidateCommit: fixed };
    return withArmTrees(options.projectRoot, options.base.commit, (trees) => compareInTrees(trees, setup, options), worktree);
}
