import type { Arm, Block } from './analyze.js';
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
export declare const MIN_BLOCKS = 5;
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
export declare function runInterleaved(options: ScheduleOptions): Promise<ScheduleResult>;
