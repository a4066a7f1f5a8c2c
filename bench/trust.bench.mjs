// The trust benchmark: does the comparison engine tell the truth? Every scenario of
// bench/trust/scenarios.mjs (true gains of 2x, 10%, 5%, 2%; noise-only edits; slower, wrong,
// benchmark-editing, test-weakening, memoizing, input-mutating, throwing, tail-regressing,
// load-shedding and leaking candidates) is set up as a git repository with a base commit and an edit,
// and compared with the default budget through the same engine as `perfflow compare`. It prints, in
// one run: false passes (goal 0), true gains missed (goal 0 at >= 5%; 2% reported), false alarms on
// untouched metrics and noise-only edits (goal <= 2% of metrics), the noise floor per metric of
// the noise-only http comparison, and the seconds each comparison took.
//
//   node bench/trust.bench.mjs [--only <text>] [--reps <n>] [--aa <n>] [--real] [--hog] [--design process|shared-process] [--sequential off|on|both] [--json <file>]
//
// --sequential both runs every comparison twice on the same seed, with the fixed budget and with
// the pre-registered sequential design (lib/compare/sequential.ts), and prints the figures of each
// side by side: false passes, missed gains, false alarms (must not rise) and seconds per comparison.
//
// --only keeps the scenarios whose name contains one of its comma-separated parts; --reps repeats every scenario; --aa adds that many extra runs of each noise-only scenario (the
// false-alarm rate needs many); --real adds comment-only edits of real libraries (underscore, ejs,
// moment, lru-cache, installed from the npm registry into node_modules/.cache the first time); --hog runs a busy loop on one core beside the comparisons; --design
// shared-process measures function targets the way perfflow measured them before (every arm in one
// process), to show why it no longer does. Needs `npm run build` first (it imports dist/).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareTarget } from '../dist/compare/compare-target.js';
import { loadConfig } from '../dist/config/load.js';
import { realCodeScenarios } from './trust/real-code.mjs';
import { SCENARIOS } from './trust/scenarios.mjs';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    reps: { type: 'string', default: '1' },
    aa: { type: 'string', default: '0' },
    hog: { type: 'boolean', default: false },
    design: { type: 'string', default: 'process' },
    real: { type: 'boolean', default: false },
    json: { type: 'string' },
    sequential: { type: 'string', default: 'off' },
  },
});
const designs = { off: [false], on: [true], both: [false, true] }[args.sequential];
if (designs === undefined) throw new Error(`--sequential '${args.sequential}' must be off, on or both`);

function repo(files) {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-trust-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const git = (...a) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: root, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return { root, commit: git('rev-parse', 'HEAD') };
}

async function runScenario(scenario, seed, sequential) {
  const { root, commit } = repo(scenario.base);
  for (const [path, text] of Object.entries(scenario.edit)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const started = performance.now();
  try {
    const { comparison } = await compareTarget({
      projectRoot: root,
      targetName: Object.keys(loadConfig(root).targets)[0],
      config: loadConfig(root),
      base: { commit, ref: 'main' },
      seed,
      objective: scenario.objective,
      environment: async () => ({}),
      functionDesign: args.design,
      sequential,
    });
    return { comparison, seed, seconds: (performance.now() - started) / 1000, error: null };
  } catch (error) {
    return { comparison: null, seed, seconds: (performance.now() - started) / 1000, error: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function classify(scenario, outcome) {
  const c = outcome.comparison;
  const status = c === null ? `error` : c.validation_status;
  const objective = c?.metrics.find((m) => m.role === 'objective');
  const flagged = (c?.metrics ?? []).filter((m) => (scenario.quiet ?? []).includes(m.name) && (m.verdict === 'improved' || m.verdict === 'regressed'));
  const checked = (c?.metrics ?? []).filter((m) => (scenario.quiet ?? []).includes(m.name));
  const falsePass = scenario.expect !== 'pass' && status === 'pass';
  const missed = scenario.expect === 'pass' && status !== 'pass';
  return { status, objective, flagged, checked: checked.length, falsePass, missed };
}

function pct(x) {
  return `${x >= 1 ? '+' : ''}${((x - 1) * 100).toFixed(1)}%`;
}

let hog = null;
if (args.hog) {
  hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
}
const reps = Number(args.reps);
const extraAa = Number(args.aa);
const corpus = args.real ? [...SCENARIOS, ...realCodeScenarios()] : SCENARIOS;
const chosen = corpus.filter((s) => args.only === undefined || args.only.split(',').some((part) => s.name.includes(part)));
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}${args.hog ? ', with a CPU hog on one core' : ''}; function design: ${args.design}`);
const rows = [];
let seed = 7000;
try {
  for (const scenario of chosen) {
    const runs = reps + (scenario.expect === 'no-pass' ? extraAa : 0);
    for (let i = 0; i < runs; i += 1) {
      seed += 1;
      for (const sequential of designs) {
        const outcome = await runScenario(scenario, seed, sequential);
        const verdict = classify(scenario, outcome);
        rows.push({ scenario, outcome, verdict, sequential });
        const o = verdict.objective;
        const figure = o?.effect == null ? '' : o.scale === 'log' ? `${o.name} ${pct(o.effect)} [${pct(o.ci95[0])}, ${pct(o.ci95[1])}] floor ${(o.noise_floor * 100).toFixed(1)}%` : '';
        const seq = outcome.comparison?.design.sequential;
        const stop = !sequential ? '[fixed] ' : seq?.stopped_at ? `[seq: stopped at block ${seq.stopped_at.block}, look ${seq.stopped_at.look}] ` : `[seq: ${outcome.comparison?.design.pairs ?? '?'} blocks, to the end] `;
        const mark = verdict.falsePass ? 'FALSE PASS' : verdict.missed ? (scenario.report ? 'missed (reported)' : 'MISSED') : verdict.flagged.length > 0 ? 'FALSE ALARM' : 'ok';
        const why = outcome.error ?? (verdict.status === 'pass' ? '' : (outcome.comparison?.status_reasons[0] ?? '').slice(0, 150));
        console.log(`${mark.padEnd(17)} ${scenario.name.padEnd(46)} expect ${scenario.expect.padEnd(7)} got ${verdict.status.padEnd(12)} ${outcome.seconds.toFixed(1).padStart(5)} s  ${figure}${verdict.flagged.length > 0 ? `  flagged: ${verdict.flagged.map((m) => `${m.name} ${m.verdict}`).join(', ')}` : ''}${why === '' ? '' : `\n${' '.repeat(18)}${why}`}`.replace(`${scenario.name.padEnd(46)}`, `${stop}${scenario.name.padEnd(46)}`));
      }
    }
  }
} finally {
  hog?.kill('SIGKILL');
}

function summarize(rows, label) {
  const adversarial = rows.filter((r) => r.scenario.expect !== 'pass');
  const gains = rows.filter((r) => r.scenario.expect === 'pass' && !r.scenario.report);
  const reported = rows.filter((r) => r.scenario.expect === 'pass' && r.scenario.report);
  const quietMetrics = rows.reduce((n, r) => n + r.verdict.checked, 0);
  const alarms = rows.reduce((n, r) => n + r.verdict.flagged.length, 0);
  const byKind = (kind) => rows.filter((r) => r.scenario.kind === kind).map((r) => r.outcome.seconds);
  const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  console.log(`\n${label}`);
  console.log(`false passes:            ${adversarial.filter((r) => r.verdict.falsePass).length} of ${adversarial.length} candidates that must not pass (goal 0)`);
  console.log(`true gains missed:       ${gains.filter((r) => r.verdict.missed).length} of ${gains.length} at >= 5% (goal 0); reported gains (2%, http 5%): ${reported.filter((r) => !r.verdict.missed).length} of ${reported.length} detected`);
  console.log(`false alarms:            ${alarms} of ${quietMetrics} untouched or noise-only metrics (${quietMetrics === 0 ? 0 : ((100 * alarms) / quietMetrics).toFixed(1)}%; goal <= 2%)`);
  const httpNoise = rows.filter((r) => r.scenario.kind === 'http' && r.scenario.expect === 'no-pass' && r.outcome.comparison !== null);
  if (httpNoise.length > 0) {
    const floors = {};
    for (const r of httpNoise) for (const m of r.outcome.comparison.metrics) (floors[m.name] ??= []).push(m.scale === 'log' ? `${(m.noise_floor_measured ?? 0) * 100 >= 0 ? ((m.noise_floor_measured ?? 0) * 100).toFixed(1) : '?'}%` : String(m.noise_floor_measured));
    console.log(`http A/A floor measured: ${Object.entries(floors).map(([k, v]) => `${k} ${v.join('/')}`).join(', ')} (goal <= 5%)`);
  }
  console.log(`seconds per comparison:  function ${mean(byKind('function')).toFixed(1)}, command ${mean(byKind('command')).toFixed(1)}, http ${mean(byKind('http')).toFixed(1)}; load now ${loadavg()[0].toFixed(2)}`);
  const early = rows.filter((r) => r.outcome.comparison?.design.sequential?.stopped_early === true).length;
  if (rows.some((r) => r.sequential)) console.log(`stopped early:           ${early} of ${rows.length} comparisons`);
}
for (const sequential of designs) summarize(rows.filter((r) => r.sequential === sequential), sequential ? 'sequential design (pre-registered looks at 50% and 75% of the budget):' : 'fixed budget:');
if (designs.length === 2) {
  const pairs = rows.filter((r) => r.sequential).map((r) => [rows.find((f) => !f.sequential && f.scenario === r.scenario && f.outcome.seed === r.outcome.seed), r]);
  for (const kind of ['function', 'command', 'http']) {
    const ofKind = pairs.filter(([f, r]) => f !== undefined && r.scenario.kind === kind && r.outcome.comparison !== null && f.outcome.comparison !== null);
    if (ofKind.length === 0) continue;
    const saved = ofKind.reduce((n, [f, r]) => n + (f.outcome.seconds - r.outcome.seconds), 0) / ofKind.length;
    const same = ofKind.filter(([f, r]) => f.verdict.status === r.verdict.status).length;
    console.log(`${kind}: sequential saves ${saved.toFixed(1)} s per comparison on average; same status as the fixed budget in ${same} of ${ofKind.length}`);
  }
}
if (args.json !== undefined) {
  writeFileSync(
    args.json,
    JSON.stringify(
      rows.map((r) => ({ name: r.scenario.name, sequential: r.sequential, design: r.outcome.comparison?.design ?? null, expect: r.scenario.expect, status: r.verdict.status, seconds: r.outcome.seconds, error: r.outcome.error, flagged: r.verdict.flagged.map((m) => m.name), metrics: r.outcome.comparison?.metrics ?? null, reasons: r.outcome.comparison?.status_reasons ?? null })),
      null,
      2,
    ),
  );
}
