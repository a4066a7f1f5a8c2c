import { existsSync } from 'node:fs';
import { TargetError } from '../errors.js';
import type { MetricSpec } from './analyze.js';
import { openFunctionHarness } from './function-harness.js';
import type { PairedRunner } from './paired-runner.js';
import type { BehaviourCheck } from './status.js';

// The design perfflow measured and did not keep: every arm's task module in one process, batches
// interleaved through one call site. Kept only so that `npm run bench:trust` can put its A/A
// false-alarm rate beside the process-per-trial design's (lib/compare/function-pair.ts); the
// product never uses it. Arms in one process share a heap, a garbage collector and JIT state.

/** Options of {@link openSharedProcessFunctionPair}. */
export interface SharedProcessFunctionPairOptions {
  /** Absolute path of the task module in each arm's checkout. */
  files: { base: string; candidate: string; 'base-aa': string };
  /** The module path as the config wrote it, for messages. */
  fileText: string;
  /** Target duration of one batch (default 1 ms). */
  batchMs?: number;
  /** Batches per trial; the trial's value is their median (default 5). */
  parts?: number;
  /** Untimed batches per arm and task before measuring (default 10). */
  warmupBatches?: number;
}

/**
 * Prepares a function target for a paired comparison in one shared child process (benchmark use
 * only): the three arms' task modules, each from its own checkout, loaded side by side; every batch
 * goes through one call site. A metric `time/<task>` (ns per call) per task.
 * @param options - the three files, batch length
 * @returns the runner
 * @throws TargetError `module-failed` naming the side whose module is missing or does not load
 */
export async function openSharedProcessFunctionPair(options: SharedProcessFunctionPairOptions): Promise<PairedRunner> {
  const files = options.files;
  for (const side of ['base', 'candidate'] as const) {
    if (!existsSync(files[side])) throw new TargetError('module-failed', `${side} side: the task module ${options.fileText} does not exist at the ${side === 'base' ? 'base commit' : 'working tree'}`);
  }
  const harness = await openFunctionHarness(files);
  const iterations: Record<string, number> = {};
  const batchMs = options.batchMs ?? 1;
  const parts = options.parts ?? 5;
  const metrics: MetricSpec[] = harness.tasks.map((task) => ({ name: `time/${task}`, unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: 'one call at a time' }));
  return {
    metrics,
    objective: metrics[0]?.name ?? 'time',
    behaviour: async () =>
      (await harness.returns()).map((r): BehaviourCheck => ({ name: `return value of ${r.task}`, kind: 'function-return', status: r.equal ? 'passed' : 'failed', detail: r.equal ? 'deep-equal' : `base returned ${r.base}, the candidate ${r.candidate}` })),
    warmup: async () => {
      // Calibrate, warm every arm until the JIT has settled, then calibrate again: the first
      // calibration runs unoptimised code and would size batches for code several times slower than what is measured.
      for (let round = 0; round < 2; round += 1) {
        for (const task of harness.tasks) iterations[task] = await harness.calibrate(task, batchMs);
        for (let i = 0; i < (options.warmupBatches ?? 10); i += 1) {
          for (const task of harness.tasks) {
            for (const arm of ['base', 'candidate', 'base-aa'] as const) await harness.batch(arm, task, iterations[task] ?? 1);
          }
        }
      }
    },
    trial: async (arm) => {
      // A trial is the median of a few short batches: on a shared machine a batch that the OS
      // preempted is an outlier, and the median drops it where one long batch would absorb it.
      const values: Record<string, number> = {};
      for (const task of harness.tasks) {
        const n = iterations[task] ?? 1;
        const times: number[] = [];
        for (let i = 0; i < parts; i += 1) times.push((await harness.batch(arm, task, n)) / n);
        times.sort((a, b) => a - b);
        values[`time/${task}`] = times[Math.floor(parts / 2)] ?? Number.NaN;
      }
      return values;
    },
    findings: () => [],
    settled: () => false,
    describe: () => ({ unit: `median of ${parts} batches of about ${batchMs} ms per trial, every arm in one process through one call site`, processes_per_side: null, iterations: { ...iterations } }),
    close: () => {
      harness.close();
      return Promise.resolve();
    },
  };
}
