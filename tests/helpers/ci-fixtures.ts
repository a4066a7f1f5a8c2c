import { analyzeBlocks } from '../../lib/compare/analyze.js';
import type { Block, MetricSpec } from '../../lib/compare/analyze.js';
import { createRandom } from '../../lib/compare/random.js';
import type { ComparedMetric, PerformanceComparison } from '../../lib/contracts/performance-comparison.js';

/** The time metric of a synthetic function target. */
export const TIME: MetricSpec = { name: 'time/run', unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01 };

/**
 * Blocks where the candidate takes `ratio` times the base's time, with seeded multiplicative noise
 * of +-`noise` (log units) on every arm: a known truth for the gate.
 * @param count - blocks
 * @param ratio - the candidate's true ratio
 * @param noise - half-width of the log noise
 * @param seed - seed of the noise
 * @returns the blocks
 */
export function syntheticBlocks(count: number, ratio: number, noise: number, seed: number): Block[] {
  const random = createRandom(seed);
  const jitter = (): number => Math.exp((random() - 0.5) * 2 * noise);
  return Array.from({ length: count }, (_, index) => ({
    index,
    order: ['base', 'candidate', 'base-aa'],
    values: { base: { 'time/run': 1000 * jitter() }, candidate: { 'time/run': 1000 * ratio * jitter() }, 'base-aa': { 'time/run': 1000 * jitter() } },
  }));
}

/**
 * The analysed metric of synthetic blocks, as a comparison carries it.
 * @param blocks - the blocks
 * @returns the metric
 */
export function analysed(blocks: readonly Block[]): ComparedMetric {
  const [metric] = analyzeBlocks(blocks, { metrics: [TIME], objective: TIME.name, random: createRandom(7), resamples: 2000 });
  if (metric === undefined) throw new Error('no metric analysed');
  return metric;
}

/**
 * A comparison as the engine returns it, around given metrics.
 * @param target - the target name
 * @param metrics - its metrics
 * @param failedChecks - names of behaviour checks the candidate failed
 * @returns the comparison
 */
export function comparisonOf(target: string, metrics: ComparedMetric[], failedChecks: string[] = []): PerformanceComparison {
  const checks = failedChecks.map((name) => ({ name, kind: 'function-return' as const, status: 'failed' as const, detail: 'the candidate returned 7, the base 6' }));
  return {
    version: 2,
    target,
    kind: 'function',
    validation_status: 'inconclusive',
    status_reasons: [],
    objective: { metric: metrics[0]?.name ?? 'time/run', direction: 'lower' },
    metrics,
    guards: [],
    harness: { source: { commit: 'a'.repeat(40), label: 'base' }, pinned: [], edited: [], added: [], tests_on_candidate: 'none' },
    noise_floor: { method: 'A/A', minimum: 0.01, objective: 0.01 },
    behaviour: { passed: checks.length > 0 ? false : true, checks },
    design: { pairs: metrics[0]?.pairs ?? 0, trials_per_side: 0, processes_per_side: 1, unit: 'process', iterations: {}, invalid_trials: 0, time_budget_ms: 1000, elapsed_ms: 1000, stopped_by: 'budget', arms: 'three', order_seed: 1, estimator: 'trimmed mean', bootstrap_resamples: 2000, alpha: 0.05 },
    environment: {},
    base: { commit: 'a'.repeat(40), dirty: false },
    candidate: { commit: 'b'.repeat(40), dirty: false },
    base_dependencies: 'none',
    created_at: '2026-01-01T00:00:00.000Z',
  };
}

/**
 * A metric with chosen figures (for tests of one rule at a time).
 * @param figures - the figures that differ from a clean regression of 2x
 * @returns the metric
 */
export function metricWith(figures: Partial<ComparedMetric>): ComparedMetric {
  return {
    name: 'time/run',
    unit: 'ns/op',
    direction: 'lower',
    scale: 'log',
    objective: true,
    base: 1000,
    candidate: 2000,
    effect: 2,
    ci95: [1.9, 2.1],
    ci95_each: [[1.85, 2.15], [1.88, 2.12]],
    p: 0.001,
    p_adjusted: 0.001,
    noise_floor: 0.02,
    noise_floor_measured: 0.005,
    pairs: 12,
    verdict: 'regressed',
    role: 'objective',
    tolerance: null,
    load: null,
    ...figures,
  };
}

/** The documented shape of Bencher Metric Format JSON (bencher.dev reference), as a JSON Schema. */
export const BMF_SCHEMA = {
  type: 'object',
  patternProperties: {
    '.+': {
      type: 'object',
      minProperties: 1,
      patternProperties: {
        '^.{1,64}$': {
          type: 'object',
          properties: { value: { type: 'number' }, lower_value: { type: 'number' }, upper_value: { type: 'number' } },
          required: ['value'],
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
  },
};

/**
 * Two command targets that sleep: cheap to run (a shell and `sleep`, no Node start-up) and, being
 * wall-clock waits, barely touched by a busy machine, so a planted 2x regression is decided in a
 * few blocks. The change of a pull request is what `sleep` waits in api.sh or build.sh.
 */
export const SLEEP_CONFIG = `targets:
  api:
    command:
      run: [sh, api.sh]
      runs: 2
      warmup: 0
  build:
    command:
      run: [sh, build.sh]
      runs: 2
      warmup: 0
`;

/**
 * A shell script that waits.
 * @param seconds - how long
 * @returns the script
 */
export const sleeps = (seconds: number): string => `sleep ${seconds}\n`;
