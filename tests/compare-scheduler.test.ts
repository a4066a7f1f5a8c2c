import { describe, expect, test } from '@jest/globals';
import { createRandom } from '../lib/compare/random.js';
import { MIN_BLOCKS, runInterleaved } from '../lib/compare/scheduler.js';
import type { Arm } from '../lib/compare/analyze.js';

/** A fake clock that advances 10 ms per trial, and trial values chosen by the test. */
function fixture(value: (arm: Arm) => number) {
  let t = 0;
  const calls: Arm[] = [];
  return {
    calls,
    options: {
      now: () => t,
      runTrial: (arm: Arm) => {
        calls.push(arm);
        t += 10;
        return Promise.resolve({ time: value(arm) });
      },
    },
  };
}

describe('the interleaved scheduler', () => {
  test('runs whole blocks, each arm once per block in a random order, until the budget is spent', async () => {
    const { calls, options } = fixture(() => 1);
    const result = await runInterleaved({ ...options, budgetMs: 200, random: createRandom(1) });
    // Blocks start at 0, 30, ... 180 ms; at 210 ms the budget is spent.
    expect(result.blocks).toHaveLength(7);
    expect(result.stoppedBy).toBe('budget');
    expect(result.elapsedMs).toBe(210);
    for (const block of result.blocks) expect([...block.order].sort()).toEqual(['base', 'base-aa', 'candidate']);
    expect(calls).toEqual(result.blocks.flatMap((b) => b.order));
    expect(new Set(result.blocks.map((b) => b.order.join(','))).size).toBeGreaterThan(1);
  });

  test('draws the same order from the same seed', async () => {
    const a = await runInterleaved({ ...fixture(() => 1).options, budgetMs: 300, random: createRandom(42) });
    const b = await runInterleaved({ ...fixture(() => 1).options, budgetMs: 300, random: createRandom(42) });
    expect(a.blocks.map((x) => x.order)).toEqual(b.blocks.map((x) => x.order));
  });

  test('stops by the clock alone, never because the data already look significant', async () => {
    const huge = await runInterleaved({ ...fixture((arm) => (arm === 'candidate' ? 100 : 1)).options, budgetMs: 300, random: createRandom(3) });
    const none = await runInterleaved({ ...fixture(() => 1).options, budgetMs: 300, random: createRandom(3) });
    expect(huge.blocks).toHaveLength(10);
    expect(none.blocks).toHaveLength(10);
    expect(huge.blocks[0]?.values.candidate.time).toBe(100);
  });

  test('measures at least the minimum number of blocks when the budget is too short for a verdict', async () => {
    const { options } = fixture(() => 1);
    const result = await runInterleaved({ ...options, budgetMs: 20, random: createRandom(1) });
    expect(result.blocks).toHaveLength(MIN_BLOCKS);
    expect(result.stoppedBy).toBe('budget');
    expect(result.elapsedMs).toBe(MIN_BLOCKS * 30);
  });

  test('respects a block cap', async () => {
    const result = await runInterleaved({ ...fixture(() => 1).options, budgetMs: 10_000, maxBlocks: 2, random: createRandom(1) });
    expect(result.blocks).toHaveLength(2);
    expect(result.stoppedBy).toBe('max-blocks');
  });
});
