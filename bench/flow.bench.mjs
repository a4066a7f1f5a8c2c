// The flow load generator against known truth, in one run on one machine:
// 1. accuracy: a server whose two steps wait a planted 2 ms and 3 ms (timers, so concurrency adds
//    no queueing): each step's p50 minus its planted wait is the generator's and the network's own
//    share, and the flow's mean minus the sum of its steps' means (means add up; medians of a sum
//    do not) is the time the generator adds between steps (captures, substitution, scheduling).
//    Goal: that gap <= 200 µs.
// 2. cost: the same trivial request as a one-step flow (undici, answers read whole) and as the
//    single-request generator (raw sockets, framing only), alternating, 4 connections each:
//    requests per second and generator CPU per request, so the price of a flow's richer client is
//    known. A flow result whose generator saturated is invalid whatever the server did.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { runFlowLoad } = await import(`${root}dist/measure/load-flow.js`);
const { runLoad } = await import(`${root}dist/measure/load.js`);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 2);

const server = spawn(
  process.execPath,
  [
    '-e',
    `require('http').createServer((q, s) => {
      const wait = q.url === '/a' ? 2 : q.url === '/b' ? 3 : 0;
      const answer = () => { s.setHeader('content-type', 'application/json'); s.end(JSON.stringify({ token: 'tok-' + q.url.length, ok: true })); };
      wait === 0 ? answer() : setTimeout(answer, wait);
    }).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const url = `http://127.0.0.1:${port}`;
process.on('exit', () => server.kill('SIGKILL'));

const step = (name, path, extra = {}) => ({ name, method: 'GET', url: path, headers: {}, body: undefined, capture: {}, thinkMs: 0, expect: [], ignore: [], ...extra });
const twoSteps = [{ name: 'flow', weight: 1, steps: [step('a', '/a', { capture: { token: { from: 'json', pointer: '/token' } } }), step('b', '/b', { headers: { authorization: 'Bearer {{token}}' } })] }];
const oneStep = [{ name: 'flow', weight: 1, steps: [step('plain', '/')] }];
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

const accuracy = [];
const cost = { flow: [], single: [] };
for (let round = 0; round < rounds; round += 1) {
  const r = await runFlowLoad({ url, flows: twoSteps, connections: 4, durationMs: seconds * 1000, warmupMs: 300 });
  const [a, b] = r.flow.steps;
  accuracy.push({ a: a.latencyUs.p50 - 2000, b: b.latencyUs.p50 - 3000, gap: Math.round(r.latencyUs.mean - a.latencyUs.mean - b.latencyUs.mean), errors: r.errors, saturated: r.generator.saturated });
  const order = round % 2 === 0 ? ['flow', 'single'] : ['single', 'flow'];
  for (const kind of order) {
    const cpu = process.cpuUsage();
    const result = kind === 'flow'
      ? await runFlowLoad({ url, flows: oneStep, connections: 4, durationMs: seconds * 1000, warmupMs: 300 })
      : await runLoad({ url: `${url}/`, connections: 4, durationMs: seconds * 1000, warmupMs: 300 });
    const used = process.cpuUsage(cpu);
    cost[kind].push({ rps: result.throughputRps, cpuPerReqUs: (used.user + used.system) / Math.max(1, result.responses), saturated: result.generator.saturated });
  }
}

const gap = median(accuracy.map((x) => x.gap));
console.log(`accuracy (${rounds} rounds of ${seconds} s, 4 virtual users, steps waiting 2 ms and 3 ms):`);
console.log(`  step a p50 - 2 ms: ${median(accuracy.map((x) => x.a))} µs; step b p50 - 3 ms: ${median(accuracy.map((x) => x.b))} µs (timer lateness, network, the client)`);
console.log(`  flow mean - (a mean + b mean): ${gap} µs (goal <= 200 µs); errors ${accuracy.reduce((s, x) => s + x.errors, 0)}; saturated rounds ${accuracy.filter((x) => x.saturated).length}`);
const f = median(cost.flow.map((x) => x.rps));
const s = median(cost.single.map((x) => x.rps));
console.log('cost (trivial server, 4 connections, alternating order):');
console.log(`  one-step flow ${f.toFixed(0)} req/s, ${median(cost.flow.map((x) => x.cpuPerReqUs)).toFixed(1)} µs CPU per request${cost.flow.some((x) => x.saturated) ? ' (saturated in some rounds)' : ''}`);
console.log(`  single request ${s.toFixed(0)} req/s, ${median(cost.single.map((x) => x.cpuPerReqUs)).toFixed(1)} µs CPU per request${cost.single.some((x) => x.saturated) ? ' (saturated in some rounds)' : ''}`);
console.log(`  flow / single: ${(f / s).toFixed(2)}x the rate`);
process.exitCode = gap <= 200 ? 0 : 1;
server.kill('SIGKILL');
