import { existsSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { decideGate } from '../lib/ci/gate.js';
import type { TargetRun } from '../lib/ci/gate.js';
import { renderCiMarkdown } from '../lib/ci/ci-markdown.js';
import { expectedMetricCount, stopLevel } from '../lib/ci/run-ci.js';
import { openCommandPair } from '../lib/compare/command-pair.js';
import { normalCdf } from '../lib/compare/distributions.js';
import { holmAdjust } from '../lib/compare/holm.js';
import { createRandom } from '../lib/compare/random.js';
import { runPaired } from '../lib/compare/run-paired.js';
import type { PairedOutcome } from '../lib/compare/run-paired.js';
import { designPValues, sequentialP } from '../lib/compare/sequential-p.js';
import type { ObservedLook } from '../lib/compare/sequential-p.js';
import { boundaries } from '../lib/compare/spending.js';
import { CiResultSchema } from '../lib/contracts/ci-result.js';
import type { CiResult } from '../lib/contracts/ci-result.js';
import type { PerformanceComparison } from '../lib/contracts/performance-comparison.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { parseConfig } from '../lib/config/load.js';
import { comparisonOf } from './helpers/ci-fixtures.js';
import { gauss, syntheticRunner } from './helpers/synthetic-runner.js';

/** Whether the design at level `a` rejects at one of the observed looks: the definition, straight from the boundaries. */
function rejectsAt(looks: readonly ObservedLook[], final: boolean, a: number): boolean {
  const b = boundaries(
    looks.map((l) => l.fraction),
    a,
    final,
  );
  return looks.some((l, j) => l.p !== null && l.p < (b[j]?.nominal ?? 0));
}

/** One synthetic comparison over 40 blocks of 30 ms (looks due after blocks 20 and 30). */
function compare(ratios: Record<string, number>, noise: Record<string, number>, seed: number, sequential: boolean, stopAlpha?: number): Promise<PairedOutcome> {
  const { runner, now } = syntheticRunner(ratios, noise, seed);
  return runPaired(runner, { budgetMs: 1200, seed, now, sequential, resamples: 2000, alpha: 0.05, ...(stopAlpha === undefined ? {} : { sequentialStopAlpha: () => stopAlpha }) });
}

/** The comparison the gate receives for a synthetic outcome. */
function comparisonFrom(name: string, outcome: PairedOutcome): PerformanceComparison {
  const c = comparisonOf(name, outcome.metrics);
  return { ...c, design: { ...c.design, pairs: outcome.schedule.blocks.length, time_budget_ms: 1200, elapsed_ms: outcome.schedule.elapsedMs, ...(outcome.sequential === null ? {} : { sequential: outcome.sequential }) } };
}

function run(name: string, outcome: PairedOutcome, threshold = 0.05): TargetRun {
  return { name, settings: { threshold, informational: false }, accepted: null, result: { kind: 'compared', comparison: comparisonFrom(name, outcome), comparisonFile: null } };
}

describe("the design's p-value", () => {
  test('equals the fixed-budget p when no interim look was taken', () => {
    expect(sequentialP([{ fraction: 1, p: 0.0123 }], true)).toBe(0.0123);
    expect(designPValues(undefined, [{ role: 'objective', p: 0.02 }, { role: 'guard', p: null }])).toEqual([0.02, null]);
    // Both looks skipped (too few blocks to reach a boundary): the record's final analysis alone.
    const course = { looks: [{ look: 1, fraction: 0.5, p: null, outcome: 'skipped' as const }, { look: 2, fraction: 0.75, p: null, outcome: 'skipped' as const }], stopped_at: null, final_fraction: 1 };
    expect(designPValues(course, [{ role: 'objective', p: 0.004 }, { role: 'guard', p: 0.3 }])).toEqual([0.004, 0.3]);
  });

  test('is the smallest level at which the design rejects: it rejects just above p and not just below, and never below the smallest p seen', () => {
    const random = createRandom(5);
    for (let i = 0; i < 6; i += 1) {
      const looks: ObservedLook[] = [
        { fraction: 0.5, p: 10 ** (-4 * random()) },
        { fraction: 0.75 + 0.1 * random(), p: 10 ** (-4 * random()) },
        { fraction: 1, p: 10 ** (-3 * random()) },
      ];
      const p = sequentialP(looks, true);
      expect(p).toBeGreaterThanOrEqual(Math.min(...looks.map((l) => l.p ?? 1)));
      if (p < 1) {
        expect(rejectsAt(looks, true, p * 1.0001)).toBe(true);
        expect(rejectsAt(looks, true, p * 0.999)).toBe(false);
      }
    }
  });

  test.each<[string, number[], boolean]>([
    ['two interim looks and the final analysis', [0.5, 0.75, 1], true],
    ['a late second look and an early end', [0.52, 0.8, 0.9], true],
    ['the first look skipped', [0.76, 1], true],
    ['stopped at the second look', [0.5, 0.75], false],
  ])('grows with the level (%s): the boundaries rise with it, so the rejection regions are nested and the p is valid', (_name, fractions, final) => {
    let previous: number[] | null = null;
    for (let e = -7; e <= -0.05; e += 0.25) {
      const nominal = boundaries(fractions, 10 ** e, final).map((b) => b.nominal);
      if (previous !== null) nominal.forEach((c, j) => { expect(c).toBeGreaterThanOrEqual(previous?.[j] ?? 0); });
      previous = nominal;
    }
    // And the p itself is monotone in what was seen: a smaller p at a look never gives a larger design p.
    const looks = (scale: number): ObservedLook[] => fractions.map((fraction, j) => ({ fraction, p: scale * ([0.002, 0.01, 0.03][j] ?? 1) }));
    expect(sequentialP(looks(0.5), final)).toBeLessThanOrEqual(sequentialP(looks(1), final));
  });

  test('known truth: under no effect, P(design p < a) stays at a for the correlated statistics of three looks', () => {
    // Brownian motion in information time observed at 0.5, 0.75 and 1: the event "design p < a" is
    // "the level-a design rejects at a look", counted here from the boundaries (the bisection is
    // checked against the same definition above).
    const random = createRandom(23);
    const fractions = [0.5, 0.75, 1];
    const runs = 60_000;
    for (const a of [0.01, 0.05 / 6, 0.05]) {
      const b = boundaries(fractions, a, true);
      let crossed = 0;
      for (let r = 0; r < runs; r += 1) {
        let s = 0;
        let previous = 0;
        for (const [j, t] of fractions.entries()) {
          s += Math.sqrt(t - previous) * gauss(random);
          previous = t;
          if (2 * (1 - normalCdf(Math.abs(s) / Math.sqrt(t))) < (b[j]?.nominal ?? 0)) {
            crossed += 1;
            break;
          }
        }
      }
      expect(Math.abs(crossed / runs - a)).toBeLessThan(3 * Math.sqrt((a * (1 - a)) / runs));
    }
  });

  test('a guard tested only where the comparison stopped still pays for the looks before it', () => {
    const course = { looks: [{ look: 1, fraction: 0.5, p: 0.001, outcome: 'continue' as const }, { look: 2, fraction: 0.75, p: 0.0008, outcome: 'stop' as const }], stopped_at: { look: 2 }, final_fraction: null };
    const [objective, guard] = designPValues(course, [{ role: 'objective', p: 0.0008 }, { role: 'guard', p: 0.0008 }]);
    expect(objective).toBeGreaterThan(0.0008);
    expect(guard).toBeGreaterThanOrEqual(objective ?? 1);
    expect(guard).toBeCloseTo(sequentialP([{ fraction: 0.5, p: null }, { fraction: 0.75, p: 0.0008 }], false), 9);
    // A record without the final analysis's fraction cannot be vouched for: p 1 (inconclusive, never a pass on a guess).
    expect(designPValues({ looks: [], stopped_at: null }, [{ role: 'objective', p: 0.001 }])).toEqual([1]);
  });
});

describe('the sequential comparison under the gate', () => {
  test("a comparison that stopped early has a design p below the level of the design it stopped at, and at least the look's own p", async () => {
    const outcome = await compare({ time: 0.5 }, { time: 0.05 }, 5, true);
    expect(outcome.sequential?.stopped_at?.look).toBe(1);
    const [p] = designPValues(outcome.sequential ?? undefined, outcome.metrics);
    expect(p).toBeLessThan(0.05);
    expect(p).toBeGreaterThanOrEqual(outcome.metrics[0]?.p ?? 1);
  });

  test("stops only on the boundary at the level it is given, records it, and that stop's design p is below it", async () => {
    const level = 0.05 / 3;
    const outcome = await compare({ time: 0.5 }, { time: 0.05 }, 5, true, level);
    expect(outcome.sequential?.stop_alpha).toBe(level);
    // 20 blocks cannot reach the first look's boundary at 0.05 / 3 (the bootstrap's floor at 2000 resamples), 30 reach the second's.
    expect(outcome.sequential?.looks.map((l) => l.outcome)).toEqual(['skipped', 'stop']);
    expect(outcome.sequential?.looks[1]?.nominal_alpha).toBeCloseTo(boundaries([0.75], level)[0]?.nominal ?? 0, 9);
    const [p] = designPValues(outcome.sequential ?? undefined, outcome.metrics);
    expect(p).toBeLessThan(level);
    // Below alpha / M, the target survives Holm over M metrics whatever the others show.
    expect(holmAdjust([p ?? 1, 0, 0])[0]).toBeLessThan(0.05);
  });

  test('stopLevel counts the metrics of the targets before, this one\'s, and those expected of the targets after', () => {
    expect(stopLevel(0.05, 0, 4)(2)).toBeCloseTo(0.05 / 6, 12);
    expect(stopLevel(0.05, 5, 0)(1)).toBeCloseTo(0.05 / 6, 12);
    expect(stopLevel(0.05, 0, 0)(1)).toBe(0.05);
  });

  test('a function target compared before a command one stops only below the level Holm gives the smallest of their three p-values', async () => {
    const config = parseConfig('targets:\n  lib:\n    function:\n      file: tasks.mjs\n  cli:\n    command:\n      run: node cli.mjs\n  api:\n    http:\n      start: node server.js\n      url: http://127.0.0.1:${PORT}/\n', '/project/perfflow.config.yaml', '/project');
    expect(['lib', 'cli', 'api'].map((t) => expectedMetricCount(config.targets[t]))).toEqual([1, existsSync('/usr/bin/time') ? 2 : 1, 5]);
    // The counts are the runners' own lists: a command runner measures what was counted.
    const runner = openCommandPair({ argv: ['true'], text: 'true', cwd: { base: '/', 'base-aa': '/', candidate: '/' } });
    expect(runner.metrics.length).toBe(expectedMetricCount(config.targets.cli));
    await runner.close();
    // lib first: its one metric, then cli's (two with GNU time, as in the bench's project): 0.05 / 3, Holm's first step over three.
    expect(stopLevel(0.05, 0, expectedMetricCount(config.targets.cli))(1)).toBeCloseTo(0.05 / (1 + runner.metrics.length), 12);
  });

  test("the gate adjusts the design's p, not a look's own: a p that crossed at a look is not taken at face value", async () => {
    const stopped = await compare({ time: 0.5 }, { time: 0.05 }, 5, true);
    const other = await compare({ time: 1 }, { time: 0.05 }, 6, false);
    const gate = decideGate([run('fast', stopped), run('same', other)]);
    const metric = gate.targets[0]?.metrics[0];
    expect(metric?.p_design).toBeGreaterThan(metric?.p ?? 1);
    expect(metric?.p_holm).toBeCloseTo(Math.min(1, 2 * Math.min(metric?.p_design ?? 1, gate.targets[1]?.metrics[0]?.p_design ?? 1)), 9);
    expect(gate.targets[0]?.design).toMatchObject({ kind: 'sequential', stopped_early: true, look: 1, budget_ms: 1200 });
    expect(gate.targets[0]?.design?.saved_ms).toBeCloseTo(1200 - stopped.schedule.elapsedMs, 6);
    expect(gate.targets[0]?.reasons.join('\n')).toMatch(/stopped early by the sequential design at look 1 \(block 20, 0\.6 s of the 1\.2 s budget, 0\.6 s saved\)/);
    expect(gate.targets[1]?.design).toMatchObject({ kind: 'fixed', stopped_early: false, saved_ms: 0 });
    expect(gate.adjustment).toMatch(/enters with its design's p-value/);
    const environment = { fingerprint: '0123456789abcdef', cpu_model: 'cpu', cores: 2, platform: 'linux-x64', node: 'v20' };
    const result: CiResult = { version: 1, ...gate, base: { commit: 'a'.repeat(40), ref: 'main', how: 'main' }, head: { commit: 'b'.repeat(40), ref: 'HEAD' }, alpha: 0.05, environment, report: null, created_at: '2026-01-01T00:00:00.000Z' };
    expect(schemaProblem(CiResultSchema, result)).toBeNull();
    const md = renderCiMarkdown(result, null);
    expect(md).toContain('**fast** — ✅ pass (function target, 20 paired blocks in 0.6 s of 1.2 s; stopped early at look 1, 0.6 s saved)');
    expect(md).toContain('**same** — ✅ pass (function target, 40 paired blocks in 1.2 s of 1.2 s (fixed budget))');
    expect(md).toMatch(/Sequential design: .*its p-value counts every look it took/);
  });
});

describe('a noisy guard in the gate', () => {
  test.each([1, 2, 3, 4, 5, 6])("a 20%% guard regression under noise 0.3 is never read as unchanged or within its threshold: inconclusive and listed, or regressed (seed %i)", async (seed) => {
    const outcome = await compare({ time: 0.5, guard: 1.2 }, { time: 0.05, guard: 0.3 }, 100 + seed, false);
    const gate = decideGate([run('lib', outcome, 0.05)]);
    const guard = gate.targets[0]?.metrics.find((m) => m.name === 'guard');
    expect(['inconclusive', 'regressed']).toContain(guard?.verdict);
    if (guard?.verdict === 'inconclusive') {
      expect(gate.targets[0]?.outcome).toBe('pass');
      expect(gate.targets[0]?.reasons.join('\n')).toMatch(/inconclusive \(not a failure\): guard .*; its interval reaches [\d.]+% worse, beyond the threshold 5\.0%: a regression that large is not ruled out/);
    }
  });
});
