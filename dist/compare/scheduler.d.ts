import type { Arm, Block } from './analyze.js';
import type { Random } from './random.js';
/** Options of {@link runInterleaved}. */
export interface ScheduleOptions {
    /** The fixed time budget for the measured blocks, in ms. */
    budgetMs: number;
    /** Never more blocks than this (default: unbounded). */
    maxBlocks?: number;
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
}
/** What the scheduler measured. */
export interface ScheduleResult {
    blocks: Block[];
    elapsedMs: number;
    /** `budget`: the time budget ran out; `max-blocks`: the block cap was reached; `settled`: the candidate failed too often to go on. */
    stoppedBy: 'budget' | 'max-blocks' | 'settled';
}
/**
 * Measures base, candidate and an A/A copy of the base in blocks, each block running every arm once
 * in a fresh random order, until the fixed time budget is spent. The stopping rule looks only at the
 * clock, never at the data: re-running until something looks significant would make every interval
 * and p-value a lie.
 * @param options - budget, generator, clock and the trial function
 * @returns every complete block
 */
export declare function runInterleaved(options: ScheduleOptions): Promise<ScheduleResult>;
