import { ARMS } from './analyze.js';
import { shuffle } from './random.js';
/**
 * Measures base, candidate and an A/A copy of the base in blocks, each block running every arm once
 * in a fresh random order, until the fixed time budget is spent. The stopping rule looks only at the
 * clock, never at the data: re-running until something looks significant would make every interval
 * and p-value a lie.
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
        if (options.now() - start >= options.budgetMs) {
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
    }
}
