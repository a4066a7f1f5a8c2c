import type { Arm, MetricSpec } from '../../lib/compare/analyze.js';
import type { PairedRunner } from '../../lib/compare/paired-runner.js';
import { createRandom } from '../../lib/compare/random.js';
import type { Random } from '../../lib/compare/random.js';

/**
 * A normal deviate (Box-Muller) from the seeded generator.
 * @param random - the generator
 * @returns a standard normal deviate
 */
export function gauss(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const TIME: MetricSpec = { name: 'time', unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01 };

/**
 * A synthetic runner: every trial takes 10 ms of an injected clock; the candidate's value of each
 * metric is its ratio times the base's, with multiplicative normal noise of the given size per
 * trial (no real measuring). The objective is `time`; every other metric is a guard.
 * @param ratios - the candidate's true ratio per metric
 * @param noise - the log noise per metric
 * @param seed - seed of the noise
 * @param copy - the A/A copy's true ratio (1: an honest copy)
 * @returns the runner and its clock
 */
export function syntheticRunner(ratios: Record<string, number>, noise: Record<string, number>, seed: number, copy = 1): { runner: PairedRunner; now: () => number } {
  let t = 0;
  const random = createRandom(seed);
  const metrics = Object.keys(ratios).map((name) => (name === 'time' ? TIME : { ...TIME, name }));
  const runner: PairedRunner = {
    metrics,
    objective: 'time',
    behaviour: () => Promise.resolve([]),
    warmup: () => Promise.resolve(),
    trial: (arm: Arm) => {
      t += 10;
      const values: Record<string, number> = {};
      for (const m of metrics) values[m.name] = 1000 * (arm === 'candidate' ? (ratios[m.name] ?? 1) : arm === 'base-aa' ? copy : 1) * Math.exp((noise[m.name] ?? 0) * gauss(random));
      return Promise.resolve(values);
    },
    findings: () => [],
    settled: () => false,
    describe: () => ({ unit: 'synthetic', processes_per_side: null, iterations: {} }),
    close: () => Promise.resolve(),
  };
  return { runner, now: () => t };
}
