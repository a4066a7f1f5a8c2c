// The CI-noise benchmark: does `perfflow ci` cry wolf, and does it catch a small regression? It
// builds N pull requests that change nothing measurable (a comment in the code, a README line) and
// N pull requests with a planted 5% regression (5% more work, the same answers) in a project with a
// function target and a command target, runs the real `perfflow ci` on each (default budgets unless
// --budget), and prints false failures (goal 0/N), regressions caught per target (goal >= 90%) and
// the wall time per pull request. --hog runs a busy loop on one core beside every comparison, as a
// shared CI runner has neighbours.
//
//   node bench/ci-noise.bench.mjs [--n 20] [--budget <s>] [--hog] [--threshold 2%] [--json <file>]
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
// The work and, for the planted regression, 5% more of it whose result is discarded: the same answers.
const work = (extra) => `export function work() {
  let s = 0;
  for (let i = 0; i < 2000000; i++) s = (s + i * i) % 1000003;
  let t = 0;
  for (let i = 0; i < ${extra}; i++) t = (t + i * i) % 1000003;
  return t === -1 ? s + 1 : s;
}
`;
const FILES = {
  'perfflow.config.yaml': CONFIG,
  'tasks.mjs': "import { work } from './work.mjs';\nexport default { work: () => work() };\n",
  'cli.mjs': "import { work } from './work.mjs';\nlet s = 0;\nfor (let r = 0; r < 5; r++) s += work();\nif (s < 0) console.log(s);\n",
  'work.mjs': work(0),
  'README.md': '# app\n',
};

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
  if (kind === 'regression') writeFileSync(join(root, 'work.mjs'), work(100000));
  else {
    writeFileSync(join(root, 'work.mjs'), `// a comment the pull request adds\n${work(0)}`);
    writeFileSync(join(root, 'README.md'), '# app\n\nMore words.\n');
  }
  gitIn(root, 'commit', '-q', '-am', kind);
  return root;
}

function runGate(root) {
  const argv = ['ci', '--json', '--history', 'off'];
  if (args.budget !== undefined) argv.push('--budget', args.budget);
  if (args.threshold !== undefined) argv.push('--threshold', args.threshold);
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

let hog = null;
if (args.hog) hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}${args.hog ? ', with a CPU hog on one core' : ''}`);
console.log(`${N} no-change and ${N} planted-5% pull requests; budget ${args.budget === undefined ? 'default per kind (function 10 s, command 30 s)' : `${args.budget} s per target`}; threshold ${args.threshold ?? 'default (2%)'}`);

const rows = [];
try {
  for (const kind of ['no-change', 'regression']) {
    for (let i = 0; i < N; i += 1) {
      const root = pullRequest(kind);
      try {
        const { code, seconds, data, stderr } = runGate(root);
        const outcome = Object.fromEntries(
          (data?.targets ?? []).map((t) => {
            const main = t.metrics.find((m) => m.name === 'time/work' || m.name === 'wall_time');
            return [t.name, { outcome: t.outcome, change: main?.effect ?? null, verdict: main?.verdict ?? null }];
          }),
        );
        rows.push({ kind, i, code, seconds, outcome, error: data === null ? stderr.trim().split('\n')[0] : null });
        const show = (name) => {
          const o = outcome[name];
          if (o === undefined) return `${name} ?`;
          return `${name} ${o.outcome} (${o.change === null ? 'no estimate' : `${((o.change - 1) * 100).toFixed(1)}%`}, ${o.verdict ?? '?'})`;
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
console.log(`wall time per PR: ${summary.seconds_per_pr.toFixed(1)} s (two targets)`);
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
