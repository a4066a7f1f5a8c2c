#!/usr/bin/env node
// `npm run demo`: the whole `/performance --target api/users` workflow on a temporary copy of
// examples/users-api, driven through the real `perfflow` CLI. Measuring, profiling, rating,
// validating and publishing are real; the three steps a Claude Code session would write (the plan,
// the optimization design and the code change) are played from the recording in
// examples/users-api/.perfflow-demo/, and the demo says so when it plays them.
//
//   npm run demo                      the optimization passes every gate and is published
//   npm run demo -- --wrong-patch     a faster but wrong change: the validation gate fails, rollback restores the code
//   npm run demo -- --example auth-api   the same on another bundled example (examples/<name>; dashboard is a page in Chromium)
//   options: --quick (a shorter validation budget), --budget <s> (validation time budget; default 60, dashboard 120), --dir <path>
//   (where the copy goes; default a new temp dir), --summary <file> (a JSON summary of the run), --min-blocks <n> (fewest
//   paired blocks of the validation, default 5; with --wrong-patch 1 is enough to see the behaviour check fail).
//   PERFFLOW_DEMO_BUDGET=<s> and PERFFLOW_DEMO_QUICK=1 do the same as --budget and --quick.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'perfflow');
/** The bundled examples with a recording, and the target each demo runs. */
const EXAMPLES = {
  'users-api': { target: 'api/users', load: 'GET /api/users' },
  'auth-api': { target: 'auth/flow', load: 'the login flow (login, orders, refresh)' },
  // Runs on a throwaway PostgreSQL made by the example's own scripts/db.mjs for the demo's length.
  'orders-api': { target: 'api/orders', load: 'GET /api/orders?customer=42 on PostgreSQL', database: true },
  // A page in headless Chromium (Debian's chromium, or PERFFLOW_CHROMIUM): loaded, then refreshed once.
  // Page loads are slow trials: the validation gets a longer default budget to reach enough blocks.
  dashboard: { target: 'dashboard', load: 'the dashboard page loaded and refreshed in Chromium', page: true, budgetS: 120 },
};
let EXAMPLE = join(ROOT, 'examples', 'users-api');
let RECORDING = join(EXAMPLE, '.perfflow-demo');
let TARGET = 'api/users';

/** A problem that ends the demo with one line and an exit code. */
class DemoStop extends Error {
  /**
   * @param {string} message - what went wrong and what to do
   * @param {number} exitCode - the process exit code
   */
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * Reads the demo's options from argv and the environment.
 * @param {string[]} argv - arguments after the script name
 * @param {Record<string, string | undefined>} env - the environment
 * @returns {{ wrongPatch: boolean, quick: boolean, budgetS: number, dir: string | undefined, summary: string | undefined }}
 * @throws {DemoStop} on a bad option (exit 2)
 */
export function demoOptions(argv, env) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'wrong-patch': { type: 'boolean', default: false },
        quick: { type: 'boolean', default: false },
        budget: { type: 'string' },
        dir: { type: 'string' },
        summary: { type: 'string' },
        example: { type: 'string', default: 'users-api' },
        'min-blocks': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new DemoStop(`${error instanceof Error ? error.message : String(error)}; usage: npm run demo -- [--wrong-patch] [--quick] [--budget <seconds>] [--dir <path>] [--summary <file>] [--example <name>] [--min-blocks <n>]`, 2);
  }
  const quick = values.quick === true || env.PERFFLOW_DEMO_QUICK === '1';
  const budgetText = values.budget ?? env.PERFFLOW_DEMO_BUDGET;
  const exampleBudget = Object.hasOwn(EXAMPLES, values.example) ? (EXAMPLES[values.example].budgetS ?? 60) : 60;
  const budgetS = budgetText === undefined ? (quick ? exampleBudget / 2 : exampleBudget) : Number(budgetText);
  if (!Number.isFinite(budgetS) || budgetS < 5 || budgetS > 600) {
    throw new DemoStop(`--budget must be a number of seconds from 5 to 600, got '${budgetText}'; e.g. --budget 30`, 2);
  }
  if (!Object.hasOwn(EXAMPLES, values.example)) throw new DemoStop(`--example must be one of ${Object.keys(EXAMPLES).join(', ')}, got '${values.example}'`, 2);
  const minBlocks = values['min-blocks'] === undefined ? undefined : Number(values['min-blocks']);
  if (minBlocks !== undefined && !(Number.isInteger(minBlocks) && minBlocks >= 1 && minBlocks <= 100)) {
    throw new DemoStop(`--min-blocks must be a whole number from 1 to 100, got '${values['min-blocks']}'; e.g. --min-blocks 1`, 2);
  }
  return { wrongPatch: values['wrong-patch'] === true, quick, budgetS, dir: values.dir, summary: values.summary, example: values.example, ...(minBlocks === undefined ? {} : { minBlocks }) };
}

/**
 * The values a recorded plan's `{{name}}` and `{{name * factor}}` placeholders stand for, from the
 * run's real baseline.
 * @param {unknown} baseline - baseline-metrics.json
 * @returns {Record<string, number>}
 */
export function baselineValues(baseline) {
  const page = baseline?.page;
  if (page !== undefined) {
    return {
      lcp_ms: page.lcp_ms.median,
      fcp_ms: page.fcp_ms.median,
      tbt_ms: page.tbt_ms.median,
      interaction_ms: page.interaction_ms?.median ?? 0,
      transfer_kib: page.transfer_bytes.median / 1024,
    };
  }
  const http = baseline?.http;
  if (http === undefined) return {};
  return {
    latency_p50_ms: http.latency_us.p50 / 1000,
    latency_p99_ms: http.latency_us.p99 / 1000,
    throughput_rps: http.throughput_rps,
    error_rate_percent: http.error_rate * 100,
  };
}

/**
 * Rounds a figure for a plan: three significant digits, at most two decimals.
 * @param {number} value
 * @returns {number}
 */
function roundFigure(value) {
  if (value === 0) return 0;
  const digits = Math.max(0, Math.min(2, 2 - Math.floor(Math.log10(Math.abs(value)))));
  return Number(value.toFixed(digits));
}

const PLACEHOLDER = /\{\{\s*([a-z0-9_]+)\s*(?:\*\s*([0-9.]+)\s*)?\}\}/g;

/**
 * Fills the placeholders of recorded text. A whole-string placeholder in JSON becomes a number.
 * @param {string} text - recorded text (Markdown or JSON)
 * @param {Record<string, number>} values - see {@link baselineValues}
 * @param {boolean} json - whether the text is JSON (then `"{{x}}"` becomes a bare number)
 * @returns {string}
 * @throws {DemoStop} when a placeholder has no value
 */
export function fillPlaceholders(text, values, json) {
  const value = (name, factor) => {
    const base = values[name];
    if (base === undefined) throw new DemoStop(`the recorded plan uses {{${name}}}, which this run's baseline does not provide`, 1);
    return String(roundFigure(base * (factor === undefined ? 1 : Number(factor))));
  };
  const whole = json ? text.replace(/"\{\{\s*([a-z0-9_]+)\s*(?:\*\s*([0-9.]+)\s*)?\}\}"/g, (_, name, factor) => value(name, factor)) : text;
  return whole.replace(PLACEHOLDER, (_, name, factor) => value(name, factor));
}

/**
 * Points each recorded optimization at the bottleneck ids this run's profiler produced. The
 * recording names functions (the ids embed file and line, which differ between machines only if
 * the code does, but the recording must not guess them); each name becomes the ids of the ranked
 * bottlenecks of that function, and an optimization none of whose functions was ranked falls back
 * to the bottlenecks in the files it changes. Optimizations left with nothing are dropped.
 * @param {{ optimizations: { id: string, addresses: string[], files: string[] }[], order?: string[] }} plan - the recorded plan
 * @param {{ bottlenecks: { id: string, function: string, file: string }[] }} report - bottleneck-report.json
 * @returns {{ plan: object, mapping: { id: string, from: string[], to: string[] }[], dropped: string[] }}
 */
export function mapOptimizations(plan, report) {
  const bottlenecks = report.bottlenecks;
  const mapping = [];
  const dropped = [];
  const optimizations = [];
  for (const optimization of plan.optimizations) {
    let ids = bottlenecks
      .filter((b) => optimization.addresses.some((name) => b.id === name || b.function === name || b.function.endsWith(`.${name}`)))
      .map((b) => b.id);
    if (ids.length === 0) ids = bottlenecks.filter((b) => optimization.files.includes(b.file)).map((b) => b.id);
    if (ids.length === 0) {
      dropped.push(optimization.id);
      continue;
    }
    mapping.push({ id: optimization.id, from: optimization.addresses, to: ids });
    optimizations.push({ ...optimization, addresses: ids });
  }
  const kept = new Set(optimizations.map((o) => o.id));
  const order = plan.order?.filter((id) => kept.has(id));
  return { plan: { ...plan, optimizations, ...(order === undefined ? {} : { order }) }, mapping, dropped };
}

/**
 * Keeps the manifest entries of the optimizations that remain in the plan.
 * @param {{ changes: { optimization_id: string }[] }} manifest - the recorded dev-manifest.json
 * @param {Set<string>} kept - optimization ids still in the plan
 * @param {string} runId - the run id to record
 * @returns {object}
 */
export function manifestFor(manifest, kept, runId) {
  return { ...manifest, run_id: runId, changes: manifest.changes.filter((c) => kept.has(c.optimization_id)) };
}

/**
 * Formats a duration for progress lines.
 * @param {number} ms
 * @returns {string}
 */
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Formats a share with its interval, e.g. "31.2% [28.1, 34.5]".
 * @param {number} share
 * @param {{ low: number, high: number } | undefined} interval
 * @returns {string}
 */
function percent(share, interval) {
  const p = (x) => (x * 100).toFixed(1);
  return interval === undefined ? `${p(share)}%` : `${p(share)}% [${p(interval.low)}, ${p(interval.high)}]`;
}

/**
 * Lays out rows as an aligned text table.
 * @param {string[]} header
 * @param {string[][]} rows
 * @returns {string[]} lines
 */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (row) => `  ${row.map((cell, i) => (cell ?? '').padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/**
 * The bottleneck table people read: rank, function, place, share with interval, category.
 * @param {{ bottlenecks: { rank: number, function: string, file: string, line: number, self_share: number, share_interval: { low: number, high: number }, category: string, reason: string }[] }} report
 * @param {number} limit - rows to show
 * @returns {string}
 */
export function printBottlenecks(report, limit = 8) {
  const rows = report.bottlenecks.slice(0, limit).map((b) => [
    String(b.rank),
    b.function,
    `${b.file}:${b.line}`,
    percent(b.latency_share ?? b.self_share, b.share_interval),
    b.category,
  ]);
  const more = report.bottlenecks.length > limit ? [`  ... and ${report.bottlenecks.length - limit} more in bottleneck-report.json`] : [];
  const share = report.waits === undefined ? 'self time [95% CI]' : 'latency share [95% CI]';
  return [...table(['#', 'function', 'where', share, 'kind'], rows), ...more].join('\n');
}

/**
 * Formats one compared figure with its unit.
 * @param {number | null} value
 * @param {string} unit
 * @returns {string}
 */
function figure(value, unit) {
  if (value === null) return '-';
  if (unit === 'µs' && Math.abs(value) >= 1000) return figure(value / 1000, 'ms');
  if (unit === 'KiB' && Math.abs(value) >= 1024) return figure(value / 1024, 'MiB');
  if (unit === 'share of requests') return `${(value * 100).toFixed(2)}%`;
  const abs = Math.abs(value);
  const text = abs >= 1000 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : value.toPrecision(3);
  return `${text} ${unit}`;
}

/**
 * The before/after table: each metric's base and candidate medians, the change with its 95%
 * interval, and the verdict.
 * @param {{ metrics: { name: string, unit: string, scale: string, objective: boolean, base: number | null, candidate: number | null, effect: number | null, ci95: [number, number] | null, verdict: string }[] }} comparison
 * @returns {string}
 */
export function printBeforeAfter(comparison) {
  const change = (m) => {
    if (m.effect === null || m.ci95 === null) return 'n/a';
    if (m.scale === 'log') {
      const pct = (r) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%`;
      const times = m.effect >= 1.5 ? ` (${m.effect.toFixed(1)}x)` : m.effect <= 1 / 1.5 ? ` (${(1 / m.effect).toFixed(1)}x less)` : '';
      return `${pct(m.effect)} [${pct(m.ci95[0])}, ${pct(m.ci95[1])}]${times}`;
    }
    const scaled = m.unit === 'share of requests' ? (x) => `${(x * 100).toFixed(2)} pt` : (x) => x.toPrecision(3);
    const signed = (x) => `${x >= 0 ? '+' : ''}${scaled(x)}`;
    return `${signed(m.effect)} [${signed(m.ci95[0])}, ${signed(m.ci95[1])}]`;
  };
  const rows = comparison.metrics.map((m) => [`${m.objective ? '*' : ' '} ${m.name}`, figure(m.base, m.unit), figure(m.candidate, m.unit), change(m), m.verdict]);
  return [...table(['  metric', 'before (base)', 'after (candidate)', 'change [95% CI]', 'verdict'], rows), '  (* the objective metric; medians of paired trials in one run)'].join('\n');
}

/** Writes progress for people. */
function say(text = '') {
  process.stdout.write(`${text}\n`);
}

/**
 * Runs the real CLI in the project copy. stderr is the demo's (so perfflow's own progress shows
 * on a terminal); stdout is parsed as JSON.
 * @param {string} cwd - the project copy
 * @param {string[]} args - CLI arguments (without --json)
 * @returns {Promise<{ code: number, data: any, stdout: string }>}
 */
function perfflow(cwd, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(BIN, [...args, '--json'], { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      let data = null;
      try {
        data = JSON.parse(stdout);
      } catch {
        // Not JSON (a crash before the CLI could answer): the caller reports the exit code.
      }
      resolvePromise({ code: code ?? 1, data, stdout });
    });
  });
}

/**
 * Runs git in the project copy.
 * @param {string} cwd
 * @param {string[]} args
 * @returns {string} stdout
 * @throws {DemoStop} when git fails
 */
function git(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new DemoStop(`git ${args.join(' ')} failed: ${result.stderr.trim()}`, 4);
  return result.stdout;
}

/**
 * The commands this build of perfflow has, from `perfflow --help`.
 * @returns {Set<string>}
 */
function availableCommands() {
  const result = spawnSync(BIN, ['--help'], { encoding: 'utf8' });
  const line = `${result.stdout}\n${result.stderr}`.split('\n').find((l) => l.startsWith('commands:')) ?? '';
  return new Set(line.replace('commands:', '').split(',').map((c) => c.trim()).filter((c) => c !== ''));
}

/**
 * Copies the example (without its recording) into a fresh git repository.
 * @param {string} dir - an empty directory
 * @returns {string} the project directory
 */
function makeProject(dir) {
  const name = relative(join(ROOT, 'examples'), EXAMPLE);
  const project = join(dir, name);
  cpSync(EXAMPLE, project, {
    recursive: true,
    filter: (source) => {
      const rel = relative(EXAMPLE, source).split('\\').join('/');
      return !(rel === '.perfflow-demo' || rel.startsWith('.perfflow-demo/') || rel.startsWith('node_modules') || rel.startsWith('.claude/context'));
    },
  });
  git(project, ['init', '-q', '-b', 'main']);
  git(project, ['config', 'user.email', 'demo@perfflow.invalid']);
  git(project, ['config', 'user.name', 'perfflow demo']);
  git(project, ['add', '.']);
  git(project, ['commit', '-q', '-m', `${name} as shipped`]);
  // An example with dependencies (orders-api needs pg) finds them in perfflow's own node_modules,
  // which has them as devDependencies; the link is git-ignored by the example.
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  if (Object.keys(manifest.dependencies ?? {}).length > 0) symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

/**
 * Reads a JSON file of the run.
 * @param {string} path
 * @returns {any}
 */
function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * A new summary of a demo run, filled in as the steps go.
 * @param {boolean} wrongPatch
 * @returns {object}
 */
function newSummary(wrongPatch) {
  return { outcome: 'incomplete', wrong_patch: wrongPatch, project: '', run_id: '', run_dir: '', steps: [], missing_commands: [], report: null, validation: null, rollback: null, error: null, wall_ms: 0 };
}

/**
 * The demo, step by step.
 * @param {ReturnType<typeof demoOptions>} options
 * @param {ReturnType<typeof newSummary>} summary - filled in as the steps go (also when one fails)
 * @returns {Promise<object>} the summary
 */
async function runDemo(options, summary) {
  EXAMPLE = join(ROOT, 'examples', options.example);
  RECORDING = join(EXAMPLE, '.perfflow-demo');
  TARGET = EXAMPLES[options.example].target;
  if (options.wrongPatch && !existsSync(join(RECORDING, 'wrong-optimization.patch'))) throw new DemoStop(`examples/${options.example} has no recorded wrong patch; --wrong-patch works with --example users-api`, 2);
  if (!existsSync(join(ROOT, 'dist', 'cli', 'bin.js'))) throw new DemoStop("perfflow is not built: run 'npm run build' first", 2);
  const commands = availableCommands();
  const need = (command) => {
    if (commands.has(command)) return true;
    summary.missing_commands.push(command);
    return false;
  };
  const stopMissing = (command) => {
    say(`\n  'perfflow ${command}' is not in this build of perfflow yet, so the demo stops here.`);
    say(`  Everything so far is in ${summary.project}`);
    summary.outcome = 'stopped';
    return summary;
  };
  const step = (n, title, how) => say(`\n[${n}/9] ${title}  (${how})`);
  const submit = async (stepId) => {
    const result = await perfflow(summary.project, ['submit', stepId]);
    const gate = result.data?.gate;
    if (gate === undefined) throw new DemoStop(`perfflow submit ${stepId} answered no gate (exit ${result.code})`, result.code === 0 ? 1 : result.code);
    say(`      gate ${stepId}: ${gate.decision.toUpperCase()}${gate.decision === 'passed' ? '' : ` — ${gate.checks.filter((c) => !c.passed).map((c) => c.detail).join('; ')}`}`);
    summary.steps.push({ step: stepId, decision: gate.decision });
    if (gate.decision !== 'passed') throw new DemoStop(`the ${stepId} gate failed; see ${summary.run_dir}`, 1);
  };

  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'perfflow-demo-'));
  mkdirSync(dir, { recursive: true });
  summary.project = makeProject(dir);
  say(`perfflow demo: /performance --target ${TARGET} on a copy of examples/${options.example}${options.wrongPatch ? ', with a deliberately WRONG recorded patch' : ''}`);
  say(`  project copy: ${summary.project} (a fresh git repository; this repository is not touched)`);
  say(`  Real: baseline, rating, profile, validation, publish. Recorded (played from examples/${options.example}/.perfflow-demo/):`);
  say('  the plan, the optimization design and the code change, which a Claude Code session writes in a real run.');

  step(1, 'init: start a run', 'real');
  // The demo drives every step itself: a person started it, so no step waits for approval even
  // when it is run from inside a Claude Code session.
  const init = await perfflow(summary.project, ['init', '--target', TARGET, '--no-confirm']);
  if (init.code !== 0 || init.data?.run_id === undefined) throw new DemoStop(`perfflow init failed (exit ${init.code})`, init.code || 1);
  summary.run_id = init.data.run_id;
  summary.run_dir = init.data.run_dir;
  say(`      run ${summary.run_id}, base commit ${init.data.base_commit.slice(0, 12)}`);

  step(2, `baseline: measure ${EXAMPLES[options.example].load}${EXAMPLES[options.example].page === true ? '' : ' under load'}`, 'real');
  if (!need('baseline')) return stopMissing('baseline');
  let t = performance.now();
  const baselineRun = await perfflow(summary.project, ['baseline']);
  const baselinePath = join(summary.run_dir, 'baseline-metrics.json');
  if (baselineRun.code !== 0) {
    const reasons = existsSync(baselinePath) ? [...readJson(baselinePath).invalid_reasons, ...readJson(baselinePath).health_reasons] : [];
    throw new DemoStop(`perfflow baseline failed (exit ${baselineRun.code})${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`, baselineRun.code);
  }
  const baseline = readJson(baselinePath);
  const values = baselineValues(baseline);
  if (baseline.page !== undefined) say(`      LCP ${roundFigure(values.lcp_ms)} ms, blocking time ${roundFigure(values.tbt_ms)} ms, refresh ${roundFigure(values.interaction_ms)} ms, ${roundFigure(values.transfer_kib)} KiB transferred, medians of ${baseline.page.trials} page loads (${seconds(performance.now() - t)})`);
  else say(`      p50 ${roundFigure(values.latency_p50_ms)} ms, p99 ${roundFigure(values.latency_p99_ms)} ms, ${roundFigure(values.throughput_rps)} ${baseline.samples?.unit === 'flow' ? 'flows' : 'req'}/s, errors ${roundFigure(values.error_rate_percent)}% (${seconds(performance.now() - t)})`);
  await submit('baseline');

  step(3, 'planning: the planner writes the plan', 'RECORDED');
  const workflowId = readJson(join(summary.run_dir, 'run.json')).workflow_id;
  const planJson = fillPlaceholders(readFileSync(join(RECORDING, 'plan.json'), 'utf8'), values, true);
  const planMd = fillPlaceholders(readFileSync(join(RECORDING, 'plan.md'), 'utf8'), values, false);
  const plan = JSON.parse(planJson);
  writeFileSync(join(summary.run_dir, `plan-${workflowId}.json`), JSON.stringify({ ...plan, workflow_id: workflowId }, null, 2) + '\n');
  writeFileSync(join(summary.run_dir, `plan-${workflowId}.md`), planMd);
  say(`      plan ${plan.plan_id} (recorded; its baseline figures are this run's), ${plan.goals.length} goals, ${plan.risks.length} risks`);
  await submit('planning');

  step(4, 'plan-rating: the response-rater scores the plan', 'real');
  if (!need('rate')) return stopMissing('rate');
  const rating = await perfflow(summary.project, ['rate', join(summary.run_dir, `plan-${workflowId}.json`), '--plan-id', plan.plan_id]);
  if (rating.data?.score === undefined) throw new DemoStop(`perfflow rate failed (exit ${rating.code})`, rating.code || 1);
  const raters = (rating.data.raters ?? []).filter((r) => r.status === 'ok').map((r) => r.kind).join(' + ');
  say(`      score ${rating.data.score}/10 (minimum ${rating.data.minimum}; rater: ${raters || 'structural'})`);
  // In a run, rate decides the rating gate itself.
  const ratingGate = rating.data.gate;
  if (ratingGate === undefined) throw new DemoStop(`perfflow rate decided no gate (exit ${rating.code})`, rating.code || 1);
  say(`      gate plan-rating: ${ratingGate.decision.toUpperCase()}`);
  summary.steps.push({ step: 'plan-rating', decision: ratingGate.decision });
  if (ratingGate.decision !== 'passed') throw new DemoStop(`the plan-rating gate failed; see ${summary.run_dir}`, 1);

  step(5, `analysis: profile the ${EXAMPLES[options.example].page === true ? 'page in the browser' : 'server under load'} and rank the bottlenecks`, 'real');
  if (!need('profile')) return stopMissing('profile');
  t = performance.now();
  const profile = await perfflow(summary.project, ['profile']);
  if (profile.code !== 0) throw new DemoStop(`perfflow profile failed (exit ${profile.code})`, profile.code);
  const report = readJson(join(summary.run_dir, 'bottleneck-report.json'));
  say(`      ${report.samples.active} active samples over ${seconds(report.samples.duration_ms)} (${seconds(performance.now() - t)}); where the time goes:`);
  say(printBottlenecks(report).replace(/^/gm, '    '));
  for (const f of report.findings.filter((x) => x.significant && ['long-task', 'oversized-bundle', 'render-blocking-resource'].includes(x.kind))) say(`      ${f.kind}: ${f.summary.length > 200 ? `${f.summary.slice(0, 197)}...` : f.summary}`);
  await submit('analysis');

  step(6, 'optimization-planning: the architect designs the optimizations', 'RECORDED');
  const recordedPlan = readJson(join(RECORDING, 'optimization-plan.json'));
  const mapped = mapOptimizations(recordedPlan, report);
  writeFileSync(join(summary.run_dir, 'optimization-plan.json'), JSON.stringify(mapped.plan, null, 2) + '\n');
  for (const m of mapped.mapping) say(`      ${m.id}: ${m.from.join(', ')} -> ${m.to.join(', ')}`);
  if (mapped.dropped.length > 0) say(`      not ranked by this profile, so left out: ${mapped.dropped.join(', ')}`);
  say("      (the recording names functions; they are mapped to this run's bottleneck ids)");
  await submit('optimization-planning');

  step(7, `implementation: the developer changes the code${options.wrongPatch ? ' (the WRONG patch)' : ''}`, 'RECORDED');
  const patch = join(RECORDING, options.wrongPatch ? 'wrong-optimization.patch' : 'optimization.patch');
  git(summary.project, ['apply', patch]);
  const kept = new Set(mapped.plan.optimizations.map((o) => o.id));
  const manifest = manifestFor(readJson(join(RECORDING, options.wrongPatch ? 'wrong-dev-manifest.json' : 'dev-manifest.json')), kept, summary.run_id);
  writeFileSync(join(summary.run_dir, 'dev-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  say(`      applied ${relative(ROOT, patch)}: ${git(summary.project, ['diff', '--shortstat']).trim()}`);
  await submit('implementation');

  step(8, 'validation: paired base-vs-candidate comparison and behaviour check', 'real');
  t = performance.now();
  const validation = await perfflow(summary.project, ['validate', '--budget', String(options.budgetS), ...(options.minBlocks === undefined ? [] : ['--min-blocks', String(options.minBlocks)])]);
  const comparisonPath = join(summary.run_dir, 'performance-comparison.json');
  if (!existsSync(comparisonPath)) throw new DemoStop(`perfflow validate wrote no comparison (exit ${validation.code})`, validation.code || 1);
  const comparison = readJson(comparisonPath);
  say(`      ${comparison.design.pairs} paired block(s) (base, candidate and an A/A copy of the base, each a fresh server process) in ${seconds(performance.now() - t)}`);
  say(`      behaviour ${comparison.behaviour.passed === true ? 'unchanged' : comparison.behaviour.passed === false ? 'CHANGED' : 'not established'}: ${comparison.behaviour.checks.map((c) => `${c.name} ${c.status}`).join('; ')}`);
  say('');
  say(printBeforeAfter(comparison));
  const gate = validation.data?.gate;
  summary.steps.push({ step: 'validation', decision: gate?.decision ?? 'failed' });
  summary.validation = { status: comparison.validation_status, behaviour_passed: comparison.behaviour.passed, reasons: comparison.status_reasons };
  say(`\n      gate validation: ${(gate?.decision ?? 'failed').toUpperCase()} — validation_status ${comparison.validation_status}`);
  for (const reason of comparison.status_reasons) say(`        - ${reason.length > 220 ? `${reason.slice(0, 217)}...` : reason}`);

  if (gate?.decision !== 'passed') {
    step(9, 'rollback: restore the code as it was before the optimization', 'real');
    const changedBefore = git(summary.project, ['status', '--porcelain', '--', 'src']).trim();
    const rollback = await perfflow(summary.project, ['rollback']);
    const changedAfter = git(summary.project, ['status', '--porcelain', '--', 'src']).trim();
    summary.rollback = { exit_code: rollback.code, changed_before: changedBefore.split('\n').filter((l) => l !== ''), changed_after: changedAfter.split('\n').filter((l) => l !== '') };
    say(`      perfflow rollback: exit ${rollback.code}; src/ changes before: ${summary.rollback.changed_before.length} file(s), after: ${summary.rollback.changed_after.length}`);
    const next = await perfflow(summary.project, ['next']);
    if (next.data?.step?.id !== undefined) say(`      the run is back at step '${next.data.step.id}' (perfflow next), with the failed attempt kept under history/`);
    summary.outcome = rollback.code === 0 && changedAfter === '' ? 'rolled-back' : 'rollback-failed';
    if (options.wrongPatch) {
      say(`\nThe gate stopped a change that ${comparison.behaviour.passed === false ? 'changed what the API answers' : 'did not hold up'}, and the code is back as it was.`);
    } else {
      say(`\nThe validation did not pass (${comparison.validation_status}), so nothing is published and the code is back as it was.`);
      if (comparison.validation_status === 'inconclusive') say('A longer budget gives more paired trials: npm run demo -- --budget 90');
    }
    say(`Run directory: ${summary.run_dir}`);
    return summary;
  }

  step(9, 'publish: feed item and HTML report', 'real');
  if (!need('publish')) return stopMissing('publish');
  const publish = await perfflow(summary.project, ['publish']);
  const published = publish.data;
  if (publish.code !== 0 || published?.gate === undefined) throw new DemoStop(`perfflow publish failed (exit ${publish.code})`, publish.code || 1);
  summary.steps.push({ step: 'publish', decision: published.gate.decision });
  summary.report = published.report;
  summary.outcome = published.gate.decision === 'passed' ? 'published' : 'failed';
  say(`      ${published.headline}`);
  say(`      feed ${published.feed}; ${published.files} artifacts with sha256 in ${published.manifest}`);
  say(`      gate publish: ${published.gate.decision.toUpperCase()}`);
  say('');
  say('Summary');
  say(`  bottlenecks found: ${report.bottlenecks.slice(0, 5).map((b) => `${b.function}${b.wait === undefined ? '' : ` (${b.file}:${b.line})`} (${percent(b.latency_share ?? b.self_share)}${b.latency_share === undefined ? '' : ' of latency'}, ${b.category})`).join(', ')}`);
  const objective = comparison.metrics.find((m) => m.objective);
  if (objective !== undefined) say(`  ${objective.name}: ${figure(objective.base, objective.unit)} -> ${figure(objective.candidate, objective.unit)}, behaviour unchanged`);
  say(`  pull-request summary: ${published.summary}`);
  say(`  HTML report: ${published.report}`);
  return summary;
}

/**
 * Starts the example's throwaway PostgreSQL (its own scripts/db.mjs) and puts its URL in the
 * environment every perfflow command of the demo, and so every server it starts, inherits.
 * @param {string} example - the example's name
 * @returns {Promise<{ stop: () => void }>}
 * @throws {DemoStop} when PostgreSQL is missing or does not start (exit 4)
 */
async function startDemoDatabase(example) {
  const { startDatabase, DatabaseError } = await import(pathToFileURL(join(ROOT, 'examples', example, 'scripts', 'db.mjs')).href);
  try {
    const db = await startDatabase();
    process.env.DATABASE_URL = db.url;
    say(`throwaway PostgreSQL for examples/${example}: ${db.url} (removed when the demo ends)`);
    return db;
  } catch (error) {
    if (error instanceof DatabaseError) throw new DemoStop(error.message, error.exitCode);
    throw error;
  }
}

async function main() {
  const started = performance.now();
  // The demo's rating is the structural rater, plus the API judge when a key is set; never a
  // headless claude -p with the user's login (slow, and it would wait out its timeout offline).
  process.env.PERFFLOW_RATER_JUDGE ??= process.env.ANTHROPIC_API_KEY ? 'api' : 'none';
  let options;
  try {
    options = demoOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof DemoStop)) throw error;
    process.stderr.write(`demo: ${error.message}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const summary = newSummary(options.wrongPatch);
  let exitCode = 0;
  try {
    const database = EXAMPLES[options.example].database === true ? await startDemoDatabase(options.example) : null;
    try {
      await runDemo(options, summary);
    } finally {
      database?.stop();
    }
    // The wrong patch is meant to be stopped and rolled back; the right one is meant to be published.
    const expected = options.wrongPatch ? ['rolled-back'] : ['published', 'stopped'];
    if (!expected.includes(summary.outcome)) exitCode = 1;
  } catch (error) {
    if (!(error instanceof DemoStop)) throw error;
    process.stderr.write(`demo: ${error.message}\n`);
    summary.outcome = 'failed';
    summary.error = error.message;
    exitCode = error.exitCode;
  }
  const wall = performance.now() - started;
  summary.wall_ms = Math.round(wall);
  say(`\nDemo finished in ${seconds(wall)}.`);
  if (options.summary !== undefined) writeFileSync(options.summary, JSON.stringify(summary, null, 2) + '\n');
  process.exitCode = exitCode;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
