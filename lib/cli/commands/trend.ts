import { relative, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { readHistory } from '../../ci/history.js';
import { renderTrendPage } from '../../ci/ci-report.js';
import { trendChart } from '../../ci/ci-charts.js';
import { InputError } from '../../errors.js';
import { requireGitRoot } from '../../git/git.js';
import { writeFileAtomic } from '../../state/atomic-file.js';
import type { Command } from '../command.js';
import { stringOption } from '../run-context.js';

const USAGE = 'perfflow trend <target> [--metric <name>] [--out <file.html|file.svg>] [--history <file>] [--json]';

export const command: Command = {
  summary: "Chart one target's metric over the history of perfflow ci: each run's paired estimate with its 95% interval (runs are never compared with each other).",
  usage: USAGE,
  options: { metric: { type: 'string' }, out: { type: 'string' }, history: { type: 'string' } },
  run: async (input) => {
    const [target, extra] = input.positionals;
    if (target === undefined) throw new InputError('usage', `name the target: ${USAGE}`);
    if (extra !== undefined) throw new InputError('usage', `unexpected argument '${extra}'; usage: ${USAGE}`);
    const root = await requireGitRoot(input.cwd, 'perfflow trend reads the history perfflow ci keeps in the project');
    const option = stringOption(input, 'history');
    let file: string;
    if (option !== undefined) file = resolve(input.cwd, option);
    else {
      const history = loadConfig(root).ci.history;
      if (history === null) throw new InputError('usage', 'ci.history is off in perfflow.config.yaml; pass --history <file>');
      file = resolve(root, history);
    }
    const entries = readHistory(file, relative(input.cwd, file) || file).filter((e) => e.target === target);
    if (entries.length === 0) throw new InputError('unknown-target', `the history ${relative(input.cwd, file)} has no runs of target '${target}'`);
    const metrics = [...new Set(entries.map((e) => e.metric))];
    const metric = stringOption(input, 'metric') ?? metrics[0] ?? '';
    if (!metrics.includes(metric)) throw new InputError('usage', `--metric '${metric}' is not in the history of '${target}'; known: ${metrics.join(', ')}`);
    const rows = entries.filter((e) => e.metric === metric);
    const out = resolve(input.cwd, stringOption(input, 'out') ?? `perfflow-trend-${target.replace(/[^A-Za-z0-9._-]+/g, '_')}.html`);
    if (out.endsWith('.svg')) writeFileAtomic(out, trendChart(rows)?.value ?? '<svg xmlns="http://www.w3.org/2000/svg"/>');
    else if (out.endsWith('.html') || out.endsWith('.htm')) writeFileAtomic(out, renderTrendPage(target, metric, rows));
    else throw new InputError('usage', `--out '${relative(input.cwd, out)}' must end in .html or .svg`);
    const text = `${target} ${metric}: ${rows.length} runs, each its own paired estimate (never compared with each other); chart: ${relative(input.cwd, out)}`;
    return { exitCode: 0, data: { target, metric, runs: rows.length, out, entries: rows }, text };
  },
};
