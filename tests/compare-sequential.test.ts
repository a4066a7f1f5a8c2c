import { afterAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bootstrapMean } from '../lib/compare/bootstrap.js';
import type { Block, MetricAnalysis } from '../lib/compare/analyze.js';
import { normalCdf } from '../lib/compare/distributions.js';
import { createRandom } from '../lib/compare/random.js';
import { runPaired } from '../lib/compare/run-paired.js';
import type { PairedOutcome } from '../lib/compare/run-paired.js';
import { createSequentialMonitor, smallestP } from '../lib/compare/sequential.js';
import { boundaries, obrienFlemingSpent } from '../lib/compare/spending.js';
import { PerformanceComparisonSchema } from '../lib/contracts/performance-comparison.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { perfflow } from './helpers/cli.js';
import { gauss, syntheticRunner } from './helpers/synthetic-runner.js';
import { tempRepo, writeFile } from './helpers/temp-repo.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Phi by Simpson integration of the normal density from 0: a second method beside the erfc fit of distributions.ts. */
function phiBySimpson(z: number): number {
  const steps = 2000;
  const h = z / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i += 1) {
    const x = i * h;
    const w = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += w * Math.exp(-0.5 * x * x);
  }
  return 0.5 + ((h / 3) * sum) / Math.sqrt(2 * Math.PI);
}

/** A z-test (unit variance known) of the mean of per-block effects, as an objective's analysis. */
function zAnalysis(effects: readonly number[], alpha: number): MetricAnalysis {
  const mean = effects.reduce((a, b) => a + b, 0) / effects.length;
  const p = 2 * (1 - normalCdf(Math.abs(mean) * Math.sqrt(effects.length)));
  const verdict = p < alpha ? (mean < 0 ? 'improved' : 'regressed') : 'inconclusive';
  return { name: 'time', unit: 'ns/op', direction: 'lower', scale: 'log', objective: true, base: 1, candidate: 1, effect: Math.exp(mean), ci95: null, ci95_each: null, p, p_adjusted: p, noise_floor: 0, noise_floor_measured: null, pairs: effects.length, verdict, role: 'objective', tolerance: null, load: null };
}

/** One comparison over 40 blocks of 30 ms (looks due after blocks 20 and 30), fixed or sequential. */
function compare(ratios: Record<string, number>, noise: Record<string, number>, seed: number, sequential: boolean, resamples = 2000): Promise<PairedOutcome> {
  const { runner, now } = syntheticRunner(ratios, noise, seed);
  return runPaired(runner, { budgetMs: 1200, seed, now, sequential, resamples, alpha: 0.05 });
}

describe("the O'Brien-Fleming-type spending and its boundaries", () => {
  test('spend the published amounts: about 0.0056 by half the information and 0.05 at the end', () => {
    // 2 - 2 Phi(1.959964 / sqrt(t)), Phi checked by a second method.
    expect(obrienFlemingSpent(0.5, 0.05)).toBeCloseTo(2 - 2 * phiBySimpson(1.959964 / Math.sqrt(0.5)), 6);
    expect(obrienFlemingSpent(0.5, 0.05)).toBeCloseTo(0.00557, 4);
    expect(obrienFlemingSpent(0.25, 0.05)).toBeCloseTo(2 - 2 * phiBySimpson(1.959964 / 0.5), 7);
    expect(obrienFlemingSpent(1, 0.05)).toBe(0.05);
    expect(obrienFlemingSpent(0, 0.05)).toBe(0);
  });

  test.each([
    [[0.5, 1], [2.7718, 1.9793]],
    [[1 / 3, 2 / 3, 1], [3.3948, 2.4067, 2.0152]],
  ])('looks at %j keep the overall level at 0.05, as a seeded simulation of the correlated statistics confirms', (fractions, z) => {
    const b = boundaries(fractions, 0.05, true);
    b.forEach((look, i) => {
      expect(look.z).toBeCloseTo(z[i] ?? 0, 3);
    });
    // The final look keeps a nominal level near 0.05 (the looks share data), far above the 0.05 - spent a Bonferroni split would leave.
    expect(b.at(-1)?.nominal ?? 0).toBeGreaterThan(0.05 - obrienFlemingSpent(fractions.at(-2) ?? 0, 0.05));
    const random = createRandom(11);
    const runs = 100_000;
    let crossed = 0;
    for (let r = 0; r < runs; r += 1) {
      let s = 0;
      let previous = 0;
      for (const [i, t] of fractions.entries()) {
        s += Math.sqrt(t - previous) * gauss(random);
        previous = t;
        if (Math.abs(s / Math.sqrt(t)) >= (b[i]?.z ?? Infinity)) {
          crossed += 1;
          break;
        }
      }
    }
    expect(Math.abs(crossed / runs - 0.05)).toBeLessThan(0.0025);
  });

  test('the smallest attainable bootstrap p is what five blocks all on one side give, so no strict early look can stop on them', () => {
    const p = bootstrapMean([0.1, 0.12, 0.09, 0.11, 0.1], createRandom(3), 4000, 0.2, true).p;
    expect(p).toBeCloseTo(smallestP(5, 4000), 6);
    expect(smallestP(5, 4000)).toBeCloseTo(0.0358, 3);
    expect(smallestP(14, 4000)).toBeLessThan(obrienFlemingSpent(0.5, 0.05));
    expect(smallestP(13, 4000)).toBeGreaterThan(obrienFlemingSpent(0.5, 0.05));
  });
});

describe('the sequential comparison', () => {
  test('a simulated A/A through the monitor keeps its false alarms at 0.05, where testing every look at 0.05 gives twice as many', () => {
    // The design's logic (looks by the clock, spending, exact boundaries, the level left for the
    // final analysis) on 40000 null comparisons of 40 blocks with a z-test for the analysis; the
    // bootstrap's own small-sample p-values are simulated in bench/sequential.bench.mjs.
    const runs = 40_000;
    const random = createRandom(17);
    let sequential = 0;
    let naive = 0;
    for (let r = 0; r < runs; r += 1) {
      const effects: number[] = [];
      const blocks: Block[] = [];
      const analyse = (n: number, alpha: number): MetricAnalysis[] => [zAnalysis(effects.slice(0, n), alpha)];
      const monitor = createSequentialMonitor({ budgetMs: 1200, minBlocks: 5, alpha: 0.05, resamples: 1e6, analyse: (b, alpha) => analyse(b.length, alpha) });
      let stopped = false;
      for (let k = 0; k < 40 && !stopped; k += 1) {
        effects.push(gauss(random));
        blocks.push({ index: k, order: ['base', 'candidate', 'base-aa'], values: { base: {}, candidate: {}, 'base-aa': {} } });
        stopped = monitor.look(blocks, 30 * (k + 1));
      }
      if (stopped || zAnalysis(effects, monitor.finalAlpha(1200)).verdict !== 'inconclusive') sequential += 1;
      if ([20, 30, 40].some((n) => zAnalysis(effects.slice(0, n), 0.05).verdict !== 'inconclusive')) naive += 1;
    }
    // Within two standard errors of 0.05 (0.0011 for 40000 runs): neither above nor wastefully below.
    expect(Math.abs(sequential / runs - 0.05)).toBeLessThan(2 * Math.sqrt((0.05 * 0.95) / runs));
    expect(naive / runs).toBeGreaterThan(0.09);
  });

  test('a large effect stops at the first look whose block count can cross the boundary, and says so', async () => {
    const outcome = await compare({ time: 0.5, other: 1 }, { time: 0.05, other: 0.05 }, 5, true);
    expect(outcome.schedule.stoppedBy).toBe('sequential');
    expect(outcome.schedule.blocks).toHaveLength(20);
    expect(outcome.sequential?.stopped_at).toMatchObject({ block: 20, look: 1 });
    expect(outcome.sequential?.looks[0]?.nominal_alpha).toBeCloseTo(0.00557, 4);
    expect(outcome.status).toBe('pass');
    // The same data without the design run the whole budget to the same verdict.
    const fixed = await compare({ time: 0.5, other: 1 }, { time: 0.05, other: 0.05 }, 5, false);
    expect(fixed.schedule.blocks).toHaveLength(40);
    expect(fixed.status).toBe('pass');
  });

  test.each([7, 8])('an early stop never turns a guard regression that is not yet significant into a pass (seed %i)', async (seed) => {
    // The objective halves; the guard gets 20% worse under noise too wide to call it at the first look.
    const fixed = await compare({ time: 0.5, other: 1.2 }, { time: 0.05, other: 0.3 }, seed, false);
    expect(fixed.status).not.toBe('pass');
    const outcome = await compare({ time: 0.5, other: 1.2 }, { time: 0.05, other: 0.3 }, seed, true);
    expect(outcome.status).not.toBe('pass');
    expect(outcome.sequential?.looks[0]?.reason).toContain('guards are not settled: other');
  });

  test('stops by a rule that is a function of the data and the schedule alone', async () => {
    const a = await compare({ time: 0.8 }, { time: 0.3 }, 21, true);
    const b = await compare({ time: 0.8 }, { time: 0.3 }, 21, true);
    expect(b.sequential).toEqual(a.sequential);
    expect(b.metrics).toEqual(a.metrics);
    expect(a.sequential?.looks.map((l) => l.blocks)).toEqual([20, 30].slice(0, a.sequential?.looks.length));
  });
});

describe('perfflow compare --sequential', () => {
  test('records the pre-registered design and its looks in a comparison that matches its schema, and prints them', () => {
    const spin = (ms: number): string => `const t = performance.now(); while (performance.now() - t < ${ms}) {}\n`;
    const root = tempRepo({ 'perfflow.config.yaml': 'targets:\n  cli:\n    command:\n      run: node work.mjs\n', 'work.mjs': spin(40) });
    made.push(root);
    writeFile(root, 'work.mjs', spin(4));
    const out = join(root, 'comparison.json');
    const result = perfflow(root, ['compare', 'cli', '--sequential', '--budget', '2', '--seed', '5', '--out', out]);
    expect([0, 1, 3]).toContain(result.code);
    const comparison: unknown = JSON.parse(readFileSync(out, 'utf8'));
    expect(schemaProblem(PerformanceComparisonSchema, comparison)).toBeNull();
    const design = (comparison as { design: { sequential?: { fractions: number[]; stopped_early: boolean }; stopped_by: string } }).design;
    expect(design.sequential?.fractions).toEqual([0.5, 0.75]);
    expect(design.stopped_by === 'sequential').toBe(design.sequential?.stopped_early);
    expect(result.stdout).toMatch(/sequential design: (stopped early at block \d+ \(look \d of the pre-registered schedule\)|ran to the end of the budget)/);
  }, 60_000);
});
