// Known truth for ranking on a busy machine (the cpu-contention correction): a server whose request
// runs a fixed amount of CPU work (a loop of a fixed count, so its time on a CPU does not depend on
// the machine's load) and then waits on timers: one of 12 ms, or twelve of 1 ms one after another
// (each wakes the thread, as each query of an N+1 does), under one connection (no request queues
// behind another). `perfflow profile` ranks it through the real CLI pinned to core 0, once with the
// core to itself (the load generator, unpinned, mostly runs elsewhere) and once beside two busy
// loops pinned there too (each in its own session, so the kernel's autogroups do not pool them):
// there the server gets about a third of the core and its work takes about three times as long in
// wall time. What a busy machine adds is time in a run queue, which no function of the server spends.
// The truth is measured by the server itself: the work's CPU time (process.cpuUsage around it) over
// the timers' wall time, per request. Printed per run: the work's and the timers' latency shares,
// their ratio beside that truth, the thread's run-queue share, and the ratio as it would read without
// the run-queue ratio (the work's share over the thread's time on a CPU; the probe's rule for late
// ticks stays as it is). Read: the ratio stays near the truth on both machines; without the
// run-queue ratio it is about three times too high when busy, and the work overtakes the timers.
// The thread's wait to be woken at each timer's end stays in the timer's wait but is also in the
// run-queue ratio, so with twelve wake-ups the ratio takes too much out of the work: the second
// case shows by how much.
// BENCH_REPS (default 3) pairs of runs per case, quiet and busy alternating.
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
const timers = process.env.TIMERS === 'many' ? [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] : [12];
createServer(async (req, res) => {
  const c0 = process.cpuUsage();
  const x = work();
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  for (const ms of timers) await sleep(ms);
  timerMs += performance.now() - t1;
  cpuMs += (c1.user - c0.user + c1.system - c0.system) / 1000;
  n += 1;
  writeFileSync('truth.json', JSON.stringify({ n, cpuMs, timerMs }));
  res.end(String(x));
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

const dir = mkdtempSync(join(tmpdir(), 'perfflow-bench-contention-'));
writeFileSync(join(dir, 'server.mjs'), server);
/** @param {'one' | 'many'} timers */
function configure(timers) {
  writeFileSync(
    join(dir, 'perfflow.config.yaml'),
    `targets:\n  api:\n    http:\n      start: taskset -c 0 node server.mjs\n      url: http://127.0.0.1:\${PORT}/\n      connections: 1\n      duration: 4s\n      env: { TIMERS: ${timers} }\n`,
  );
}

function profile() {
  const result = spawnSync(bin, ['profile', 'api', '--json', '--skip-overhead'], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`perfflow profile exited ${String(result.status)}: ${result.stderr.trim()}`);
  // A run without both entries cannot be read against the truth: say so rather than print a ratio of nothing.
  const report = JSON.parse(result.stdout);
  const work = report.bottlenecks.find((b) => b.function === 'work');
  const timer = report.bottlenecks.find((b) => b.wait?.operation_kind === 'timer' && b.function !== 'work');
  const contention = report.findings.find((f) => f.kind === 'cpu-contention');
  const onCpu = contention?.measured ? contention.metrics.on_cpu_ms / (contention.metrics.on_cpu_ms + contention.metrics.run_queue_ms) : 1;
  if (work === undefined || timer === undefined) throw new Error(`the report ranks ${work === undefined ? 'no work()' : 'no timer wait'}: ${report.bottlenecks.map((b) => b.function).join(', ')}`);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  return {
    truth: truth.cpuMs / truth.timerMs,
    work: work.latency_share ?? 0,
    timer: timer.latency_share ?? 0,
    queued: contention?.share ?? null,
    uncorrected: (work.latency_share ?? 0) / onCpu,
  };
}

const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Two busy loops pinned to core 0, each in a session of its own (autogroups would pool them). */
function hogs() {
  return [0, 1].map(() => {
    const child = spawn('taskset', ['-c', '0', process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore', detached: true });
    running.add(child);
    child.on('exit', () => running.delete(child));
    return child;
  });
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const [timers, label] of [['one', 'one 12 ms timer'], ['many', 'twelve 1 ms timers']]) {
    configure(timers);
    const rows = { quiet: [], busy: [] };
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
    console.log(`${label}:`);
    for (const [name, list] of Object.entries(rows)) {
      for (const r of list) {
        console.log(
          `  ${name.padEnd(5)}  work ${pct(r.work).padStart(6)}  timers ${pct(r.timer).padStart(6)}  work/timers ${(r.work / r.timer).toFixed(2)} (truth ${r.truth.toFixed(2)})` +
            `  run queue ${r.queued === null ? 'n/a' : pct(r.queued)}  without the run-queue ratio: work ${pct(r.uncorrected)}, work/timers ${(r.uncorrected / r.timer).toFixed(2)}`,
        );
      }
    }
    const ratio = (list, key) => median(list.map((r) => r[key] / r.timer));
    const truth = (list) => median(list.map((r) => r.truth));
    console.log(`  median work/timers: quiet ${ratio(rows.quiet, 'work').toFixed(2)} (truth ${truth(rows.quiet).toFixed(2)}); busy ${ratio(rows.busy, 'work').toFixed(2)} (truth ${truth(rows.busy).toFixed(2)}), without the run-queue ratio ${ratio(rows.busy, 'uncorrected').toFixed(2)}`);
    console.log(`  ranked as the truth ranks them (timers above work when truth < 1): quiet ${rows.quiet.filter((r) => r.timer >= r.work === r.truth < 1).length}/${reps}, busy ${rows.busy.filter((r) => r.timer >= r.work === r.truth < 1).length}/${reps}, busy without the run-queue ratio ${rows.busy.filter((r) => r.timer >= r.uncorrected === r.truth < 1).length}/${reps}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
