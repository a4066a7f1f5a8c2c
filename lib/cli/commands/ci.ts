import { resolve } from 'node:path';
import { getTarget, loadConfig } from '../../config/load.js';
import type { PerfflowConfig } from '../../config/load.js';
import { acceptances, acceptedByLabels } from '../../ci/acceptance.js';
import { printCiResult } from '../../ci/ci-markdown.js';
import { runCi } from '../../ci/run-ci.js';
import { writeCiOutputs } from '../../ci/write-outputs.js';
import { InputError } from '../../errors.js';
import { requireGitRoot, resolveCommit } from '../../git/git.js';
import { acceptTrailers, baseCandidates, defaultBase } from '../../git/refs.js';
import { captureEnvironment } from '../../measure/environment.js';
import type { Command, CommandInput } from '../command.js';
import { stringOption } from '../run-context.js';
import { measurementOptions } from './compare.js';

const USAGE = 'perfflow ci [--base <git-ref>] [--targets a,b] [--budget <seconds>] [--threshold <percent>] [--min-blocks 5] [--seed <n>] [--fixed] [--summary <file>] [--bmf <file>] [--out-dir <dir>] [--history <file>|off] [--json]';

/**
 * Reads `--threshold 5%` (or `5`) as a fraction.
 * @param text - the option's value
 * @returns the fraction, or undefined without the option
 * @throws InputError `usage` for anything but a percentage from 0 to 1000
 */
export function thresholdOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/%$/, ''));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1000) {
    throw new InputError('usage', `--threshold '${text}' must be a percentage from 0 to 1000, e.g. --threshold 5%`);
  }
  return value / 100;
}

function selectedTargets(config: PerfflowConfig, text: string | undefined): string[] {
  if (text === undefined) {
    const all = Object.keys(config.targets);
    if (all.length === 0) throw new InputError('invalid-config', 'perfflow.config.yaml defines no targets; add one (perfflow init --target <name> prints an example)');
    return all;
  }
  const names = [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
  if (names.length === 0) throw new InputError('usage', `--targets '${text}' names no target; list them separated by commas, e.g. --targets api/users,build`);
  for (const name of names) getTarget(config, name);
  return names;
}

async function baseOf(root: string, head: string, input: CommandInput): Promise<{ commit: string; ref: string; how: string }> {
  const ref = stringOption(input, 'base');
  if (ref !== undefined) return { commit: await resolveCommit(root, ref), ref, how: `--base ${ref}` };
  const found = await defaultBase(root, head, input.env);
  if (found === null) {
    throw new InputError('usage', `no --base and none of ${baseCandidates(input.env).join(', ')} exists to find the merge-base with; pass --base <ref> (in GitHub Actions check out with fetch-depth: 0)`);
  }
  return { commit: found.commit, ref: found.commit.slice(0, 12), how: found.ref };
}

function pathOption(input: CommandInput, name: string, fallback: string): string {
  const value = stringOption(input, name);
  if (value === '') throw new InputError('usage', `--${name} needs a path`);
  return resolve(input.cwd, value ?? fallback);
}

function historyPath(input: CommandInput, config: PerfflowConfig, root: string): string | null {
  const option = stringOption(input, 'history');
  if (option === 'off') return null;
  if (option !== undefined) return pathOption(input, 'history', option);
  return config.ci.history === null ? null : resolve(root, config.ci.history);
}

export const command: Command = {
  summary: [
    'Pull-request gate: compare every target (or --targets) between the base (default: the merge-base of HEAD with origin/$GITHUB_BASE_REF, origin/main or main) and HEAD (as committed), on this machine, interleaved with an A/A copy of the base; Holm across all metrics of all targets.',
    'A target fails only on a regression significant after that adjustment, beyond the noise floor and beyond its threshold (--threshold, else ci: in perfflow.config.yaml, else 2%), or on a behaviour change; inconclusive results never fail.',
    "Accept an intended regression with a commit trailer 'perfflow-accept: <target>' or PERFFLOW_ACCEPT='perfflow-accept:<target>' (the action passes the PR's labels).",
    'Writes --summary (default .perfflow/ci/summary.md; also appended to $GITHUB_STEP_SUMMARY), result.json, report.html and per-target comparisons in --out-dir (.perfflow/ci), --bmf (Bencher Metric Format) and the history (--history, default .perfflow/history.jsonl).',
    'Each target runs the sequential design for --budget seconds (default: the target\'s ci.targets.<name>.budget, else 90 for a command and 60 for others: what a shared runner needs to decide 5%; --budget sets every target\'s) with looks at half and three quarters of it that stop a clear effect early (the p-values that enter Holm account for the looks); --fixed spends every budget in full.',
    'Exit 0 pass, 1 a target regressed or changed behaviour, 2 bad input, 4 a target could not be run. More: docs/ci.md',
  ].join('\n'),
  usage: USAGE,
  options: {
    base: { type: 'string' },
    targets: { type: 'string' },
    threshold: { type: 'string' },
    summary: { type: 'string' },
    bmf: { type: 'string' },
    'out-dir': { type: 'string' },
    history: { type: 'string' },
    budget: { type: 'string' },
    'min-blocks': { type: 'string' },
    seed: { type: 'string' },
    fixed: { type: 'boolean', default: false },
  },
  run: async (input) => {
    if (input.positionals[0] !== undefined) throw new InputError('usage', `unexpected argument '${input.positionals[0]}'; name targets with --targets; usage: ${USAGE}`);
    const { budgetMs, minBlocks, seed } = measurementOptions(input);
    const threshold = thresholdOption(stringOption(input, 'threshold'));
    const root = await requireGitRoot(input.cwd, 'perfflow ci compares the base commit with HEAD');
    const config = loadConfig(root);
    const targets = selectedTargets(config, stringOption(input, 'targets'));
    const head = await resolveCommit(root, 'HEAD');
    const base = await baseOf(root, head, input);
    const outDir = pathOption(input, 'out-dir', resolve(root, '.perfflow/ci'));
    const paths = { projectRoot: root, outDir, summary: pathOption(input, 'summary', resolve(outDir, 'summary.md')), bmf: pathOption(input, 'bmf', resolve(outDir, 'bmf.json')), history: historyPath(input, config, root), stepSummary: input.env.GITHUB_STEP_SUMMARY };
    const accepted = acceptances(await acceptTrailers(root, base.commit, head), acceptedByLabels(input.env.PERFFLOW_ACCEPT));
    input.progress(`base ${base.commit.slice(0, 12)} (${base.how}), head ${head.slice(0, 12)}`);
    const gate = await runCi({
      projectRoot: root,
      config,
      base,
      head: { commit: head, ref: 'HEAD' },
      targets,
      threshold,
      accepted,
      engine: { budgetMs, minBlocks, seed },
      sequential: input.values.fixed !== true,
      outDir,
      environment: () => captureEnvironment(root),
      progress: input.progress,
    });
    const { result } = writeCiOutputs(gate, paths);
    return { exitCode: result.exit_code, data: result, text: printCiResult(result) };
  },
};
