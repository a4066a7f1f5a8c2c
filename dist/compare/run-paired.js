import { analyzeBlocks } from './analyze.js';
import { createRandom } from './random.js';
import { runInterleaved } from './scheduler.js';
import { decideStatus, summarizeBehaviour } from './status.js';
import { InputError } from '../errors.js';
/**
 * Runs a prepared paired comparison: the runner's behaviour checks, warm-up, the interleaved blocks
 * within the fixed budget, the analysis and the status.
 * @param runner - a prepared runner (function, command or http)
 * @param options - budget, seed, objective
 * @returns the blocks, analysis and status
 * @throws InputError `usage` for an objective the runner does not measure
 */
export async function runPaired(runner, options) {
    const progress = options.progress ?? (() => undefined);
    const objective = options.objective ?? runner.objective;
    if (!runner.metrics.some((m) => m.name === objective)) {
        throw new InputError('usage', `objective '${objective}' is not measured for this target; use one of ${runner.metrics.map((m) => m.name).join(', ')}`);
    }
    const checks = [...(options.checks ?? []), ...(await runner.behaviour())];
    progress('warming up');
    await runner.warmup();
    progress(`measuring for ${(options.budgetMs / 1000).toFixed(0)} s`);
    const schedule = await runInterleaved({
        budgetMs: options.budgetMs,
        random: createRandom(options.seed),
        now: options.now ?? (() => performance.now()),
        runTrial: (arm, block) => runner.trial(arm, block),
        onBlock: (block, elapsed) => {
            if (block.index % 20 === 19)
                progress(`${block.index + 1} blocks, ${(elapsed / 1000).toFixed(1)} s`);
        },
    });
    const metrics = analyzeBlocks(schedule.blocks, {
        metrics: runner.metrics,
        objective,
        random: createRandom((options.seed ^ 0x5bd1e995) >>> 0),
        alpha: options.alpha,
        resamples: options.resamples,
    });
    const behaviour = summarizeBehaviour(checks);
    const { status, reasons } = decideStatus(metrics, behaviour);
    return { schedule, metrics, behaviour, status, reasons, objective };
}
