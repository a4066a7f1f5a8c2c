// Artillery against loopback servers: agreement with the builtin engine on the bundled example,
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

const EXAMPLE = join(process.cwd(), 'examples', 'users-api');
const SECRET = 'sk-test-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a';
const stops: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

function target(fields: Partial<HttpTargetConfig>): HttpTargetConfig {
  return {
    name: 'api/users', kind: 'http', start: undefined, cwd: EXAMPLE, env: {}, url: '', method: 'GET', headers: {}, body: undefined,
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
  test('a baseline of the users example agrees with the builtin engine at the same arrival rate', async () => {
    // The user-detail endpoint: ~8 ms of the server's CPU, so 30 req/s is light load even on a busy machine.
    // One server for both engines (a fresh process per engine would add its own ~10% of difference).
    const server: RunningServer = await startServer({ command: ['node', 'server.js'], cwd: EXAMPLE, env: {}, url: 'http://127.0.0.1:${PORT}/api/users/u00001' });
    stops.push(() => server.stop());
    const options = { projectRoot: EXAMPLE };
    const builtin = target({ url: server.url });
    const artillery = target({ url: server.url, headers: { authorization: `Bearer ${SECRET}` }, engine: { name: 'artillery', platform: 'local', workers: 1, region: undefined } });
    await measureTarget({ ...builtin, warmupMs: 1000, durationMs: 1000 }, options); // the server's JIT settles before either is measured
    // Tolerance: both engines offer the same 30 req/s open loop to the same warm server, so each
    // delivers its 120 answers in the 4 s window (throughput within 10%). Their medians time the same
    // requests from arrival to the whole answer, but seconds apart on a shared 2-core machine where
    // Artillery also spends 1-4 ms of CPU per request (bench/artillery.bench.mjs) on the cores the
    // server needs: within a factor of 2 of the builtin's mean of the runs before and after. That
    // still catches a wrong unit (ms read as µs is a factor of 1000). A round beside another heavy
    // test file (Chromium) once read a factor of 2.04, so a round out of tolerance is measured once
    // more, as a user would; a wrong unit or a wrong definition of latency fails both rounds.
    const agreement = (before: BaselineMetrics, a: BaselineMetrics, after: BaselineMetrics): { rps: number; p50: number } => {
      const builtinP50 = ((before.http?.latency_us.p50 ?? 0) + (after.http?.latency_us.p50 ?? 0)) / 2;
      const builtinRps = ((before.http?.throughput_rps ?? 0) + (after.http?.throughput_rps ?? 0)) / 2;
      return { rps: Math.abs((a.http?.throughput_rps ?? 0) / builtinRps - 1), p50: Math.abs(Math.log((a.http?.latency_us.p50 ?? 0) / builtinP50)) };
    };
    let before = await measureTarget(builtin, options);
    let round = { rps: Infinity, p50: Infinity };
    for (let attempt = 0; attempt < 2 && !(round.rps < 0.1 && round.p50 < Math.log(2)); attempt += 1) {
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
      }
      round = agreement(before, a, after);
      before = after;
    }
    expect(round.rps).toBeLessThan(0.1);
    expect(round.p50).toBeLessThan(Math.log(2));
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
