import { ARMS } from './analyze.js';
import { shuffle } from './random.js';
/**
 * The fewest blocks a comparison measures: fewer pairs support no verdict, so a budget too short
 * for them (a slow target, a loaded machine) is overrun rather than spent on an answer known in
 * advance to be "inconclusive". A fixed count, like hyperfine's minimum runs: it looks at no data.
 */
export const MIN_BLOCKS = 5;
/**
 * Measures base, candidate and an A/A copy of the base in blocks, each block running every arm once
 * in a fresh random order, until the fixed time budget is spent and at least the minimum number of
 * blocks is complete. The stopping rule looks only at the clock and the count, never at the data: re-running until something looks significant would make every interval
 * and p-value a lie. The one exception is a pre-registered sequential design (`look`), whose
 * looks spend alpha so that stopping on the data keeps the error rates it claims.
 * @param options - budget, generator, clock and the trial function
 * @returns every complete block
 */
export async function runInterleaved(options) {
    const start = options.now();
    const blocks = [];
    for (;;) {
        if (options.maxBlocks !== undefined && blocks.length >= options.maxBlocks) {
            return { blocks, elapsedMs: options.now() - start, stoppedBy: 'max-blocks' };
        }
        if (options.now() - start >= options.budgetMs && blocks.length >= Math.min(options.minBlocks ?? MIN_BLOCKS, options.maxBlocks ?? Infinity)) {
            return { blocks, elapsedMs: options.now() - start, stoppedBy: 'budget' };
        }
        if (options.settled?.() === true)
            return { blocks, elapsedMs: options.now() - start, stoppedBy: 'settled' };
        const index = blocks.length;
        const order = shuffle(ARMS, options.random);
        const values = { base: {}, candidate: {}, 'base-aa': {} };
        for (const arm of order) {
            values[arm] = await options.runTrial(arm, index);
            if (options.settled?.() === true)
                break;
        }
        const block = { index, order, values };
        blocks.push(block);
        options.onBlock?.(block, options.now() - start);
        if (options.look?.(blocks, options.now() - start) === true)
            return { blocks, elapsedMs: options.now() - start, stoppedBy: 'sequential' };
    }
}
