import { randomInt } from 'node:crypto';
import { InputError } from '../errors.js';
import { git } from '../git/git.js';
import { changedSince, EXCLUDED_PATHSPEC } from '../git/snapshot.js';
import { pathInWorktree, withBaseWorktree } from '../git/worktree.js';
import { checkCommandOnBoth } from './behaviour.js';
import { openCommandPair } from './command-pair.js';
import { openFunctionPair } from './function-pair.js';
import { openHttpPair } from './http-pair.js';
import { runPaired } from './run-paired.js';
import { defaultBudgetMs } from './budget.js';
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
async function candidateCommit(projectRoot) {
    const commit = await git(['rev-parse', 'HEAD'], { cwd: projectRoot });
    const status = await git(['status', '--porcelain', '--untracked-files=normal', '--', '.', ...EXCLUDED_PATHSPEC], { cwd: projectRoot });
    return { commit, dirty: status.trim() !== '' };
}
async function openRunner(target, projectRoot, baseRoot) {
    const both = (path) => ({ base: pathInWorktree(path, projectRoot, baseRoot), candidate: path });
    switch (target.kind) {
        case 'function':
            return openFunctionPair({ files: both(target.file), fileText: target.fileText });
        case 'command':
            return openCommandPair({ argv: target.run.argv, text: target.run.text, cwd: both(target.cwd), env: target.env, timeoutMs: target.timeoutMs, warmupRuns: target.warmup });
        case 'http':
            return openHttpPair({ target, cwd: both(target.cwd) });
        default: {
            const never = target;
            return never;
        }
    }
}
/**
 * Compares the working tree (candidate) with a base commit: checks out the base in a temporary
 * worktree, runs the behaviour checks on both sides, measures base, candidate and an A/A copy of
 * the base in randomly ordered blocks for a fixed time budget, and analyses the pairs.
 * @param options - what to compare and how long
 * @returns the comparison and the raw results
 * @throws InputError `no-change` when the working tree equals the base; TargetError naming the side
 *   that cannot build, start or run
 */
export async function compareTarget(options) {
    const now = options.now ?? (() => performance.now());
    const clock = options.clock ?? (() => new Date());
    const progress = options.progress ?? (() => undefined);
    const changed = await workingChange(options.projectRoot, options.base.commit);
    if (changed.length === 0) {
        throw new InputError('no-change', `the working tree is identical to the base ${options.base.ref} (${options.base.commit.slice(0, 12)}): there is nothing to compare; make the change first, or pass another --base`);
    }
    const candidate = await candidateCommit(options.projectRoot);
    const seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
    const budgetMs = options.budgetMs ?? defaultBudgetMs(options.target.kind);
    const startedAt = clock();
    return withBaseWorktree(options.projectRoot, options.base.commit, async (worktree) => {
        const roots = { base: worktree.dir, candidate: options.projectRoot };
        const checks = [];
        if (options.check !== undefined) {
            progress(`running the check '${options.check.text}' on candidate and base`);
            checks.push(await checkCommandOnBoth(options.check, roots, options.checkTimeoutMs));
        }
        const runner = await openRunner(options.target, options.projectRoot, worktree.dir);
        try {
            const { schedule, metrics, behaviour, status, reasons, objective } = await runPaired(runner, {
                budgetMs,
                seed,
                objective: options.objective,
                checks,
                now,
                progress,
                resamples: RESAMPLES,
                alpha: ALPHA,
            });
            const objectiveMetric = metrics.find((m) => m.objective);
            const environment = await options.environment();
            const described = runner.describe();
            const finishedAt = clock();
            const base = { commit: options.base.commit, ref: options.base.ref, dirty: false };
            const comparison = {
                version: 1,
                target: options.target.name,
                kind: options.target.kind,
                validation_status: status,
                status_reasons: reasons,
                objective: { metric: objective, direction: objectiveMetric?.direction ?? 'lower' },
                metrics,
                noise_floor: {
                    method: 'A/A calibration: a second copy of the base measured in every block; floor = the farther end of the 95% interval of its effect, at least the minimum',
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
                    time_budget_ms: budgetMs,
                    elapsed_ms: Math.round(schedule.elapsedMs),
                    order_seed: seed,
                    estimator: '20% trimmed mean of the per-pair log ratios (differences for rates), percentile bootstrap of the blocks',
                    bootstrap_resamples: RESAMPLES,
                    alpha: ALPHA,
                },
                environment,
                base,
                candidate: { ...candidate, ref: 'working tree' },
                base_dependencies: worktree.dependencies,
                created_at: finishedAt.toISOString(),
            };
            const results = {
                version: 1,
                target: options.target.name,
                kind: options.target.kind,
                base: { commit: base.commit, dirty: false },
                candidate,
                started_at: startedAt.toISOString(),
                finished_at: finishedAt.toISOString(),
                order_seed: seed,
                budget_ms: budgetMs,
                elapsed_ms: Math.round(schedule.elapsedMs),
                metrics: runner.metrics.map(({ name, unit, direction, scale }) => ({ name, unit, direction, scale })),
                blocks: schedule.blocks,
                environment,
            };
            return { comparison, results };
        }
        finally {
            await runner.close();
        }
    }, options.worktree);
}
