import type { CommandInput, CommandOutcome } from '../command.js';
/** Options of the URL mode of `perfflow compare`. */
export declare const URL_OPTIONS: {
    readonly 'base-url': {
        readonly type: "string";
    };
    readonly 'candidate-url': {
        readonly type: "string";
    };
    readonly target: {
        readonly type: "string";
    };
    readonly health: {
        readonly type: "string";
    };
    readonly 'allow-remote': {
        readonly type: "boolean";
        readonly default: false;
    };
};
/**
 * Tells whether the command line asks for the URL mode.
 * @param input - the command input
 * @returns true when --base-url or --candidate-url is given
 */
export declare function wantsUrlCompare(input: CommandInput): boolean;
/**
 * Runs the URL mode of `perfflow compare`.
 * @param input - the command input
 * @returns the comparison, its exit code and its text
 * @throws InputError `usage` for a missing URL, a positional target or --base
 */
export declare function runUrlCompare(input: CommandInput): Promise<CommandOutcome>;
