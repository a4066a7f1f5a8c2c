// Artillery against loopback servers: agreement with the builtin engine on what an answer's latency is,
// secrets kept out of the script on disk, and an aborted run leaving no process behind.
import { afterAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaselineMetrics } from '../lib/contracts/baseline-metrics.js';
import type { HttpTargetConfig } from '../lib/config/load.js';
import { TargetError } from '../lib/errors.js';
import { runArtilleryLoad } from '../lib/measure/artillery/artillery-load.js';
import { measureTarget } from '../lib/measure/measure-target.js';
import { startServer } from '../lib/measure/server.js';
import type { RunningServer } from '../lib/measure/server.js';

const LATE_BODY = join(process.cwd(), 'tests', 'fixtures', 'load', 'late-body.mjs');
const SECRET = 'sk-test-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a';
const stops: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

function target(fields: Partial<HttpTargetConfig>): HttpTargetConfig {
  return {
    name: 'late-body', kind: 'http', start: undefined, cwd: process.cwd(), env: {}, url: '', method: 'GET', headers: {}, body: undefined,
    connections: 8, durationMs: 4000, warmupMs: 0, rate: 30, readyTimeoutMs: 10_000, ignore: [], requests: [], objective: undefined, guards: {}, ...fields,
  };
}

/** Live processes whose command line mentions a path. */
function processesMentioning(path: string): number[] {
  return readdirSync('/proc').filter((n) => /^\d+$/.test(n)).filter((n) => {
    try {
      return readFileSync(`/proc/${n}/cmdline`, 'utf8').includes(path);
    } catch {
      return false; // gone between listing and reading
    }
  }).map(Number);
}

describe('engine: artillery, platform: local', () => {
  test('both engines time the whole answer, and agree at the same arrival rate', async () => {
    // A server that sends its headers and a first chunk at once and the rest of the body 40 ms later,
    // on a timer: an engine that stopped its clock at the first byte would read under a millisecond,
    // one that times the whole answer reads 40 ms and a little. The wait is a timer, not the server's
    // CPU, so a busy 2-core machine (this group runs beside a Chromium test, and Artillery spends 1-4 ms
    // of CPU per request, bench/artillery.bench.mjs) adds only the engines' own delays: a CPU-bound
    // endpoint here once read a factor of 2.4 between engines in both rounds, queueing in the server
    // rather than any difference in what the engines measure.
    // One server for both engines (a fresh process per engine would add its own difference).
    const server: RunningServer = await startServer({ command: ['node', LATE_BODY], cwd: process.cwd(), env: { DELAY_MS: '40' }, url: 'http://127.0.0.1:${PORT}/' });
    stops.push(() => server.stop());
    const options = { projectRoot: process.cwd() };
    const builtin = target({ url: server.url });
    const artillery = target({ url: server.url, headers: { authorization: `Bearer ${SECRET}` }, engine: { name: 'artillery', platform: 'local', workers: 1, region: undefined } });
    // Tolerance: both engines offer the same 30 req/s open loop, so each delivers its 120 answers in
    // the 4 s window (throughput within 10%), and both medians are at least the 40 ms the body takes.
    // The medians agree within a factor of 1.5 of the builtin's mean of the runs before and after
    // (Artillery's session also holds its own connection set-up and scheduling on a shared machine).
    // A round out of tolerance is measured again, up to three rounds, as a user would (beside a
    // Chromium test one round read 1.51, the next 1.05); a wrong unit (ms read as µs is a factor of
    // 1000) or the first byte taken for the answer (a factor of 40 or more) fails all three.
    const agreement = (before: BaselineMetrics, a: BaselineMetrics, after: BaselineMetrics): { rps: number; p50: number } => {
      const builtinP50 = ((before.http?.latency_us.p50 ?? 0) + (after.http?.latency_us.p50 ?? 0)) / 2;
      const builtinRps = ((before.http?.throughput_rps ?? 0) + (after.http?.throughput_rps ?? 0)) / 2;
      return { rps: Math.abs((a.http?.throughput_rps ?? 0) / builtinRps - 1), p50: Math.abs(Math.log((a.http?.latency_us.p50 ?? 0) / builtinP50)) };
    };
    let before = await measureTarget(builtin, options);
    let round = { rps: Infinity, p50: Infinity };
    for (let attempt = 0; attempt < 3 && !(round.rps < 0.1 && round.p50 < Math.log(1.5)); attempt += 1) {
      const a = await measureTarget(artillery, options);
      const after = await measureTarget(builtin, options);
      expect(a.environment.load_engine).toEqual({ name: 'artillery', version: expect.stringMatching(/^2\./), platform: 'local', workers: expect.any(Number) });
      expect(a.http?.latency_resolution_us).toBe(100);
      expect(a.http?.not_measured?.length).toBeGreaterThan(0);
      expect(a.http?.latency_us.stddev).toBeUndefined();
      expect(JSON.stringify(a)).not.toContain(SECRET);
      for (const b of [before, a, after]) {
        expect(b.health_reasons).toEqual([]);
        // 30/s for 4 s; an open loop's window may hold one arrival more or less at either edge.
        expect(Math.abs(b.samples.measured - 120)).toBeLessThanOrEqual(2);
        // The whole answer: the body's last chunk leaves the server 40 ms after the first byte.
        expect(b.http?.latency_us.p50).toBeGreaterThanOrEqual(40_000);
      }
      round = agreement(before, a, after);
      process.stdout.write(`artillery vs builtin, round ${String(attempt + 1)}: p50 ${String(a.http?.latency_us.p50)} µs vs ${String(before.http?.latency_us.p50)} and ${String(after.http?.latency_us.p50)} µs (factor ${Math.exp(round.p50).toFixed(2)}), throughput ${(round.rps * 100).toFixed(1)}% apart\n`);
      before = after;
    }
    expect(round.rps).toBeLessThan(0.1);
    expect(round.p50).toBeLessThan(Math.log(1.5));
  }, 120_000);

  test('the script on disk holds no secret, the secret reaches the server, and an aborted run leaves no process', async () => {
    let authorized = 0;
    let other = 0;
    const server = http.createServer((req, res) => {
      if (req.headers.authorization === `Bearer ${SECRET}` && req.headers['x-api-key'] === SECRET) authorized += 1;
      else other += 1;
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise<void>((resolve) => server.close(() => { resolve(); })));
    const address = server.address();
    const url = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}/`;
    const t = target({ url, headers: { authorization: `Bearer ${SECRET}`, 'x-api-key': SECRET } });
    const abort = new AbortController();
    let script = '';
    let scriptPath = '';
    const run = runArtilleryLoad(t, { name: 'artillery', platform: 'local', workers: 1, region: undefined }, { url, rate: 50, durationMs: 10_000, connections: 2 }, {
      resolveFrom: [process.cwd()],
      signal: abort.signal,
      onPhase: (event) => {
        if (event !== 'start') return;
        const dir = readdirSync(tmpdir()).find((n) => n.startsWith(`perfflow-artillery-${String(process.pid)}-`));
        scriptPath = join(tmpdir(), dir ?? 'none', 'script.json');
        script = readFileSync(scriptPath, 'utf8');
        const waitForRequests = (): void => {
          if (authorized >= 5) abort.abort();
          else setTimeout(waitForRequests, 50);
        };
        waitForRequests();
      },
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetError);
    expect((error as TargetError).message).toMatch(/^artillery failed \(aborted\)/);
    expect(script).toContain('$processEnvironment.PERFFLOW_SECRET_0');
    expect(script).not.toContain(SECRET);
    expect(authorized).toBeGreaterThanOrEqual(5);
    expect(other).toBe(0);
    expect(processesMentioning(scriptPath)).toEqual([]);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith(`perfflow-artillery-${String(process.pid)}-`))).toEqual([]);
  }, 90_000);
});
