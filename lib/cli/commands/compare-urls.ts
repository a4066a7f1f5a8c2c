// `perfflow compare --base-url <u> --candidate-url <u> [--target <name>]`: the comparison of two
// running deployments (compare/compare-urls.ts), read from the command line.
import { getTarget, loadConfig } from '../../config/load.js';
import { compareUrls, plainUrlTarget } from '../../compare/compare-urls.js';
import { InputError } from '../../errors.js';
import { captureEnvironment } from '../../measure/environment.js';
import { findProjectRoot } from '../../state/project.js';
import type { CommandInput, CommandOutcome } from '../command.js';
import { stringOption } from '../run-context.js';
import { comparisonOutcome, measurementOptions } from './compare.js';

/** Options of the URL mode of `perfflow compare`. */
export const URL_OPTIONS = {
  'base-url': { type: 'string' },
  'candidate-url': { type: 'string' },
  target: { type: 'string' },
  health: { type: 'string' },
  'allow-remote': { type: 'boolean', default: false },
} as const;

/**
 * Tells whether the command line asks for the URL mode.
 * @param input - the command input
 * @returns true when --base-url or --candidate-url is given
 */
export function wantsUrlCompare(input: CommandInput): boolean {
  return stringOption(input, 'base-url') !== undefined || stringOption(input, 'candidate-url') !== undefined;
}

/**
 * Runs the URL mode of `perfflow compare`.
 * @param input - the command input
 * @returns the comparison, its exit code and its text
 * @throws InputError `usage` for a missing URL, a positional target or --base
 */
export async function runUrlCompare(input: CommandInput): Promise<CommandOutcome> {
  const base = stringOption(input, 'base-url');
  const candidate = stringOption(input, 'candidate-url');
  const usage = 'perfflow compare --base-url <url> --candidate-url <url> [--target <http target>]';
  if (base === undefined || candidate === undefined) throw new InputError('usage', `give both --base-url and --candidate-url: ${usage}`);
  if (input.positionals.length > 0) throw new InputError('usage', `with --base-url, name the target with --target, not as an argument: ${usage}`);
  if (stringOption(input, 'base') !== undefined) throw new InputError('usage', `--base compares commits and --base-url deployments; give one of them: ${usage}`);
  const name = stringOption(input, 'target');
  const projectRoot = findProjectRoot(input.cwd);
  const target = name === undefined ? plainUrlTarget(base) : getTarget(loadConfig(projectRoot), name);
  if (target.kind !== 'http') throw new InputError('usage', `--target ${name ?? ''} is a ${target.kind} target; comparing deployments needs an http target (its method, path, headers, body or flow)`);
  const { comparison } = await compareUrls({
    target,
    urls: { base, candidate },
    allowRemote: input.values['allow-remote'] === true,
    health: stringOption(input, 'health'),
    ...measurementOptions(input),
    environment: () => captureEnvironment(projectRoot),
    progress: input.progress,
  });
  return comparisonOutcome(input, comparison);
}
