// Known truth for ranking on a busy machine (the cpu-contention correction): a server whose request
// runs a fixed amount of CPU work (a loop of a fixed count, so its time on a CPU does not depend on
// the machine's load) and then awaits a 12 ms timer, under one connection (no request queues behind
// another). `perfflow profile` ranks it through the real CLI on a core of its own, and pinned to
// core 0 beside two busy loops pinned there too (each in its own session, so the kernel's autogroups
// do not pool them): there the server gets about a third of the core and its work takes about three
// times as long in wall time. What a busy machine adds is time in a run queue, which no function of
// the server spends.
// The truth is measured by the server itself: the work's CPU time (process.cpuUsage around it) over
// the timer's wall time, per request. Printed per run: the work's and the timer's latency shares,
// their ratio beside that truth, the thread's run-queue share, and the ratio as it would read without
// the correction (the work's share over the thread's time on a CPU). Read: the corrected ratio stays
// near the truth on both machines; the uncorrected one is about three times too high when busy, and
// the work would overtake the timer.
// BENCH_REPS (default 3) pairs of runs, quiet and busy alternating.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/perfflow', import.meta.url));
const reps = Number(process.env.BENCH_REPS ?? 3);
const iterations = Number(process.env.BENCH_WORK ?? 3_000_000);

const server = `import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function work() {
  let x = 0;
  for (let i = 0; i < ${iterations}; i += 1) x += Math.sqrt(i) * 1e-9;
  return x;
}
let n = 0;
let cpuMs = 0;
let timerMs = 0;
createServer(async (req, res) => {
  const c0 = process.cpuUsage();
  const x = work();
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  await sleep(12);
  timerMs += performance.now() - t1;
  cpuMs += (c1.user - c0.user + c1.system - c0.system) / 1000;
  n += 1;
  writeFileSync('truth.json', JSON.stringify({ n, cpuMs, timerMs }));
  res.end(String(x));
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

const dir = mkdtempSync(join(tmpdir(), 'perfflow-bench-contention-'));
writeFileSync(join(dir, 'server.mjs'), server);
writeFileSync(
  join(dir, 'perfflow.config.yaml'),
  'targets:\n  api:\n    http:\n      start: taskset -c 0 node server.mjs\n      url: http://127.0.0.1:${PORT}/\n      connections: 1\n      duration: 4s\n',
);

function profile() {
  const result = spawnSync(bin, ['profile', 'api', '--json', '--skip-overhead'], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`perfflow profile exited ${String(result.status)}: ${result.stderr.trim()}`);
  const report = JSON.parse(result.stdout);
  const work = report.bottlenecks.find((b) => b.function === 'work');
  const timer = report.bottlenecks.find((b) => b.wait?.operation_kind === 'timer');
  const contention = report.findings.find((f) => f.kind === 'cpu-contention');
  const onCpu = contention?.measured ? contention.metrics.on_cpu_ms / (contention.metrics.on_cpu_ms + contention.metrics.run_queue_ms) : 1;
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  return {
    truth: truth.cpuMs / truth.timerMs,
    first: report.bottlenecks[0]?.function ?? '(none)',
    work: work?.latency_share ?? 0,
    timer: timer?.latency_share ?? 0,
    queued: contention?.share ?? null,
    uncorrected: (work?.latency_share ?? 0) / onCpu,
  };
}

function hogs() {
  return [0, 1].map(() => spawn('taskset', ['-c', '0', process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }));
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const rows = { quiet: [], busy: [] };
try {
  for (let rep = 0; rep < reps; rep += 1) {
    rows.quiet.push(profile());
    const loops = hogs();
    try {
      await new Promise((r) => setTimeout(r, 300));
      rows.busy.push(profile());
    } finally {
      for (const child of loops) child.kill('SIGKILL');
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const [name, list] of Object.entries(rows)) {
  for (const r of list) {
    console.log(
      `${name.padEnd(5)}  work ${pct(r.work).padStart(6)}  timer ${pct(r.timer).padStart(6)}  work/timer ${(r.work / r.timer).toFixed(2)} (truth ${r.truth.toFixed(2)})` +
        `  run queue ${r.queued === null ? 'n/a' : pct(r.queued)}  uncorrected work ${pct(r.uncorrected)} (work/timer ${(r.uncorrected / r.timer).toFixed(2)})`,
    );
  }
}
const ratio = (list, key) => list.map((r) => r[key] / r.timer).sort((a, b) => a - b)[Math.floor(list.length / 2)];
const truth = (list) => list.map((r) => r.truth).sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`median work/timer: quiet ${ratio(rows.quiet, 'work').toFixed(2)} (truth ${truth(rows.quiet).toFixed(2)}); busy ${ratio(rows.busy, 'work').toFixed(2)} (truth ${truth(rows.busy).toFixed(2)}), without the correction ${ratio(rows.busy, 'uncorrected').toFixed(2)}`);
console.log(`timer ranked first: quiet ${rows.quiet.filter((r) => r.timer >= r.work).length}/${reps}, busy ${rows.busy.filter((r) => r.timer >= r.work).length}/${reps} (uncorrected it would be ${rows.busy.filter((r) => r.timer >= r.uncorrected).length}/${reps})`);
