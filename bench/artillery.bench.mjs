// The builtin load generator and Artillery (engine: artillery, platform: local) side by side on the
// same trivial Node server, in one run so both see the same machine: the highest open-loop rate
// each holds, the load generator's CPU per request, the latency each reports at a light common
// rate and its resolution, and Artillery's start-up time per run (what it costs a short slice).
// Needs `npm run build` first (it drives dist/) and Artillery installed (a devDependency).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { runLoad } = await import(`${root}dist/measure/load.js`);
const { runArtilleryLoad } = await import(`${root}dist/measure/artillery/artillery-load.js`);
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rates = (process.env.BENCH_RATES ?? '200,800,2000').split(',').map(Number);
const light = Number(process.env.BENCH_LIGHT_RATE ?? 100);

const server = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => s.end('hello world')).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const url = `http://127.0.0.1:${port}/`;
const target = { name: 'bench', kind: 'http', start: undefined, cwd: root, env: {}, url, method: 'GET', headers: {}, body: undefined, connections: 8, durationMs: seconds * 1000, warmupMs: 0, rate: light, readyTimeoutMs: 10_000, ignore: [], requests: [], objective: undefined, guards: {} };
const engine = { name: 'artillery', platform: 'local', workers: 1, region: undefined };

async function builtin(rate) {
  const r = await runLoad({ url, connections: 8, durationMs: seconds * 1000, rate, minSamples: 1 });
  const cpuUsPerRequest = (r.generator.cpuPercent / 100) * seconds * 1e6 / Math.max(1, r.responses);
  return { rps: r.throughputRps, held: !r.generator.saturated && r.responses >= 0.95 * rate * seconds, why: r.invalidReasons.join('; '), p50: r.latencyUs.p50, p99: r.latencyUs.p99, cpuUsPerRequest, resolutionUs: r.resolutionUs };
}

async function artillery(rate) {
  const a = await runArtilleryLoad(target, engine, { url, rate, durationMs: seconds * 1000, connections: 8 }, { resolveFrom: [root] });
  const cpuUsPerRequest = a.cpuPercent === null ? NaN : (a.cpuPercent / 100) * (a.activeMs / 1000) * 1e6 / Math.max(1, a.figures.responses);
  const held = a.arrivals.started >= 0.95 * a.arrivals.intended && a.figures.responses >= 0.95 * a.arrivals.intended && (a.cpuPercent ?? 0) < 90 * a.workers;
  return { rps: a.figures.responses / seconds, held, p50: a.figures.latencyUs.p50, p99: a.figures.latencyUs.p99, cpuUsPerRequest, resolutionUs: 100, startupMs: a.startupMs, workers: a.workers, cpuPercent: a.cpuPercent };
}

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
try {
  const rows = [];
  for (const rate of rates) {
    // Alternate the order per rate so neither engine always runs on a warmer server.
    const pair = rows.length % 2 === 0 ? [['builtin', await builtin(rate)], ['artillery', await artillery(rate)]] : [['artillery', await artillery(rate)], ['builtin', await builtin(rate)]];
    for (const [name, r] of pair) rows.push({ rate, name, ...r });
  }
  console.log(`rate/s  engine     answers/s  held  p50       p99       generator CPU per request   start-up`);
  for (const r of rows) {
    console.log(`${String(r.rate).padEnd(7)} ${r.name.padEnd(10)} ${fmt(r.rps).padStart(9)}  ${r.held ? 'yes ' : 'no  '}  ${(fmt(r.p50 / 1000, 2) + ' ms').padEnd(9)} ${(fmt(r.p99 / 1000, 2) + ' ms').padEnd(9)} ${(fmt(r.cpuUsPerRequest) + ' µs').padStart(9)}                  ${r.startupMs === undefined ? '' : `${fmt((r.startupMs ?? NaN) / 1000, 1)} s`}`);
  }
  const maxHeld = (name) => Math.max(0, ...rows.filter((r) => r.name === name && r.held).map((r) => r.rate));
  const cpu = (name) => rows.filter((r) => r.name === name && Number.isFinite(r.cpuUsPerRequest)).map((r) => r.cpuUsPerRequest);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const startups = rows.filter((r) => r.name === 'artillery').map((r) => r.startupMs ?? NaN);
  for (const r of rows) if (r.why) console.log(`${String(r.rate)}/s ${r.name} not held: ${r.why}`);
  console.log(`\nhighest rate held of ${rates.join(', ')}/s: builtin ${String(maxHeld('builtin'))}/s, artillery ${String(maxHeld('artillery'))}/s (${String(rows.find((r) => r.name === 'artillery')?.workers)} worker thread(s))`);
  console.log(`generator CPU per request (median over rates): builtin ${fmt(median(cpu('builtin')))} µs, artillery ${fmt(median(cpu('artillery')))} µs, ratio ${fmt(median(cpu('artillery')) / median(cpu('builtin')), 1)}x`);
  console.log(`latency resolution: builtin 1 µs (hdr histogram); artillery 100 µs for a target's latency (session length, summaries rounded to 0.1 ms, DDSketch within 1%), 1000 µs per step (time to first byte, whole ms)`);
  console.log(`artillery start-up per run (spawn to first arrival): ${startups.map((s) => `${fmt(s / 1000, 1)} s`).join(', ')}`);
} finally {
  server.kill();
}
