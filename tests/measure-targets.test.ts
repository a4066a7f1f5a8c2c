import { afterAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandTargetConfig, FunctionTargetConfig, HttpTargetConfig } from '../lib/config/load.js';
import { InputError, TargetError } from '../lib/errors.js';
import { runLoad } from '../lib/measure/load.js';
import { measureCommand } from '../lib/measure/measure-command.js';
import { measureFunction } from '../lib/measure/measure-function.js';
import { measureHttp } from '../lib/measure/measure-http.js';
import { startServer } from '../lib/measure/server.js';

const dir = mkdtempSync(join(tmpdir(), 'perfflow-measure-'));
writeFileSync(join(dir, 'ok.cjs'), `require('http').createServer((q, s) => s.end('{"ok":true}')).listen(Number(process.env.PORT), '127.0.0.1');\n`);
writeFileSync(join(dir, 'fail.cjs'), `console.error('cannot open database users.db'); process.exit(3);\n`);
writeFileSync(join(dir, 'silent.cjs'), `setInterval(() => {}, 1000);\n`);
writeFileSync(join(dir, 'child.cjs'), `require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); console.log(process.pid)'], { stdio: ['ignore', 'inherit', 'inherit'] }); require('http').createServer((q, s) => s.end('x')).listen(Number(process.env.PORT), '127.0.0.1');\n`);
writeFileSync(join(dir, 'tasks.mjs'), `export default { sum: () => { let s = 0; for (let i = 0; i < 1000; i++) s += i; return s; }, join: () => ['a', 'b', 'c'].join('-') };\n`);
writeFileSync(join(dir, 'throws.mjs'), `export default { boom: () => { throw new Error('users table missing'); } };\n`);
writeFileSync(join(dir, 'load-throws.mjs'), `throw new Error('cannot import');\n`);

const servers: http.Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}/`);
    });
  });
}

function alive(pid: number): boolean {
  try {
    // A zombie (exited, not yet reaped by a container's init) is not running.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${String(pid)}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function httpTarget(fields: Partial<HttpTargetConfig>): HttpTargetConfig {
  return {
    name: 'api', kind: 'http', start: { argv: ['node', 'ok.cjs'], text: 'node ok.cjs' }, cwd: dir, env: {}, url: 'http://127.0.0.1:${PORT}/', method: 'GET', headers: {}, body: undefined,
    connections: 4, durationMs: 700, warmupMs: 200, rate: undefined, readyTimeoutMs: 10_000, ignore: [], requests: [], objective: undefined, guards: {}, ...fields,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('the load generator', () => {
  test('closed loop records every response with microsecond latencies', async () => {
    const url = await listen((_q, s) => s.end('hello'));
    const r = await runLoad({ url, connections: 4, durationMs: 600, minSamples: 1 });
    expect(r.mode).toBe('closed');
    expect(r.responses).toBeGreaterThan(50);
    expect(r.statusCodes).toEqual({ '200': r.responses });
    expect(r.errors).toBe(0);
    expect(r.latencyUs.p50).toBeGreaterThan(0);
    expect(r.latencyUs.p50).toBeLessThanOrEqual(r.latencyUs.p99);
    expect(r.latencyUs.p99).toBeLessThanOrEqual(r.latencyUs.max);
    expect(r.resolutionUs).toBe(1);
    expect(r.bytesRead).toBeGreaterThan(r.responses * 5);
  });

  test('open loop sends at the set rate and charges a stalled server from the due time', async () => {
    // The server stalls every request 100 ms; one connection can carry 10/s, 50/s are due.
    const url = await listen((_q, s) => setTimeout(() => s.end('slow'), 100));
    const r = await runLoad({ url, connections: 1, durationMs: 1000, rate: 50, minSamples: 1 });
    expect(r.mode).toBe('open');
    expect(r.requests).toBeGreaterThanOrEqual(48);
    expect(r.requests).toBeLessThanOrEqual(52);
    // Closed-loop thinking would report ~100 ms; requests queued behind the stall waited far longer.
    expect(r.latencyUs.p90).toBeGreaterThan(500_000);
    expect(r.latencyUs.p50).toBeGreaterThan(200_000);
  });

  test('5xx answers are counted as non-2xx and connection failures as errors', async () => {
    const url = await listen((_q, s) => {
      s.statusCode = 503;
      s.end('down');
    });
    const r = await runLoad({ url, connections: 2, durationMs: 300, minSamples: 1 });
    expect(r.non2xx).toBe(r.responses);
    expect(r.statusCodes['503']).toBe(r.responses);
    const refused = await runLoad({ url: 'http://127.0.0.1:1/', connections: 1, durationMs: 200, minSamples: 1 });
    expect(refused.responses).toBe(0);
    expect(refused.valid).toBe(false);
  });
});

describe('servers started by perfflow', () => {
  test('a server gets a free PORT, answers, and is gone with its children after stop', async () => {
    const server = await startServer({ command: 'node child.cjs', cwd: dir, url: 'http://127.0.0.1:${PORT}/' });
    expect(server.url).toBe(`http://127.0.0.1:${String(server.port)}/`);
    await new Promise((r) => setTimeout(r, 200));
    const grandchild = Number(server.stderrTail(1));
    expect(alive(server.pid)).toBe(true);
    await server.stop();
    expect(alive(server.pid)).toBe(false);
    if (Number.isInteger(grandchild) && grandchild > 0) expect(alive(grandchild)).toBe(false);
  });

  test('a server that exits at start fails with exit code 4 and its last stderr line', async () => {
    const error = await rejection(startServer({ command: ['node', 'fail.cjs'], cwd: dir, url: 'http://127.0.0.1:${PORT}/' }));
    expect(error).toBeInstanceOf(TargetError);
    expect((error as TargetError).exitCode).toBe(4);
    expect((error as TargetError).message).toMatch(/exited \(code 3\) before answering.*cannot open database users\.db/);
  });

  test('a server that never answers times out and is killed', async () => {
    const error = await rejection(startServer({ command: ['node', 'silent.cjs'], cwd: dir, url: 'http://127.0.0.1:${PORT}/', readyTimeoutMs: 600 }));
    expect((error as TargetError).code).toBe('server-start');
    expect((error as TargetError).message).toMatch(/did not answer .* within 1 s/);
  });

  test('a fixed port already answering is reported as taken, not measured', async () => {
    const url = await listen((_q, s) => s.end('someone else'));
    const error = await rejection(startServer({ command: ['node', 'ok.cjs'], cwd: dir, url }));
    expect((error as TargetError).code).toBe('port-taken');
  });

  test('a missing program is a clear start failure', async () => {
    const error = await rejection(startServer({ command: ['no-such-program-xyz'], cwd: dir, url: 'http://127.0.0.1:${PORT}/' }));
    expect((error as TargetError).message).toMatch(/could not start: spawn no-such-program-xyz ENOENT/);
  });
});

describe('measuring targets', () => {
  test('an http target yields latency, throughput and the server resources from the Node probe', async () => {
    const m = await measureHttp(httpTarget({}));
    expect(m.healthReasons).toEqual([]);
    expect(m.http.responses).toBeGreaterThan(0);
    expect(m.http.latency_us.p50).toBeGreaterThan(0);
    expect(m.resources?.rss_bytes.max).toBeGreaterThan(1_000_000);
    expect(m.resources?.node?.heap_used_bytes.max).toBeGreaterThan(0);
    expect(m.resources?.node?.event_loop_utilization).toBeGreaterThan(0);
  });

  test('an http target answering 5xx is measured and flagged unhealthy', async () => {
    const url = await listen((_q, s) => {
      s.statusCode = 500;
      s.end('boom');
    });
    const m = await measureHttp(httpTarget({ start: undefined, url, durationMs: 300, warmupMs: 0 }));
    expect(m.http.non_2xx_rate).toBe(1);
    expect(m.healthReasons.join()).toMatch(/not 2xx \(500: \d+\): the server answers with errors \(5xx\)/);
  });

  test('a command target reports wall, user, sys and max RSS per run', async () => {
    const target: CommandTargetConfig = { name: 'c', kind: 'command', run: { argv: ['node', '-e', 'let s = 0; for (let i = 0; i < 1e6; i++) s += i'], text: 'node -e ...' }, cwd: dir, env: {}, runs: 3, warmup: 1, timeoutMs: 30_000, objective: undefined, guards: {} };
    const m = await measureCommand(target);
    expect(m.command.runs).toBe(3);
    expect(m.command.exit_codes).toEqual({ '0': 3 });
    expect(m.command.wall_ms.median).toBeGreaterThan(0);
    expect(m.command.max_rss_kib?.max).toBeGreaterThan(10_000);
    expect(m.healthReasons).toEqual([]);
  });

  test('a command exiting non-zero cannot be measured (exit code 4)', async () => {
    const target: CommandTargetConfig = { name: 'c', kind: 'command', run: { argv: ['node', 'fail.cjs'], text: 'node fail.cjs' }, cwd: dir, env: {}, runs: 3, warmup: 1, timeoutMs: 30_000, objective: undefined, guards: {} };
    const error = await rejection(measureCommand(target));
    expect((error as TargetError).code).toBe('command-failed');
    expect((error as TargetError).message).toMatch(/failed on its warm-up run \(exit code 3; last output: cannot open database users\.db\)/);
  });

  test('a command that fails on some measured runs is measured and flagged unhealthy', async () => {
    const work = mkdtempSync(join(tmpdir(), 'perfflow-flaky-'));
    writeFileSync(join(work, 'flaky.cjs'), `const fs = require('fs'); const n = fs.existsSync('n') ? Number(fs.readFileSync('n', 'utf8')) : 0; fs.writeFileSync('n', String(n + 1)); if (n === 2) { console.error('flaky: lost the lock'); process.exit(5); }\n`);
    const target: CommandTargetConfig = { name: 'c', kind: 'command', run: { argv: ['node', 'flaky.cjs'], text: 'node flaky.cjs' }, cwd: work, env: {}, runs: 3, warmup: 1, timeoutMs: 30_000, objective: undefined, guards: {} };
    const m = await measureCommand(target);
    expect(m.command.exit_codes).toEqual({ '0': 2, '5': 1 });
    expect(m.healthReasons).toEqual(['1 of 3 runs failed (5: 1); first: exit code 5; last output: flaky: lost the lock']);
  });

  const fn = (file: string): FunctionTargetConfig => ({ name: 'lib', kind: 'function', file: join(dir, file), fileText: file, batchMs: 30, batches: 5, warmupMs: 30, objective: undefined, guards: {} });

  test('a function module is measured per task in batches, with the spread across batches', async () => {
    const m = await measureFunction(fn('tasks.mjs'));
    expect(m.function.tasks.map((t) => t.name)).toEqual(['sum', 'join']);
    for (const t of m.function.tasks) {
      expect(t.batches).toBe(5);
      expect(t.mean_ns).toBeGreaterThan(0);
      expect(t.batch_mean_ns.n).toBe(5);
    }
    expect(m.invalidReasons).toEqual([]);
    expect(m.resources.node?.heap_used_bytes.max).toBeGreaterThan(0);
  });

  test.each([
    ['throws.mjs', /task 'boom' threw: users table missing/],
    ['load-throws.mjs', /could not be loaded: cannot import/],
  ])('a bench module that throws (%s) fails with exit code 4', async (file, message) => {
    const error = await rejection(measureFunction(fn(file)));
    expect((error as TargetError).code).toBe('module-failed');
    expect((error as TargetError).message).toMatch(message);
  });

  test('a missing bench module is bad input (exit code 2)', async () => {
    const error = await rejection(measureFunction(fn('nope.mjs')));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/nope\.mjs does not exist/);
  });
});
