import { analyzeBlocks } from './analyze.js';
import { createRandom } from './random.js';
import { MIN_BLOCKS, runInterleaved } from './scheduler.js';
import { createSequentialMonitor } from './sequential.js';
import { decideStatus, summarizeBehaviour } from './status.js';
import { InputError } from '../errors.js';
/**
 * The default tolerance of a guard metric when the config names none: memory (a server's peak RSS,
 * a page's JS heap) may grow 10% (faster code often holds a little more), everything else may not get worse beyond the noise floor.
 * @param spec - the metric
 * @returns the tolerance on the metric's scale
 */
export function defaultTolerance(spec) {
    return spec.name === 'max_rss' || spec.name === 'js_heap' ? 0.1 : 0;
}
/**
 * Runs a prepared paired comparison: the runner's behaviour checks, warm-up, the interleaved blocks
 * within the fixed budget, the findings of the trials, the analysis and the status.
 * @param runner - a prepared runner (function, command or http)
 * @param options - budget, seed, objective, guards
 * @returns the blocks, analysis and status
 * @throws InputError `usage` for an objective or guard the runner does not measure
 */
export async function runPaired(runner, options) {
    const progress = options.progress ?? (() => undefined);
    const objective = options.objective ?? runner.objective;
    const known = runner.metrics.map((m) => m.name).join(', ');
    if (!runner.metrics.some((m) => m.name === objective)) {
        throw new InputError('usage', `objective '${objective}' is not measured for this target; use one of ${known}`);
    }
    for (const name of Object.keys(options.guards ?? {})) {
        if (!runner.metrics.some((m) => m.name === name))
            throw new InputError('invalid-config', `guard '${name}' is not measured for this target; guards can name ${known}`);
    }
    const checks = [...(options.checks ?? []), ...(await runner.behaviour())];
    progress('warming up');
    await runner.warmup();
    // After the warm-up: a runner may only then know the load its figures are taken under.
    const metrics = runner.metrics.map((spec) => ({ ...spec, tolerance: options.guards?.[spec.name] ?? defaultTolerance(spec) }));
    progress(`measuring for ${(options.budgetMs / 1000).toFixed(0)} s${options.sequential === true ? ' at most (sequential design)' : ''}`);
    const analyse = (blocks, seed, objectiveAlpha) => analyzeBlocks(blocks, { metrics, objective, random: createRandom(seed), alpha: options.alpha, objectiveAlpha, resamples: options.resamples });
    const baseSeed = (options.seed ^ 0x5bd1e995) >>> 0;
    const monitor = options.sequential === true
        ? createSequentialMonitor({
            budgetMs: options.budgetMs,
            minBlocks: options.minBlocks ?? MIN_BLOCKS,
            alpha: options.alpha ?? 0.05,
            stopAlpha: options.sequentialStopAlpha?.(metrics.length),
            resamples: options.resamples ?? 4000,
            // Every look draws its own seeded bootstrap stream: the rule is a function of the data and the schedule alone.
            analyse: (blocks, objectiveAlpha, look) => analyse(blocks, (baseSeed + look * 0x9e3779b9) >>> 0, objectiveAlpha),
        })
        : null;
    const schedule = await runInterleaved({
        budgetMs: options.budgetMs,
        ...(options.minBlocks === undefined ? {} : { minBlocks: options.minBlocks }),
        random: createRandom(options.seed),
        now: options.now ?? (() => performance.now()),
        runTrial: (arm, block) => runner.trial(arm, block),
        settled: () => runner.settled(),
        onBlock: (block, elapsed) => {
            if (block.index % 20 === 19)
                progress(`${block.index + 1} blocks, ${(elapsed / 1000).toFixed(1)} s`);
        },
        ...(monitor === null ? {} : { look: monitor.look }),
    });
    // A stopped look's analysis is the final one (what decided is what is reported); otherwise the
    // final analysis tests the objective at the level the looks taken left over.
    const stopped = monitor?.stopped() ?? null;
    const objectiveAlpha = stopped?.alpha ?? monitor?.finalAlpha(schedule.elapsedMs);
    const analysed = stopped?.metrics ?? analyse(schedule.blocks, baseSeed, objectiveAlpha);
    const behaviour = summarizeBehaviour([...checks, ...runner.findings()]);
    const { status, reasons, guards } = decideStatus(analysed, behaviour, options.harnessEdits ?? [], objectiveAlpha ?? options.alpha);
    return { schedule, metrics: analysed, behaviour, status, reasons, guards, objective, sequential: monitor?.record() ?? null };
}
