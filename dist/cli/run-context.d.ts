import type { RunHandle } from '../state/run-store.js';
import type { Run } from '../contracts/run.js';
import type { CommandInput } from './command.js';
/**
 * The run a command acts on: `--run <id>`, else the latest unfinished run of the project that
 * contains the working directory.
 * @param input - the command input
 * @returns the run's handle and state
 * @throws InputError `no-run` or `invalid-id`
 */
export declare function openRun(input: CommandInput): RunHandle & {
    run: Run;
};
/**
 * Reads a string option.
 * @param input - the command input
 * @param name - the option name
 * @returns its value or undefined
 */
export declare function stringOption(input: CommandInput, name: string): string | undefined;
