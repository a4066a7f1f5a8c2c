// Maximum request rate of perfflow's load generator against autocannon and wrk on the same trivial
// Node server, measured side by side in one run: rounds alternate the order of the three tools so
// that all see the same machine load. Each generator is its own process with one core's worth of
// threads (wrk -t1), the server another. Prints median rates, the ratios, and the latency resolution
// each tool reports (autocannon records whole milliseconds).
// Goal: perfflow / autocannon >= 1.0.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// CPU seconds each generator process spent (GNU time), to compare cost per request even when the
// server, not the generator, is the limit (on a 2-core machine it usually is).
const timeFile = join(mkdtempSync(join(tmpdir(), 'perfflow-bench-')), 'cpu');
const timed = (cmd, args) => (existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, cmd, ...args]] : [cmd, args]);
const cpuSeconds = () => {
  if (!existsSync(timeFile)) return NaN;
  const [u, s] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return u + s;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const server = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => s.end('hello world')).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const url = `http://127.0.0.1:${port}/`;
process.on('exit', () => server.kill('SIGKILL'));

function perfflow() {
  const script = `import { runLoad } from ${JSON.stringify(`${root}dist/measure/load.js`)};
const r = await runLoad({ url: ${JSON.stringify(url)}, connections: ${connections}, durationMs: ${seconds * 1000}, warmupMs: 300 });
console.log(JSON.stringify({ rps: r.throughputRps, p50: r.latencyUs.p50, p99: r.latencyUs.p99, cpu: r.generator.cpuPercent, saturated: r.generator.saturated }));`;
  const r = spawnSync(...timed(process.execPath, ['--input-type=module', '-e', script]), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`perfflow generator failed: ${r.stderr}`);
  const d = JSON.parse(r.stdout.trim().split('\n').pop());
  return { rps: d.rps, p50: `${d.p50} µs`, p99: `${d.p99} µs`, cpuPerReqUs: (cpuSeconds() * 1e6) / (d.rps * (seconds + 0.3)), note: `${d.saturated ? ' (saturated)' : ''}` };
}

function autocannon() {
  const r = spawnSync(...timed(process.execPath, [`${root}node_modules/autocannon/autocannon.js`, '-c', String(connections), '-d', String(seconds), '-j', url]), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`autocannon failed: ${r.stderr}`);
  const d = JSON.parse(r.stdout);
  return { rps: d.requests.total / seconds, p50: `${d.latency.p50} ms`, p99: `${d.latency.p99} ms`, cpuPerReqUs: (cpuSeconds() * 1e6) / d.requests.total, note: '' };
}

function wrk() {
  const r = spawnSync(...timed('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url]), { encoding: 'utf8' });
  if (r.error !== undefined || r.status !== 0) return undefined;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1]);
  const p50 = /\s50%\s+(\S+)/.exec(r.stdout)?.[1] ?? '?';
  const p99 = /\s99%\s+(\S+)/.exec(r.stdout)?.[1] ?? '?';
  return { rps, p50, p99, cpuPerReqUs: (cpuSeconds() * 1e6) / (rps * seconds), note: '' };
}

const tools = { perfflow, autocannon, wrk };
const results = { perfflow: [], autocannon: [], wrk: [] };
const cost = { perfflow: [], autocannon: [], wrk: [] };
const last = {};
const order = ['perfflow', 'autocannon', 'wrk'];
for (let round = 0; round < rounds; round += 1) {
  const names = round % 2 === 0 ? order : [...order].reverse();
  for (const name of names) {
    const r = tools[name]();
    if (r === undefined) continue;
    results[name].push(r.rps);
    cost[name].push(r.cpuPerReqUs);
    last[name] = r;
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`trivial Node server, ${connections} connections, ${seconds} s per trial, ${rounds} rounds (alternating order), load ${(await import('node:os')).loadavg().map((v) => v.toFixed(1)).join(' ')}`);
for (const name of order) {
  const l = last[name];
  if (l === undefined) {
    console.log(`${name.padEnd(11)} not installed (apt-get install -y wrk)`);
    continue;
  }
  console.log(`${name.padEnd(11)} median ${median(results[name]).toFixed(0).padStart(7)} req/s  [${results[name].map((v) => v.toFixed(0)).join(', ')}]  generator CPU ${median(cost[name]).toFixed(1)} µs/request  last p50 ${l.p50}, p99 ${l.p99} ${l.note}`);
}
const ratio = median(results.perfflow) / median(results.autocannon);
console.log(`perfflow / autocannon = ${ratio.toFixed(2)}x (goal >= 1.0: ${ratio >= 1 ? 'met' : 'NOT met'})`);
console.log(`generator CPU per request, perfflow / autocannon = ${(median(cost.perfflow) / median(cost.autocannon)).toFixed(2)}x (lower is cheaper)`);
if (results.wrk.length > 0) console.log(`perfflow / wrk        = ${(median(results.perfflow) / median(results.wrk)).toFixed(2)}x`);
console.log('latency resolution: perfflow 1 µs (HdrHistogram, 3 significant digits); autocannon 1 ms; wrk 10 µs display');
server.kill('SIGKILL');
