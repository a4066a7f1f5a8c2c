import type { Arm, Block } from './analyze.js';
import { ARMS } from './analyze.js';
import { shuffle } from './random.js';
import type { Random } from './random.js';

/** Options of {@link runInterleaved}. */
export interface ScheduleOptions {
  /** The fixed time budget for the measured blocks, in ms. */
  budgetMs: number;
  /** Never more blocks than this (default: unbounded). */
  maxBlocks?: number;
  /** Never fewer complete blocks than this, whatever the budget (default {@link MIN_BLOCKS}). */
  minBlocks?: number;
  /** Seeded generator that orders the arms of each block. */
  random: Random;
  /** Clock in ms (injected: tests need no real waiting). */
  now: () => number;
  /** Measures one arm once and returns its metric values. */
  runTrial: (arm: Arm, block: number) => Promise<Record<string, number>>;
  /** Called after each block (progress). */
  onBlock?: (block: Block, elapsedMs: number) => void;
  /** True when measuring on cannot change the outcome (the candidate keeps failing); the data do not decide this. */
  settled?: () => boolean;
  /**
   * The pre-registered interim looks of a sequential design (`sequential.ts`), called after every
   * block: true stops the comparison. Only this rule, with its spent alpha, may look at the data.
   */
  look?: (blocks: readonly Block[], elapsedMs: number) => boolean;
}

/**
 * The fewest blocks a comparison measures: fewer pairs support no verdict, so a budget too short
 * for them (a slow target, a loaded machine) is overrun rather than spent on an answer known in
 * advance to be "inconclusive". A fixed count, like hyperfine's minimum runs: it looks at no data.
 */
export const MIN_BLOCKS = 5;

/** What the scheduler measured. */
export interface ScheduleResult {
  blocks: Block[];
  elapsedMs: number;
  /** `budget`: the time budget ran out; `max-blocks`: the block cap was reached; `settled`: the candidate failed too often to go on; `sequential`: an interim look of the sequential design crossed its boundary. */
  stoppedBy: 'budget' | 'max-blocks' | 'settled' | 'sequential';
}

/**
 * Measures base, candidate and an A/A copy of the base in blocks, each block running every arm once
 * in a fresh random order, until the fixed time budget is spent and at least the minimum number of
 * blocks is complete. The stopping rule looks only at the clock and the count, never at the data: re-running until something looks significant would make every interval
 * and p-value a lie. The one exception is a pre-registered sequential design (`look`), whose
 * looks spend alpha so that stopping on the data keeps the error rates it claims.
 * @param options - budget, generator, clock and the trial function
 * @returns every complete block
 */
export async function runInterleaved(options: ScheduleOptions): Promise<ScheduleResult> {
  const start = options.now();
  const blocks: Block[] = [];
  for (;;) {
    if (options.maxBlocks !== undefined && blocks.length >= options.maxBlocks) {
      return { blocks, elapsedMs: options.now() - start, stoppedBy: 'max-blocks' };
    }
    if (options.now() - start >= options.budgetMs && blocks.length >= Math.min(options.minBlocks ?? MIN_BLOCKS, options.maxBlocks ?? Infinity)) {
      return { blocks, elapsedMs: options.now() - start, stoppedBy: 'budget' };
    }
    if (options.settled?.() === true) return { blocks, elapsedMs: options.now() - start, stoppedBy: 'settled' };
    const index = blocks.length;
    const order = shuffle(ARMS, options.random);
    const values: Record<Arm, Record<string, number>> = { base: {}, candidate: {}, 'base-aa': {} };
    for (const arm of order) {
      values[arm] = await options.runTrial(arm, index);
      if (options.settled?.() === true) break;
    }
    const block: Block = { index, order, values };
    blocks.push(block);
    options.onBlock?.(block, options.now() - start);
    if (options.look?.(blocks, options.now() - start) === true) return { blocks, elapsedMs: options.now() - start, stoppedBy: 'sequential' };
  }
}
