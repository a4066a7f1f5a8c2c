import type { CompareOptions } from '../../compare/compare-target.js';
import type { ValidationStatus } from '../../compare/status.js';
import type { Command, CommandInput, CommandOutcome } from '../command.js';
import type { PerformanceComparison } from '../../contracts/performance-comparison.js';
/**
 * The exit code of a comparison: pass 0, fail 1, inconclusive 3.
 * @param status - the validation status
 * @returns the exit code
 */
export declare function exitCodeOf(status: ValidationStatus): 0 | 1 | 3;
/**
 * Reads the options shared by `compare` and `validate`: `--budget <seconds>`, `--min-blocks <n>`, `--seed <n>`, `--objective <metric>`, `--sequential`.
 * @param input - the command input
 * @returns the matching compare options
 * @throws InputError `usage` for a budget or seed that is not a number
 */
export declare function measurementOptions(input: CommandInput): Pick<CompareOptions, 'budgetMs' | 'minBlocks' | 'seed' | 'objective' | 'sequential'>;
/**
 * The end of both modes of `perfflow compare`: the comparison written to `--out` when given, its
 * exit code and its printed table.
 * @param input - the command input
 * @param comparison - the comparison made
 * @returns the command's outcome
 */
export declare function comparisonOutcome(input: CommandInput, comparison: PerformanceComparison): CommandOutcome;
/** Options of both comparison commands. */
export declare const MEASUREMENT_OPTIONS: {
    readonly budget: {
        readonly type: "string";
    };
    readonly 'min-blocks': {
        readonly type: "string";
    };
    readonly seed: {
        readonly type: "string";
    };
    readonly objective: {
        readonly type: "string";
    };
    readonly sequential: {
        readonly type: "boolean";
        readonly default: false;
    };
};
export declare const command: Command;
