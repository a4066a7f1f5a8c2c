import { findProjectRoot } from '../state/project.js';
import { resolveRun } from '../state/run-store.js';
/**
 * The run a command acts on: `--run <id>`, else the latest unfinished run of the project that
 * contains the working directory.
 * @param input - the command input
 * @returns the run's handle and state
 * @throws InputError `no-run` or `invalid-id`
 */
export function openRun(input) {
    return resolveRun(findProjectRoot(input.cwd), input.global.run);
}
/**
 * Reads a string option.
 * @param input - the command input
 * @param name - the option name
 * @returns its value or undefined
 */
export function stringOption(input, name) {
    const value = input.values[name];
    return typeof value === 'string' ? value : undefined;
}
