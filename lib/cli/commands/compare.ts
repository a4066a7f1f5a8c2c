import { resolve } from 'node:path';
import { getTarget, loadConfig } from '../../config/load.js';
import { InputError } from '../../errors.js';
import { requireGitRoot, resolveCommit } from '../../git/git.js';
import { captureEnvironment } from '../../measure/environment.js';
import { compareTarget } from '../../compare/compare-target.js';
import type { CompareOptions } from '../../compare/compare-target.js';
import { printComparison } from '../../compare/print-comparison.js';
import type { ValidationStatus } from '../../compare/status.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import type { Command, CommandInput, CommandOutcome } from '../command.js';
import type { PerformanceComparison } from '../../contracts/performance-comparison.js';
import { stringOption } from '../run-context.js';
import { runUrlCompare, URL_OPTIONS, wantsUrlCompare } from './compare-urls.js';

/**
 * The exit code of a comparison: pass 0, fail 1, inconclusive 3.
 * @param status - the validation status
 * @returns the exit code
 */
export function exitCodeOf(status: ValidationStatus): 0 | 1 | 3 {
  switch (status) {
    case 'pass':
      return 0;
    case 'fail':
      return 1;
    case 'inconclusive':
      return 3;
    default: {
      const never: never = status;
      return never;
    }
  }
}

/**
 * Reads the options shared by `compare` and `validate`: `--budget <seconds>`, `--min-blocks <n>`, `--seed <n>`, `--objective <metric>`, `--sequential`.
 * @param input - the command input
 * @returns the matching compare options
 * @throws InputError `usage` for a budget or seed that is not a number
 */
export function measurementOptions(input: CommandInput): Pick<CompareOptions, 'budgetMs' | 'minBlocks' | 'seed' | 'objective' | 'sequential'> {
  const budget = stringOption(input, 'budget');
  const seed = stringOption(input, 'seed');
  let budgetMs: number | undefined;
  if (budget !== undefined) {
    const seconds = Number(budget.replace(/s$/, ''));
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
      throw new InputError('usage', `--budget '${budget}' must be a number of seconds between 0 and 3600, e.g. --budget 30`);
    }
    budgetMs = seconds * 1000;
  }
  let seedValue: number | undefined;
  if (seed !== undefined) {
    seedValue = Number(seed);
    if (!Number.isInteger(seedValue) || seedValue < 0 || seedValue > 2 ** 31 - 1) {
      throw new InputError('usage', `--seed '${seed}' must be a whole number between 0 and 2147483647`);
    }
  }
  const minText = stringOption(input, 'min-blocks');
  const minBlocks = minText === undefined ? undefined : Number(minText);
  if (minBlocks !== undefined && (!Number.isInteger(minBlocks) || minBlocks < 1 || minBlocks > 1000)) {
    throw new InputError('usage', `--min-blocks '${minText ?? ''}' must be a whole number from 1 to 1000 (default 5: fewer pairs support no verdict)`);
  }
  return { budgetMs, minBlocks, seed: seedValue, objective: stringOption(input, 'objective'), sequential: input.values.sequential === true };
}

/**
 * The end of both modes of `perfflow compare`: the comparison written to `--out` when given, its
 * exit code and its printed table.
 * @param input - the command input
 * @param comparison - the comparison made
 * @returns the command's outcome
 */
export function comparisonOutcome(input: CommandInput, comparison: PerformanceComparison): CommandOutcome {
  const out = stringOption(input, 'out');
  if (out !== undefined) writeJsonAtomic(resolve(input.cwd, out), comparison);
  return { exitCode: exitCodeOf(comparison.validation_status), data: comparison, text: printComparison(comparison) };
}

/** Options of both comparison commands. */
export const MEASUREMENT_OPTIONS = {
  budget: { type: 'string' },
  'min-blocks': { type: 'string' },
  seed: { type: 'string' },
  objective: { type: 'string' },
  sequential: { type: 'boolean', default: false },
} as const;

export const command: Command = {
  summary:
    'Compare a target between a base commit and the working tree, or two running deployments by URL (--base-url, --candidate-url): paired, interleaved trials, bootstrap intervals, A/A noise floor, behaviour check.',
  usage:
    'perfflow compare <target> [--base <git-ref>] [--budget <seconds>] [--min-blocks 5] [--seed <n>] [--objective <metric>] [--sequential] [--out <file>] [--json] | ' +
    'perfflow compare --base-url <url> --candidate-url <url> [--target <http target>] [--health <path|url>] [--allow-remote] [--budget <seconds>] [--out <file>] [--json]',
  options: { base: { type: 'string' }, out: { type: 'string' }, ...MEASUREMENT_OPTIONS, ...URL_OPTIONS },
  run: async (input) => {
    if (wantsUrlCompare(input)) return runUrlCompare(input);
    for (const flag of ['target', 'health', 'allow-remote'] as const) {
      if (input.values[flag] !== undefined && input.values[flag] !== false) throw new InputError('usage', `--${flag} belongs to the comparison of deployments: perfflow compare --base-url <url> --candidate-url <url>`);
    }
    const [name, extra] = input.positionals;
    if (name === undefined) throw new InputError('usage', 'name the target to compare: perfflow compare <target> [--base <git-ref>]');
    if (extra !== undefined) throw new InputError('usage', `unexpected argument '${extra}'; usage: perfflow compare <target> [--base <git-ref>]`);
    const projectRoot = await requireGitRoot(input.cwd, 'compare checks the base commit out beside the working tree');
    const config = loadConfig(projectRoot);
    getTarget(config, name);
    const ref = stringOption(input, 'base') ?? 'HEAD';
    const commit = await resolveCommit(projectRoot, ref);
    const { comparison } = await compareTarget({
      projectRoot,
      targetName: name,
      config,
      base: { commit, ref },
      ...measurementOptions(input),
      environment: () => captureEnvironment(projectRoot),
      progress: input.progress,
    });
    return comparisonOutcome(input, comparison);
  },
};
