// The CI-noise benchmark: does `perfflow ci` cry wolf, and does it catch a small regression? It
// builds N pull requests that change nothing measurable (a comment in the code, a README line) and
// N pull requests with a planted 5% regression (5% more work, the same answers) in a project with a
// function target and a command target, runs the real `perfflow ci` on each (default budgets unless
// --budget), and prints false failures (goal 0/N), regressions caught per target (goal >= 90%) and
// the wall time per pull request. --hog runs a busy loop on one core beside every comparison, as a
// shared CI runner has neighbours.
//
//   node bench/ci-noise.bench.mjs [--n 20] [--budget <s>] [--hog] [--threshold 2%] [--json <file>]
//                                 [--targets lib,cli] [--only no-change,regression]
//
// Needs `npm run build` first (it runs bin/perfflow, which runs dist/).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '20' },
    budget: { type: 'string' },
    threshold: { type: 'string' },
    hog: { type: 'boolean', default: false },
    json: { type: 'string' },
    targets: { type: 'string' },
    only: { type: 'string' },
  },
});
const N = Number(args.n);
if (!Number.isInteger(N) || N < 1) throw new Error(`--n '${args.n}' must be a whole number of pull requests per group, e.g. --n 20`);
const BIN = fileURLToPath(new URL('../bin/perfflow', import.meta.url));

const CONFIG = `targets:
  lib:
    function:
      file: tasks.mjs
  cli:
    command:
      run: node cli.mjs
      runs: 3
`;
// One loop, whose length sizes.mjs sets per target; the answer is the checksum after the base's
// length, so a longer loop (the planted regression) does more work and returns the same value.
const WORK = `export function work(n, keep) {
  let s = 0;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    s = (s + i * i) % 1000003;
    if (i === keep - 1) kept = s;
  }
  return kept;
}
`;
const LIB_N = 2_000_000;
const CLI_N = 6_000_000;
const sizes = (lib, cli) => `export const LIB = ${lib};\nexport const CLI = ${cli};\nexport const KEEP_LIB = ${LIB_N};\nexport const KEEP_CLI = ${CLI_N};\n`;
const FILES = {
  'perfflow.config.yaml': CONFIG,
  'tasks.mjs': "import { work } from './work.mjs';\nimport { LIB, KEEP_LIB } from './sizes.mjs';\nexport default { work: () => work(LIB, KEEP_LIB) };\n",
  'cli.mjs': "import { work } from './work.mjs';\nimport { CLI, KEEP_CLI } from './sizes.mjs';\nif (work(CLI, KEEP_CLI) < 0) console.log('never');\n",
  'work.mjs': WORK,
  'sizes.mjs': sizes(LIB_N, CLI_N),
  'README.md': '# app\n',
};

/**
 * The planted regressions, 5% of each target's own time: the function is the loop alone (its call
 * costs nothing beside 2M iterations), so 5% more iterations; the command is Node's start-up plus
 * its loop, so its extra iterations are 5% of its whole time, measured here from runs of the
 * command at two loop lengths (alternated, medians).
 */
function calibrate() {
  const dir = mkdtempSync(join(tmpdir(), 'perfflow-ci-noise-calibrate-'));
  try {
    for (const [path, text] of Object.entries(FILES)) writeFileSync(join(dir, path), text);
    const timeOf = (n) => {
      writeFileSync(join(dir, 'sizes.mjs'), sizes(LIB_N, n));
      const started = performance.now();
      execFileSync(process.execPath, ['cli.mjs'], { cwd: dir });
      return performance.now() - started;
    };
    const one = [];
    const two = [];
    for (let i = 0; i < 9; i += 1) {
      one.push(timeOf(CLI_N));
      two.push(timeOf(2 * CLI_N));
    }
    const t1 = median(one);
    const perIteration = (median(two) - t1) / CLI_N;
    if (!(perIteration > 0)) throw new Error('calibration failed: a longer loop did not take longer');
    return { lib: Math.round(LIB_N * 1.05), cli: CLI_N + Math.round((0.05 * t1) / perIteration), commandMs: t1, startupMs: t1 - CLI_N * perIteration };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function gitIn(root, ...argv) {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...argv], { cwd: root, encoding: 'utf8' }).trim();
}

function pullRequest(kind) {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-ci-noise-'));
  for (const [path, text] of Object.entries(FILES)) writeFileSync(join(root, path), text);
  gitIn(root, 'init', '-q', '-b', 'main');
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-q', '-m', 'base');
  gitIn(root, 'checkout', '-q', '-b', 'pr');
  if (kind === 'regression') writeFileSync(join(root, 'sizes.mjs'), sizes(plant.lib, plant.cli));
  else {
    writeFileSync(join(root, 'work.mjs'), `// a comment the pull request adds\n${WORK}`);
    writeFileSync(join(root, 'README.md'), '# app\n\nMore words.\n');
  }
  gitIn(root, 'commit', '-q', '-am', kind);
  return root;
}

function runGate(root) {
  const argv = ['ci', '--json', '--history', 'off'];
  if (args.budget !== undefined) argv.push('--budget', args.budget);
  if (args.threshold !== undefined) argv.push('--threshold', args.threshold);
  if (args.targets !== undefined) argv.push('--targets', args.targets);
  const started = performance.now();
  const result = spawnSync(BIN, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  let data;
  try {
    data = JSON.parse(result.stdout);
  } catch {
    data = null; // a crash prints no JSON: counted as an error below
  }
  return { code: result.status, seconds, data, stderr: result.stderr };
}

// The hog starts before the calibration: the command's planted 5% is 5% of its time under the
// conditions it is measured in (calibrated on a quiet machine, the plant read +3.6% on average
// under the hog: the command's fixed costs grew more than its loop).
let hog = null;
if (args.hog) hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
let plant;
try {
  plant = calibrate();
} catch (error) {
  hog?.kill('SIGKILL');
  throw error;
}
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}${args.hog ? ', with a CPU hog on one core' : ''}`);
console.log(`planted regressions: function loop ${LIB_N} -> ${plant.lib} iterations (+5%); command loop ${CLI_N} -> ${plant.cli} iterations (+5% of its ${plant.commandMs.toFixed(0)} ms, of which ${plant.startupMs.toFixed(0)} ms is Node's start-up)`);
console.log(`${N} no-change and ${N} planted-5% pull requests; budget ${args.budget === undefined ? 'default (60 s for the function target, 90 s for the command target)' : `${args.budget} s per target`}; threshold ${args.threshold ?? 'default (2%)'}`);

const rows = [];
try {
  for (const kind of args.only === undefined ? ['no-change', 'regression'] : args.only.split(',')) {
    for (let i = 0; i < N; i += 1) {
      const root = pullRequest(kind);
      try {
        const { code, seconds, data, stderr } = runGate(root);
        const outcome = Object.fromEntries(
          (data?.targets ?? []).map((t) => {
            const main = t.metrics.find((m) => m.name === 'time/work' || m.name === 'wall_time');
            return [t.name, { outcome: t.outcome, change: main?.effect ?? null, verdict: main?.verdict ?? null, ci95: main?.ci95 ?? null, floor: main?.noise_floor ?? null, p_holm: main?.p_holm ?? null, pairs: t.pairs ?? null, stopped: t.design?.stopped_early === true ? `stopped at look ${t.design.look}, ${(t.design.saved_ms / 1000).toFixed(1)} s saved` : null }];
          }),
        );
        rows.push({ kind, i, code, seconds, outcome, error: data === null ? stderr.trim().split('\n')[0] : null });
        const show = (name) => {
          const o = outcome[name];
          if (o === undefined) return `${name} ?`;
          return `${name} ${o.outcome} (${o.change === null ? 'no estimate' : `${((o.change - 1) * 100).toFixed(1)}%`}, ${o.verdict ?? '?'}${o.stopped === null ? '' : `, ${o.stopped}`})`;
        };
        console.log(`${kind.padEnd(10)} #${String(i + 1).padStart(2)}: exit ${code}, ${show('lib')}, ${show('cli')}, ${seconds.toFixed(1)} s`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  }
} finally {
  hog?.kill('SIGKILL');
}

const noChange = rows.filter((r) => r.kind === 'no-change');
const planted = rows.filter((r) => r.kind === 'regression');
const caught = (name) => planted.filter((r) => r.outcome[name]?.outcome === 'fail').length;
const falseFailures = noChange.filter((r) => r.code !== 0).length;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const summary = {
  n: N,
  hog: args.hog,
  false_failures: falseFailures,
  caught: { lib: caught('lib'), cli: caught('cli') },
  prs_failed_with_regression: planted.filter((r) => r.code === 1).length,
  seconds_per_pr: mean(rows.map((r) => r.seconds)),
  errors: rows.filter((r) => r.code !== 0 && r.code !== 1).length,
};
console.log('');
console.log(`false failures (no-change PRs with a red build): ${falseFailures}/${N} (goal 0)`);
console.log(`regressions caught: function target ${summary.caught.lib}/${N}, command target ${summary.caught.cli}/${N} (goal >= ${Math.ceil(N * 0.9)}/${N}); PRs failed: ${summary.prs_failed_with_regression}/${N}`);
console.log(`wall time per PR: ${summary.seconds_per_pr.toFixed(1)} s (two targets); targets stopped early by the sequential design: ${rows.flatMap((r) => Object.values(r.outcome)).filter((o) => o.stopped !== null).length} of ${rows.flatMap((r) => Object.values(r.outcome)).length}`);
for (const [kind, group] of [['no-change', noChange], ['planted 5%', planted]]) {
  for (const name of ['lib', 'cli']) {
    const changes = group.map((r) => r.outcome[name]?.change).filter((c) => typeof c === 'number').map((c) => (c - 1) * 100);
    if (changes.length === 0) continue;
    const m = mean(changes);
    const sd = Math.sqrt(mean(changes.map((c) => (c - m) ** 2)));
    console.log(`  ${kind} ${name}: estimates mean ${m.toFixed(1)}%, spread (sd) ${sd.toFixed(1)}% over ${changes.length} PRs`);
  }
}
if (summary.errors > 0) console.log(`errors (exit other than 0 or 1): ${summary.errors}`);
if (args.json !== undefined) writeFileSync(args.json, `${JSON.stringify({ summary, rows }, null, 2)}\n`);
