import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import { parseConfig } from '../lib/config/load.js';
import type { HttpTargetConfig } from '../lib/config/load.js';
import { InputError } from '../lib/errors.js';
import { measureHttp } from '../lib/measure/measure-http.js';
import { flowCycle } from '../lib/measure/load-flow-tally.js';

const dir = mkdtempSync(join(tmpdir(), 'perfflow-flow-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// login answers a token (and sets a cookie); orders spins 4 ms and needs the token and the cookie.
writeFileSync(
  join(dir, 'server.mjs'),
  `import http from 'node:http';
const spin = (ms) => { const t = performance.now(); while (performance.now() - t < ms) {} };
http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/login') {
      const ok = body === '{"user":"u1","password":"pw-123456"}';
      res.writeHead(ok ? 200 : 401, ok ? { 'set-cookie': 'sid=s-' + req.headers['x-vu'] + '; HttpOnly' } : {});
      return res.end(JSON.stringify(ok ? { data: { token: 'tok-' + req.headers['x-vu'] } } : { error: 'no' }));
    }
    if (req.url.startsWith('/orders/')) {
      spin(4);
      const vu = req.url.slice(8);
      const ok = req.headers.authorization === 'Bearer tok-' + vu && req.headers.cookie === 'sid=s-' + vu;
      res.writeHead(ok ? 200 : 403);
      return res.end(JSON.stringify({ ok }));
    }
    res.end('{}');
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
`,
);

const STEPS = `
        - name: login
          method: POST
          path: /login
          headers: { x-vu: '{{vu}}' }
          body: '{"user":"u1","password":"pw-123456"}'
          capture: { token: { json: /data/token }, sid: { cookie: sid } }
          think: 20ms
        - name: orders
          path: /orders/{{vu}}
          headers: { authorization: 'Bearer {{token}}', cookie: 'sid={{sid}}' }`;

function target(body: string, name = 'auth/flow'): HttpTargetConfig {
  const text = `targets:\n  ${name}:\n    http:\n      start: node server.mjs\n      url: http://127.0.0.1:\${PORT}\n${body}`;
  const config = parseConfig(text, join(dir, 'perfflow.config.yaml'), dir);
  return config.targets[name] as HttpTargetConfig;
}

function configError(body: string): string {
  try {
    target(body);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('a flow target measured', () => {
  test('each step and the whole flow get latency in µs; think time is left out of the flow; captures reach later steps', async () => {
    const t = target(`      connections: 1\n      flow:${STEPS}`);
    const m = await measureHttp({ ...t, durationMs: 1500, warmupMs: 200 });
    const flow = m.http.flow;
    expect(flow?.steps.map((s) => s.name)).toEqual(['login', 'orders']);
    const [login, orders] = flow?.steps ?? [];
    const completed = flow?.flows[0]?.completed ?? 0;
    expect(completed).toBeGreaterThan(20);
    expect(m.load.errors).toBe(0);
    // Every iteration answered both steps with 200: the token and the cookie were captured and sent.
    expect(login?.status_codes).toEqual({ '200': completed });
    expect(orders?.status_codes).toEqual({ '200': completed });
    // The planted 4 ms (wall clock) is in the orders step and not in login.
    expect(orders?.latency_us.p50).toBeGreaterThanOrEqual(4000);
    expect((orders?.latency_us.p50 ?? 0) - (login?.latency_us.p50 ?? 0)).toBeGreaterThan(3000);
    // Means add up: the flow holds both steps and a little of the generator, but not the 20 ms think.
    const gap = m.http.latency_us.mean - (login?.latency_us.mean ?? 0) - (orders?.latency_us.mean ?? 0);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(5000);
    expect(flow?.think_ms).toEqual({ flow: 20 });
    // One user with 20 ms of think per iteration cannot exceed 50 flows/s.
    expect(m.http.throughput_rps).toBeLessThan(50);
  });

  test('a capture that finds nothing fails its iteration in the load and is counted on its step', async () => {
    const t = target(`      connections: 2\n      flow:${STEPS}`);
    const broken = { ...t, flows: (t.flows ?? []).map((f) => ({ ...f, steps: f.steps.map((s) => (s.name === 'login' ? { ...s, capture: { token: { from: 'json' as const, pointer: '/data/nope' } } } : s)) })) };
    const { runFlowLoad } = await import('../lib/measure/load-flow.js');
    const { startServer } = await import('../lib/measure/server.js');
    const server = await startServer({ command: ['node', 'server.mjs'], cwd: dir, env: {}, url: t.url, readyTimeoutMs: 10_000 });
    try {
      const result = await runFlowLoad({ url: server.url, flows: broken.flows, connections: 2, durationMs: 400, minSamples: 1 });
      const login = result.flow?.steps[0];
      expect(result.responses).toBe(0);
      expect(result.errors).toBe(result.requests);
      expect(result.errorKinds).toEqual({ "step 'login' captured nothing at /data/nope": result.requests });
      expect(login?.captureFailures).toBe(result.requests);
      expect(result.flow?.steps[1]?.requests).toBe(0);
    } finally {
      await server.stop();
    }
  });

  test('weighted flows are mixed in proportion, in open loop at the given rate of flows', async () => {
    const t = target(`      connections: 4\n      rate: 200\n      flows:\n        - { name: browse, weight: 3, steps: [{ name: home, path: /home }] }\n        - { name: buy, steps: [{ name: pay, path: /pay, method: POST, body: x }] }`);
    const m = await measureHttp({ ...t, durationMs: 1000, warmupMs: 0 });
    const [browse, buy] = m.http.flow?.flows ?? [];
    expect(m.http.mode).toBe('open');
    expect(m.http.requests).toBeGreaterThanOrEqual(190);
    expect(m.http.requests).toBeLessThanOrEqual(201);
    expect((browse?.started ?? 0) / (buy?.started ?? 1)).toBeGreaterThan(2.8);
    expect((browse?.started ?? 0) / (buy?.started ?? 1)).toBeLessThan(3.2);
    expect(flowCycle([{ name: 'a', weight: 3, steps: [] }, { name: 'b', weight: 1, steps: [] }])).toEqual([0, 0, 1, 0]);
  });
});

describe('a flow in the config', () => {
  test.each([
    [`      flow:\n        - { name: orders, path: '/o?t={{token}}' }`, /flow\[0\] \(step 'orders'\): \{\{token\}\} is not captured by an earlier step/],
    [`      flow: [{ name: a, path: /a }]\n      flows: [{ name: b, steps: [{ name: a, path: /a }] }]`, /give either flow .* or flows/],
    [`      method: POST\n      flow: [{ name: a, path: /a }]`, /http\.method is for a single request; with a flow, set method on each step/],
    [`      flow: [{ name: a, path: /a }, { name: a, path: /b }]`, /flow\[1\]: a second step named 'a'/],
    [`      flow: [{ name: a }]`, /step 'a'\): give exactly one of path/],
    [`      flow: [{ name: a, path: /a, capture: { vu: { json: /x } } }]`, /capture\.vu: 'vu' is a built-in value/],
  ])('%s is refused in one line naming the step', (body, message) => {
    const text = configError(body);
    expect(text).toMatch(message);
    expect(text.split('\n')).toHaveLength(1);
  });

  test('a capture with two sources is refused by the schema', () => {
    expect(() => target(`      flow: [{ name: a, path: /a, capture: { t: { json: /t, header: x } } }]`)).toThrow(InputError);
  });
});
