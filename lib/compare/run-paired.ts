import type { MetricAnalysis } from './analyze.js';
import { analyzeBlocks } from './analyze.js';
import type { PairedRunner } from './paired-runner.js';
import { createRandom } from './random.js';
import type { ScheduleResult } from './scheduler.js';
import { runInterleaved } from './scheduler.js';
import { decideStatus, summarizeBehaviour } from './status.js';
import type { BehaviourCheck, BehaviourResult, ValidationStatus } from './status.js';
import { InputError } from '../errors.js';

/** Options of {@link runPaired}. */
export interface RunPairedOptions {
  budgetMs: number;
  /** Seed of the arm order; the bootstrap uses a stream derived from it. */
  seed: number;
  /** Overrides the runner's default objective. */
  objective?: string | undefined;
  /** Behaviour checks made before (the check command). */
  checks?: BehaviourCheck[];
  now?: () => number;
  progress?: (message: string) => void;
  resamples?: number;
  alpha?: number;
}

/** What a paired comparison found. */
export interface PairedOutcome {
  schedule: ScheduleResult;
  metrics: MetricAnalysis[];
  behaviour: BehaviourResult;
  status: ValidationStatus;
  reasons: string[];
  objective: string;
}

/**
 * Runs a prepared paired comparison: the runner's behaviour checks, warm-up, the interleaved blocks
 * within the fixed budget, the analysis and the status.
 * @param runner - a prepared runner (function, command or http)
 * @param options - budget, seed, objective
 * @returns the blocks, analysis and status
 * @throws InputError `usage` for an objective the runner does not measure
 */
export async function runPaired(runner: PairedRunner, options: RunPairedOptions): Promise<PairedOutcome> {
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
      if (block.index % 20 === 19) progress(`${block.index + 1} blocks, ${(elapsed / 1000).toFixed(1)} s`);
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
