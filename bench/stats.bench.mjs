// How honest is the comparison engine? For a function target and a command target with a known,
// injected slowdown, repeated paired comparisons measure: the false-alarm rate of A/A comparisons
// (identical code on both sides), the detection rate of a 5% and a 2% slowdown, the share of 95%
// intervals that contain the true change, and how long each comparison took.
// Goals: false alarms <= 5%; a 5% change detected >= 9 times in 10 within 10 s (functions) and 30 s
// (commands); about 95% coverage.
// PERFFLOW_BENCH_REPS=<n> sets the repetitions per scenario (default 10; function A/A runs twice as many);
// PERFFLOW_BENCH_KINDS=function or =command runs one kind only.
// Needs `npm run build` first (it imports dist/).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { openFunctionPair } from '../dist/compare/function-pair.js';
import { openCommandPair } from '../dist/compare/command-pair.js';
import { runPaired } from '../dist/compare/run-paired.js';

const reps = Number(process.env.PERFFLOW_BENCH_REPS ?? 10);
const FUNCTION_BUDGET_MS = 10000; // the default budget of a function comparison
const COMMAND_BUDGET_MS = 27000; // plus about 1.5 s of set-up: within the 30 s goal
const ITERATIONS = 200000;
const SPIN_MS = 150;

const taskModule = (n) =>
  `const N = ${n};\nexport default { work: () => { let x = 0; for (let i = 0; i < N; i++) x = (x * 31 + i) | 0; return x !== 12345 ? 'ok' : 'rare'; } };\n`;
// Busy-waits a fixed wall time after start-up, so that the injected change is exactly known.
const spinScript = 'const ms = Number(process.argv[2]); const t = performance.now(); while (performance.now() - t < ms) {}\n';

// Three directories of one shape: the base, its A/A copy and the candidate, each with its own files.
function sides() {
  return { base: mkdtempSync(join(tmpdir(), 'perfflow-bench-')), 'base-aa': mkdtempSync(join(tmpdir(), 'perfflow-bench-')), candidate: mkdtempSync(join(tmpdir(), 'perfflow-bench-')) };
}

function removeSides(roots) {
  for (const dir of Object.values(roots)) rmSync(dir, { recursive: true, force: true });
}

function medianWallMs(dir, spinMs, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    spawnSync('sh', ['-c', `node spin.mjs ${spinMs}`], { cwd: dir });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

async function functionComparison(factor, seed) {
  const roots = sides();
  writeFileSync(join(roots.base, 'task.mjs'), taskModule(ITERATIONS));
  writeFileSync(join(roots['base-aa'], 'task.mjs'), taskModule(ITERATIONS));
  writeFileSync(join(roots.candidate, 'task.mjs'), taskModule(Math.round(ITERATIONS * factor)));
  const start = performance.now();
  const files = { base: join(roots.base, 'task.mjs'), 'base-aa': join(roots['base-aa'], 'task.mjs'), candidate: join(roots.candidate, 'task.mjs') };
  const runner = await openFunctionPair({ files, cwd: roots, fileText: 'task.mjs' });
  try {
    const outcome = await runPaired(runner, { budgetMs: FUNCTION_BUDGET_MS, seed });
    return { outcome, seconds: (performance.now() - start) / 1000, truth: factor };
  } finally {
    await runner.close();
    removeSides(roots);
  }
}

async function commandComparison(factor, seed) {
  const roots = sides();
  for (const dir of Object.values(roots)) writeFileSync(join(dir, 'spin.mjs'), spinScript);
  // The slowdown is added as extra spin time equal to (factor - 1) times the base's whole wall time
  // (start-up included), so the true ratio of wall times is `factor`.
  const wall = factor === 1 ? 0 : medianWallMs(roots.base, SPIN_MS, 9);
  writeFileSync(join(roots.base, 'ms'), String(SPIN_MS));
  writeFileSync(join(roots['base-aa'], 'ms'), String(SPIN_MS));
  writeFileSync(join(roots.candidate, 'ms'), String(SPIN_MS + (factor - 1) * wall));
  const start = performance.now();
  const runner = openCommandPair({ argv: ['sh', '-c', 'node spin.mjs $(cat ms)'], text: 'node spin.mjs $(cat ms)', cwd: roots });
  try {
    const outcome = await runPaired(runner, { budgetMs: COMMAND_BUDGET_MS, seed });
    return { outcome, seconds: (performance.now() - start) / 1000, truth: factor };
  } finally {
    await runner.close();
    removeSides(roots);
  }
}

function summarize(label, results) {
  const verdicts = results.map((r) => r.outcome.metrics.find((m) => m.objective));
  const alarms = verdicts.filter((m) => m.verdict === 'improved' || m.verdict === 'regressed').length;
  const detected = verdicts.filter((m) => m.verdict === 'regressed').length;
  const covered = results.filter((r, i) => {
    const ci = verdicts[i].ci95;
    return ci !== null && ci[0] <= r.truth && r.truth <= ci[1];
  }).length;
  const seconds = results.map((r) => r.seconds);
  const effects = verdicts.map((m) => (m.effect === null ? 'n/a' : `${((m.effect - 1) * 100).toFixed(1)}%`));
  const widths = verdicts.map((m) => (m.ci95 === null ? NaN : (m.ci95[1] - m.ci95[0]) * 50));
  const pairs = results.map((r) => r.outcome.schedule.blocks.length);
  return { label, n: results.length, alarms, detected, covered, seconds, effects, widths, pairs };
}

function line(s, goal) {
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [
    `${s.label.padEnd(22)} n=${String(s.n).padStart(2)}`,
    s.label.includes('A/A') ? `false alarms ${s.alarms}/${s.n} (${((100 * s.alarms) / s.n).toFixed(0)}%)` : `detected ${s.detected}/${s.n}`,
    `CI covers truth ${s.covered}/${s.n}`,
    `half-width ${mean(s.widths).toFixed(2)}%`,
    `pairs ${Math.round(mean(s.pairs))}`,
    `time ${mean(s.seconds).toFixed(1)} s (max ${Math.max(...s.seconds).toFixed(1)} s)`,
    goal,
  ].join(' | ') + `\n${' '.repeat(26)}effects: ${s.effects.join(' ')}`;
}

console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`function budget ${FUNCTION_BUDGET_MS / 1000} s, command budget ${COMMAND_BUDGET_MS / 1000} s, ${reps} comparisons per change (function A/A: ${2 * reps})`);
const all = [];
let seed = 1000;
const kinds = (process.env.PERFFLOW_BENCH_KINDS ?? 'function,command').split(',');
for (const [kind, compare, goalSeconds] of [['function', functionComparison, 10], ['command', commandComparison, 30]].filter(([k]) => kinds.includes(k))) {
  // Command comparisons take 28 s each, so their A/A series is as long as the others rather than twice.
  for (const [label, factor, count] of [['A/A', 1, kind === 'function' ? 2 * reps : reps], ['+5%', 1.05, reps], ['+2%', 1.02, reps]]) {
    const results = [];
    for (let i = 0; i < count; i += 1) results.push(await compare(factor, (seed += 1)));
    const s = summarize(`${kind} ${label}`, results);
    all.push(s);
    const goal = label === 'A/A' ? 'goal: <= 5% false alarms' : label === '+5%' ? `goal: >= 9/10 within ${goalSeconds} s` : 'goal: report';
    console.log(line(s, goal));
  }
}
const covered = all.reduce((a, s) => a + s.covered, 0);
const total = all.reduce((a, s) => a + s.n, 0);
console.log(`overall coverage of the true change by the 95% intervals: ${covered}/${total} (${((100 * covered) / total).toFixed(0)}%), load now ${loadavg()[0].toFixed(2)}`);
