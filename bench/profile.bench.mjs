// Profiler overhead: throughput of the same target with and without the V8 profiler, measured side
// by side in one run. http: one server process of the corpus (tests/fixtures/profile-corpus/http-server)
// under closed-loop load heavy enough to keep it CPU-bound (a lightly loaded server is bound by
// wake-up latency, which the profiler's sampling thread even shortens), alternating unprofiled and profiled windows (ABAB..., so drift and warm-up
// hit both sides), controlled through the same preload `perfflow profile` uses. function: the
// corpus task module, unprofiled then profiled in the same process (what the report records).
// Prints the ratio profiled/unprofiled, wall-clock and per CPU-second of the server (the one that
// counts: wall-clock throughput of a latency-bound server can even rise under the profiler).
// Goal: overhead under 10% at the default interval.
import { mkdtempSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const { startServer } = await import(new URL('measure/server.js', dist).href);
const { runLoad } = await import(new URL('measure/load.js', dist).href);
const { profileFunctionTarget } = await import(new URL('profile/profile-function.js', dist).href);
const { DEFAULT_INTERVAL_US } = await import(new URL('profile/profile-target.js', dist).href);
const { readProcStat } = await import(new URL('measure/process-groups.js', dist).href);
const preload = pathToFileURL(fileURLToPath(new URL('profile/preload.js', dist))).href;
const corpus = fileURLToPath(new URL('../tests/fixtures/profile-corpus/', import.meta.url));
const windowMs = Number(process.env.BENCH_WINDOW_MS ?? 700);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const wait = async (check) => {
  const deadline = Date.now() + 15000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the preload did not answer');
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function httpOverhead(intervalUs) {
  const dir = mkdtempSync(join(tmpdir(), 'perfflow-bench-profile-'));
  const server = await startServer({
    command: [process.execPath, 'server.mjs'],
    cwd: join(corpus, 'http-server'),
    env: { PERFFLOW_PROFILE_DIR: dir, PERFFLOW_PROFILE_MODE: 'on-demand', PERFFLOW_PROFILE_INTERVAL_US: String(intervalUs) },
    url: 'http://127.0.0.1:${PORT}/api/users?repeat=10',
    nodeOptions: [`--import=${preload}`],
  });
  try {
    const pids = readdirSync(dir).flatMap((f) => /^ready-(\d+)\.json$/.exec(f)?.[1] ?? []).map(Number);
    const ticks = () => pids.reduce((sum, pid) => sum + (readProcStat(pid)?.ticks ?? 0), 0);
    // Each window gives wall-clock throughput and throughput per CPU-second of the server (USER_HZ 100).
    const load = async () => {
      const before = ticks();
      const r = await runLoad({ url: server.url, connections: 4, durationMs: windowMs, minSamples: 1 });
      const cpuSeconds = (ticks() - before) / 100;
      return { wall: r.throughputRps, cpu: r.responses / Math.max(cpuSeconds, 0.01) };
    };
    const signal = (word) => {
      writeFileSync(join(dir, 'command'), word);
      for (const pid of pids) process.kill(pid, 'SIGUSR2');
    };
    await runLoad({ url: server.url, connections: 4, durationMs: 1000, minSamples: 1 });
    const plain = [];
    const profiled = [];
    for (let i = 0; i < rounds; i += 1) {
      const order = i % 2 === 0 ? ['plain', 'profiled'] : ['profiled', 'plain'];
      for (const side of order) {
        if (side === 'plain') plain.push(await load());
        else {
          for (const f of readdirSync(dir)) if (f.endsWith('.started') || f.endsWith('.cpuprofile')) rmSync(join(dir, f));
          signal('start');
          await wait(() => pids.every((p) => existsSync(join(dir, `${p}.started`))));
          profiled.push(await load());
          signal('stop');
          await wait(() => pids.every((p) => existsSync(join(dir, `${p}.cpuprofile`))));
        }
      }
    }
    // Per-round ratios: each pair of adjacent windows shares the machine's load of that moment.
    return {
      plain: median(plain.map((x) => x.wall)),
      profiled: median(profiled.map((x) => x.wall)),
      ratio: median(plain.map((p, i) => profiled[i].wall / p.wall)),
      cpuPlain: median(plain.map((x) => x.cpu)),
      cpuProfiled: median(profiled.map((x) => x.cpu)),
      cpuRatio: median(plain.map((p, i) => profiled[i].cpu / p.cpu)),
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const intervals = process.env.BENCH_INTERVALS === undefined ? [DEFAULT_INTERVAL_US] : process.env.BENCH_INTERVALS.split(',').map(Number);
for (const intervalUs of intervals) {
  const { plain, profiled, ratio, cpuPlain, cpuProfiled, cpuRatio } = await httpOverhead(intervalUs);
  const verdict = intervalUs === DEFAULT_INTERVAL_US ? (1 - cpuRatio < 0.1 ? 'OK' : 'OVER GOAL') : '(not the default; for reference)';
  console.log(`http server, sampling every ${String(intervalUs).padStart(3)} µs: ${plain.toFixed(0)} req/s unprofiled, ${profiled.toFixed(0)} req/s profiled (medians of ${rounds} alternating ${windowMs} ms windows)`);
  console.log(`  wall-clock: median per-round ratio profiled/unprofiled ${ratio.toFixed(3)}${ratio > 1.05 ? ' (faster under the profiler: the sampling signals shorten the wake-ups this server waits on, so wall-clock hides the cost)' : ''}`);
  console.log(`  per CPU-second of the server: ${cpuPlain.toFixed(0)} vs ${cpuProfiled.toFixed(0)} requests; median per-round ratio ${cpuRatio.toFixed(3)}, overhead ${((1 - cpuRatio) * 100).toFixed(1)}% (goal < 10% at the default ${DEFAULT_INTERVAL_US} µs) ${verdict}`);
}

const dir = mkdtempSync(join(tmpdir(), 'perfflow-bench-profile-fn-'));
try {
  const ratios = [];
  for (let i = 0; i < 5; i += 1) {
    const raw = await profileFunctionTarget({ file: join(corpus, 'function-target/tasks.mjs'), durationMs: 1000, overheadMs: 1000, intervalUs: DEFAULT_INTERVAL_US, dir });
    ratios.push(raw.overhead.profiled_rate / raw.overhead.unprofiled_rate);
  }
  const ratio = median(ratios);
  console.log(`function target, sampling every ${DEFAULT_INTERVAL_US} µs: calls/s profiled/unprofiled, median of 5 runs (each unprofiled-profiled-unprofiled in one process): ${ratio.toFixed(3)}, overhead ${((1 - ratio) * 100).toFixed(1)}% (runs: ${ratios.map((r) => r.toFixed(3)).join(' ')})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
