import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PERFFLOW_BIN, perfflow, treeHash } from './helpers/cli.js';
import { tempRepo } from './helpers/temp-repo.js';

// Answers after 1 ms, so that the load generator idles between responses and the test measures the
// server, not a generator racing a trivial endpoint on a shared machine.
const SERVER = `require('http').createServer((q, s) => setTimeout(() => { s.statusCode = Number(process.env.STATUS || 200); s.end('{"users":[]}'); }, 1)).listen(Number(process.env.PORT), '127.0.0.1');\n`;
const CONFIG = `targets:
  api/users:
    http:
      start: node server.cjs
      url: http://127.0.0.1:\${PORT}/api/users
      connections: 2
      duration: 600ms
      warmup: 200ms
  api/broken:
    http:
      start: node server.cjs
      env: { STATUS: "503" }
      url: http://127.0.0.1:\${PORT}/api/users
      duration: 300ms
      warmup: 100ms
  crash:
    command:
      run: node -e "process.exit(2)"
`;

/** Live (non-zombie) `server.cjs` processes whose working directory is `dir`: the servers perfflow started there. */
function processesIn(dir: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/cwd`) !== dir) continue;
      if (!readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('server.cjs')) continue;
      if (/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${name}/stat`, 'utf8'))) continue;
      pids.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

describe('perfflow bench and perfflow baseline through the real CLI', () => {
  const root = tempRepo({ 'server.cjs': SERVER, 'perfflow.config.yaml': CONFIG });

  test('bench --json prints a valid, healthy baseline of an http target', () => {
    let r = perfflow(root, ['bench', 'api/users', '--json', '--out', 'out.json']);
    // On a machine busy with the other test files a baseline can be honestly unhealthy (exit 3,
    // its reasons named); a user would measure again, and so does this test, once.
    if (r.code === 3) {
      const unhealthy = JSON.parse(r.stdout) as { healthy: boolean; health_reasons: string[] };
      expect(unhealthy.healthy).toBe(false);
      expect(unhealthy.health_reasons.length).toBeGreaterThan(0);
      process.stdout.write(`measured again after an unhealthy baseline: ${unhealthy.health_reasons.join('; ')}\n`);
      r = perfflow(root, ['bench', 'api/users', '--json', '--out', 'out.json']);
    }
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { kind: string; valid: boolean; healthy: boolean; http: { latency_us: { p50: number } }; environment: { git: { commit: string } } };
    expect(data).toMatchObject({ kind: 'http', valid: true, healthy: true });
    expect(data.http.latency_us.p50).toBeGreaterThan(0);
    expect(data.environment.git.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(JSON.parse(readFileSync(join(root, 'out.json'), 'utf8'))).toEqual(data);
  });

  test('a 5xx target is measured, written, and exits 4 as unhealthy', () => {
    const r = perfflow(root, ['bench', 'api/broken', '--out', 'broken.json']);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/UNHEALTHY: \d+ of \d+ responses were not 2xx \(503: \d+\)/);
    const data = JSON.parse(readFileSync(join(root, 'broken.json'), 'utf8')) as { healthy: boolean; http: { non_2xx_rate: number } };
    expect(data.healthy).toBe(false);
    expect(data.http.non_2xx_rate).toBe(1);
  });

  test.each([
    [['bench', 'api/orders'], 2, /unknown target 'api\/orders' in perfflow.config.yaml; known targets: api\/broken, api\/users, crash/],
    [['bench'], 2, /name the target to measure/],
    [['bench', 'api/users', '--duration', '5'], 2, /--duration must be a duration with a unit/],
    [['bench', 'crash'], 4, /'node -e "process.exit\(2\)"' failed on its warm-up run \(exit code 2\)/],
  ])('perfflow %j exits %d with one clear line', (args, code, message) => {
    const before = treeHash(root);
    const r = perfflow(root, args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(treeHash(root)).toBe(before);
  });

  test('a malformed config exits 2 naming the key', () => {
    const bad = tempRepo({ 'perfflow.config.yaml': 'targets:\n  a:\n    http:\n      url: http://127.0.0.1:9/\n      conections: 2\n' });
    const r = perfflow(bad, ['bench', 'a']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/targets\.a\.http must NOT have additional properties \('conections'\)/);
  });

  test.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)('a bench stopped by %s leaves no server running', async (signal) => {
    const project = tempRepo({ 'server.cjs': SERVER, 'perfflow.config.yaml': CONFIG });
    const cli = spawn(PERFFLOW_BIN, ['bench', 'api/users', '--duration', '20s'], { cwd: project, stdio: 'ignore' });
    const closed = new Promise((resolve) => cli.on('close', resolve));
    const servers = (): number[] => processesIn(project);
    expect(await until(() => servers().length > 0, 15_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    cli.kill(signal);
    await closed;
    // SIGINT/SIGTERM: perfflow kills the server's process group; SIGKILL: the server's Node probe
    // notices its owner is gone within a tick (250 ms).
    expect(await until(() => servers().length === 0, 5000)).toBe(true);
  });

  test('baseline measures the run target and writes baseline-metrics.json into the run', () => {
    const init = perfflow(root, ['init', '--target', 'api/users', '--json']);
    expect(init.code).toBe(0);
    const runId = (JSON.parse(init.stdout) as { run_id: string }).run_id;
    const r = perfflow(root, ['baseline', '--run', runId, '--duration', '500ms']);
    expect({ code: r.code, stdout: r.stdout }).toMatchObject({ code: 0 });
    expect(r.stdout).toMatch(/valid measurement/);
    const dir = join(root, '.claude/context/runs', runId);
    const file = join(dir, 'baseline-metrics.json');
    expect(existsSync(file)).toBe(true);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { target: string; version: number; samples: { measured: number } };
    expect(data).toMatchObject({ target: 'api/users', version: 1 });
    expect(data.samples.measured).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    // The baseline gate accepts it: schema-valid, valid measurement, healthy target.
    const submit = perfflow(root, ['submit', 'baseline', '--run', runId]);
    expect({ code: submit.code, stderr: submit.stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('an unhealthy baseline is written but its gate refuses it', () => {
    const init = perfflow(root, ['init', '--target', 'api/broken', '--json']);
    const runId = (JSON.parse(init.stdout) as { run_id: string }).run_id;
    const r = perfflow(root, ['baseline', '--run', runId]);
    expect(r.code).toBe(4);
    expect(existsSync(join(root, '.claude/context/runs', runId, 'baseline-metrics.json'))).toBe(true);
    const submit = perfflow(root, ['submit', 'baseline', '--run', runId]);
    expect(submit.code).toBe(1);
    expect(submit.stderr + submit.stdout).toMatch(/were not 2xx \(503/);
  });
});
