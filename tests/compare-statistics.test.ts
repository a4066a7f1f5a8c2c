import { describe, expect, test } from '@jest/globals';
import { createRandom, shuffle } from '../lib/compare/random.js';
import { bootstrapMean, quantileSorted, trimmedMean } from '../lib/compare/bootstrap.js';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from '../lib/compare/distributions.js';
import { holmAdjust } from '../lib/compare/holm.js';
import { decideVerdict } from '../lib/compare/verdict.js';
import type { Verdict } from '../lib/compare/verdict.js';
import { UNCHANGED_FLOOR_LIMIT, analyzeBlocks, noiseFloor, pairEffect } from '../lib/compare/analyze.js';
import type { Block, MetricSpec } from '../lib/compare/analyze.js';

const TIME: MetricSpec = { name: 'time', unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01 };
const ERRORS: MetricSpec = { name: 'error_rate', unit: 'share', direction: 'lower', scale: 'difference', minimumFloor: 0.001 };

/** Blocks where the candidate is `ratio` times the base, with multiplicative noise from a seeded generator. */
function syntheticBlocks(count: number, ratio: number, noise: number, seed: number): Block[] {
  const random = createRandom(seed);
  const jitter = (): number => Math.exp((random() - 0.5) * 2 * noise);
  return Array.from({ length: count }, (_, index) => ({
    index,
    order: ['base', 'candidate', 'base-aa'],
    values: {
      base: { time: 1000 * jitter(), error_rate: 0 },
      candidate: { time: 1000 * ratio * jitter(), error_rate: 0 },
      'base-aa': { time: 1000 * jitter(), error_rate: 0 },
    },
  }));
}

describe('the seeded generator', () => {
  test('reproduces the reference mulberry32 sequence for seed 42', () => {
    // Reference values computed by an independent Python implementation of mulberry32.
    const random = createRandom(42);
    expect(random()).toBeCloseTo(0.6011037519201636, 12);
    expect(random()).toBeCloseTo(0.44829055899754167, 12);
    expect(random()).toBeCloseTo(0.8524657934904099, 12);
  });

  test('shuffles into a permutation of the same items', () => {
    const items = ['base', 'candidate', 'base-aa'];
    const shuffled = shuffle(items, createRandom(7));
    expect([...shuffled].sort()).toEqual([...items].sort());
    expect(items).toEqual(['base', 'candidate', 'base-aa']);
  });
});

describe('the percentile bootstrap of a mean', () => {
  test('linear-interpolated quantiles match numpy.quantile', () => {
    // numpy.quantile([1, 2, 4, 8], [0.025, 0.5, 0.975]) = [1.075, 3.0, 7.7]
    expect(quantileSorted([1, 2, 4, 8], 0.025)).toBeCloseTo(1.075, 10);
    expect(quantileSorted([1, 2, 4, 8], 0.5)).toBeCloseTo(3, 10);
    expect(quantileSorted([1, 2, 4, 8], 0.975)).toBeCloseTo(7.7, 10);
  });

  test('approaches the exact bootstrap distribution enumerated by a reference implementation', () => {
    // Exact bootstrap by enumerating all 5^5 resamples in numpy: mean 0.018, 2.5% quantile 0.0,
    // 97.5% quantile 0.036, share of resampled means <= 0 is 0.03584 (so p = 0.0717).
    const estimate = bootstrapMean([0.02, -0.01, 0.05, 0.03, 0.0], createRandom(1), 40000);
    expect(estimate.mean).toBeCloseTo(0.018, 10);
    expect(estimate.lo).toBeCloseTo(0.0, 2);
    expect(estimate.hi).toBeCloseTo(0.036, 2);
    expect(Math.abs(estimate.p - 0.0717)).toBeLessThan(0.01);
  });

  test('agrees with the normal-theory interval on a large sample', () => {
    const random = createRandom(3);
    const values = Array.from({ length: 400 }, () => random() - 0.4); // uniform on [-0.4, 0.6): mean 0.1, sd 1/sqrt(12)
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
    const half = (1.96 * sd) / Math.sqrt(values.length);
    const estimate = bootstrapMean(values, createRandom(4), 20000);
    expect(estimate.lo).toBeCloseTo(m - half, 2);
    expect(estimate.hi).toBeCloseTo(m + half, 2);
    expect(estimate.p).toBeLessThan(0.001);
  });

  test('trimmed means match scipy.stats.trim_mean', () => {
    // scipy.stats.trim_mean(values, 0.2) computed by the reference implementation.
    expect(trimmedMean([0.3, -0.1, 0.05, 0.02, 9.0, 0.01, -0.02, 0.04, 0.0, -5.0], 0.2)).toBeCloseTo(0.016666666666666666, 12);
    expect(trimmedMean([1, 2, 3, 4, 100], 0.2)).toBeCloseTo(3, 12);
    expect(trimmedMean([1, 2, 3, 4, 100], 0)).toBeCloseTo(22, 12);
  });

  test('a trimmed bootstrap ignores a wild outlier that drags the plain mean', () => {
    const values = [...Array.from({ length: 19 }, (_, i) => 0.05 + (i % 3 - 1) * 0.001), -3];
    const plain = bootstrapMean(values, createRandom(2), 4000, 0);
    const trimmed = bootstrapMean(values, createRandom(2), 4000, 0.2);
    expect(plain.lo).toBeLessThan(0);
    expect(trimmed.mean).toBeCloseTo(0.05, 3);
    expect(trimmed.lo).toBeGreaterThan(0);
  });

  test('is reproducible from its seed', () => {
    const values = [0.1, 0.2, -0.05, 0.07];
    expect(bootstrapMean(values, createRandom(9))).toEqual(bootstrapMean(values, createRandom(9)));
  });

  test('refuses fewer than two values', () => {
    expect(() => bootstrapMean([1], createRandom(1))).toThrow(RangeError);
  });
});

describe('Holm adjustment across metrics', () => {
  test('matches the step-down values computed by hand', () => {
    // sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04 -> monotone 0.06
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted[0]).toBeCloseTo(0.03, 12);
    expect(adjusted[1]).toBeCloseTo(0.06, 12);
    expect(adjusted[2]).toBeCloseTo(0.06, 12);
    expect(adjusted[3]).toBeCloseTo(0.02, 12);
  });

  test('caps adjusted values at 1 and leaves a single p unchanged', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([0.02])).toEqual([0.02]);
  });
});

describe('the four verdicts', () => {
  const floor = Math.log1p(0.01);
  test.each<[string, Verdict, number, number, number, number, 'lower' | 'higher']>([
    ['a significant drop of a lower-is-better metric beyond the floor', 'improved', -0.05, -0.07, -0.03, 0.001, 'lower'],
    ['a significant rise of a lower-is-better metric beyond the floor', 'regressed', 0.05, 0.03, 0.07, 0.001, 'lower'],
    ['a significant rise of a higher-is-better metric', 'improved', 0.05, 0.03, 0.07, 0.001, 'higher'],
    ['an interval inside the floor', 'unchanged', 0.002, -0.004, 0.008, 0.4, 'lower'],
    ['an interval excluding zero but an effect inside the floor', 'unchanged', 0.006, 0.004, 0.008, 0.001, 'lower'],
    ['an interval excluding zero whose Holm-adjusted p is too large', 'inconclusive', -0.05, -0.09, -0.01, 0.08, 'lower'],
    ['a wide interval around zero', 'inconclusive', 0.0, -0.05, 0.05, 0.9, 'lower'],
    ['a significant effect that crosses the floor only partly', 'improved', -0.02, -0.035, -0.005, 0.01, 'lower'],
  ])('%s is %s', (_name, expected, estimate, lo, hi, pAdjusted, direction) => {
    expect(decideVerdict({ estimate, lo, hi, pAdjusted, floor, direction })).toBe(expected);
  });

  test.each<['below' | 'above' | 'mixed', Verdict]>([
    ['below', 'improved'],
    ['mixed', 'inconclusive'],
    ['above', 'inconclusive'],
  ])('a pooled drop beyond the floor with the single-copy intervals %s is %s', (eachCopy, expected) => {
    expect(decideVerdict({ estimate: -0.05, lo: -0.07, hi: -0.03, pAdjusted: 0.001, floor, direction: 'lower', eachCopy })).toBe(expected);
  });
});

describe('the analysis of paired blocks', () => {
  test('per-pair effects are log ratios, or differences for rates', () => {
    expect(pairEffect(TIME, 100, 110)).toBeCloseTo(Math.log(1.1), 12);
    expect(pairEffect(ERRORS, 0.01, 0.03)).toBeCloseTo(0.02, 12);
    expect(pairEffect(TIME, 0, 5)).toBeNull();
    expect(pairEffect(TIME, undefined, 5)).toBeNull();
  });

  test('the noise floor is the apparent A/A effect, never below its minimum', () => {
    const quiet = noiseFloor(TIME, [0.001, -0.001, 0.0005, -0.0005], 0);
    expect(quiet.floor).toBeCloseTo(Math.log1p(0.01), 12);
    expect(quiet.measured).toBeCloseTo(0, 12);
    // A systematic 3% difference between two copies of identical code raises the floor to it.
    const biased = noiseFloor(TIME, [0.03, 0.031, 0.029, 0.03, 0.03], 0);
    expect(biased.floor).toBeCloseTo(0.03, 12);
  });

  test('finds a known 10% slowdown, with an interval that contains it', () => {
    const [time, errors] = analyzeBlocks(syntheticBlocks(60, 1.1, 0.02, 5), { metrics: [TIME, ERRORS], objective: 'time', random: createRandom(1) });
    expect(time?.verdict).toBe('regressed');
    expect(time?.effect).toBeCloseTo(1.1, 1);
    expect(time?.ci95?.[0]).toBeLessThan(1.1);
    expect(time?.ci95?.[1]).toBeGreaterThan(1.1);
    expect(time?.objective).toBe(true);
    expect(errors?.verdict).toBe('unchanged');
    expect(errors?.effect).toBe(0);
  });

  test('calls identical sides unchanged and a known 5% speed-up improved', () => {
    const same = analyzeBlocks(syntheticBlocks(60, 1, 0.01, 6), { metrics: [TIME], objective: 'time', random: createRandom(1) });
    expect(same[0]?.verdict).toBe('unchanged');
    const faster = analyzeBlocks(syntheticBlocks(60, 0.95, 0.01, 7), { metrics: [TIME], objective: 'time', random: createRandom(1) });
    expect(faster[0]?.verdict).toBe('improved');
    expect(faster[0]?.p_adjusted).toBeLessThan(0.05);
  });

  test('calls a candidate improved only when it is faster than each copy of the base, not just one', () => {
    // The base copy is 4% slow in every block (a copy that drew a bad layout, say); the candidate
    // equals the A/A copy. Against the base alone it reads 4% faster; against both it is not established.
    const random = createRandom(12);
    const jitter = (): number => Math.exp((random() - 0.5) * 0.01);
    const blocks: Block[] = Array.from({ length: 40 }, (_, index) => ({
      index,
      order: ['base', 'candidate', 'base-aa'],
      values: { base: { time: 1040 * jitter() }, candidate: { time: 1000 * jitter() }, 'base-aa': { time: 1000 * jitter() } },
    }));
    const [time] = analyzeBlocks(blocks, { metrics: [TIME], objective: 'time', random: createRandom(1) });
    expect(time?.ci95_each?.[0][1]).toBeLessThan(1);
    expect(time?.ci95_each?.[1][0]).toBeLessThan(1);
    expect(time?.ci95_each?.[1][1]).toBeGreaterThan(1);
    expect(time?.verdict).not.toBe('improved');
    expect(time?.noise_floor).toBeGreaterThan(0.03);
  });

  test('a ratio metric whose A/A copies are over 10% apart is never unchanged, however much of its wide interval sits inside that floor', () => {
    // A real 10% gain measured in five blocks where the A/A copy ran 70% slower than the base all
    // along: the floor is 70%, and "inside the floor" would call the gain no change at all.
    const wild = [1.72, 1.68, 1.7, 1.69, 1.71];
    const candidate = [0.95, 1.05, 0.97, 1.03, 1.0];
    const blocks: Block[] = wild.map((aa, index) => ({ index, order: ['base', 'candidate', 'base-aa'], values: { base: { time: 100 }, candidate: { time: 90 * (candidate[index] ?? 1) }, 'base-aa': { time: 100 * aa } } }));
    const [time] = analyzeBlocks(blocks, { metrics: [TIME], objective: 'time', random: createRandom(1), trim: 0 });
    expect(time?.noise_floor).toBeGreaterThan(0.1);
    expect(time?.ci95?.[0]).toBeGreaterThanOrEqual(1 / (1 + (time?.noise_floor ?? 0)));
    expect(time?.ci95?.[1]).toBeLessThanOrEqual(1 + (time?.noise_floor ?? 0));
    expect(time?.verdict).toBe('inconclusive');
    // The limit is on the floor, not the interval: a floor within it still supports unchanged.
    expect(decideVerdict({ estimate: 0, lo: -0.05, hi: 0.05, pAdjusted: 0.9, floor: Math.log1p(0.08), direction: 'lower', unchangedFloorLimit: UNCHANGED_FLOOR_LIMIT })).toBe('unchanged');
    expect(decideVerdict({ estimate: 0, lo: -0.05, hi: 0.05, pAdjusted: 0.9, floor: Math.log1p(0.12), direction: 'lower', unchangedFloorLimit: UNCHANGED_FLOOR_LIMIT })).toBe('inconclusive');
  });

  test('the effect is the candidate against the mean of both copies, and its p-value the larger of the two single-copy tests', () => {
    const blocks: Block[] = [0, 1, 2, 3, 4, 5].map((index) => ({
      index,
      order: ['base', 'candidate', 'base-aa'],
      values: { base: { time: 100 }, candidate: { time: 81 + (index % 2) * 2 }, 'base-aa': { time: 121 } },
    }));
    const [time] = analyzeBlocks(blocks, { metrics: [TIME], objective: 'time', random: createRandom(1), trim: 0 });
    // log(c) - (log(100) + log(121)) / 2 = log(c / 110); c is 81 or 83, so the mean ratio is sqrt(81 * 83) / 110.
    expect(time?.effect).toBeCloseTo(Math.sqrt(81 * 83) / 110, 10);
    expect(time?.p).toBeGreaterThanOrEqual(time?.p_adjusted === null ? 0 : 0);
    expect(time?.ci95_each?.[0][1]).toBeLessThan(1);
    expect(time?.ci95_each?.[1][1]).toBeLessThan(1);
  });

  test('tests the objective at alpha and Holm-adjusts the guards among themselves', () => {
    const P99: MetricSpec = { ...TIME, name: 'p99' };
    const RSS: MetricSpec = { ...TIME, name: 'rss' };
    const random = createRandom(21);
    const blocks: Block[] = Array.from({ length: 12 }, (_, index) => {
      const v = (): Record<string, number> => ({ time: 1000 * Math.exp((random() - 0.5) * 0.04), p99: 2000 * Math.exp((random() - 0.5) * 0.04), rss: 5000 * Math.exp((random() - 0.5) * 0.04) });
      return { index, order: ['base', 'candidate', 'base-aa'], values: { base: v(), candidate: v(), 'base-aa': v() } };
    });
    const [time, p99, rss] = analyzeBlocks(blocks, { metrics: [TIME, P99, RSS], objective: 'time', random: createRandom(2) });
    expect(time?.p_adjusted).toBe(time?.p);
    const guards = holmAdjust([p99?.p ?? 1, rss?.p ?? 1]);
    expect(p99?.p_adjusted).toBeCloseTo(guards[0] ?? 1, 12);
    expect(rss?.p_adjusted).toBeCloseTo(guards[1] ?? 1, 12);
  });

  test('gives no verdict with fewer pairs than the minimum', () => {
    const [time] = analyzeBlocks(syntheticBlocks(3, 0.5, 0.01, 8), { metrics: [TIME], objective: 'time', random: createRandom(1) });
    expect(time?.verdict).toBe('inconclusive');
    expect(time?.pairs).toBe(3);
  });
});

describe('the distributions behind the small-sample interval', () => {
  test.each<[number, number, number]>([
    // scipy.stats.t.ppf(p, df)
    [0.975, 7, 2.3646242510102993],
    [0.975, 19, 2.093024054408263],
    [0.975, 1, 12.706204736174707],
    [0.9, 3, 1.6377443536962102],
  ])('the t quantile at %d with %d degrees of freedom is %d', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 7);
  });

  test('the t distribution function, the normal distribution function and quantile match scipy', () => {
    expect(studentTCdf(2, 5)).toBeCloseTo(0.9490302605850709, 9);
    expect(studentTCdf(-1, 10)).toBeCloseTo(0.17044656615103004, 9);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 7);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 7);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 7);
  });

  test('the expanded interval is wider than the percentile interval for few values and close to it for many', () => {
    const few = [0.02, -0.01, 0.05, 0.03, 0.0, 0.01];
    const plain = bootstrapMean(few, createRandom(5), 20000);
    const wide = bootstrapMean(few, createRandom(5), 20000, 0, true);
    expect(wide.hi - wide.lo).toBeGreaterThan(1.15 * (plain.hi - plain.lo));
    expect(wide.p).toBeGreaterThan(plain.p);
    const random = createRandom(6);
    const many = Array.from({ length: 400 }, () => random() - 0.4);
    const plainMany = bootstrapMean(many, createRandom(7), 20000);
    const wideMany = bootstrapMean(many, createRandom(7), 20000, 0, true);
    expect(wideMany.hi - wideMany.lo).toBeLessThan(1.03 * (plainMany.hi - plainMany.lo));
  });
});
