// examples/orders-api on a real PostgreSQL (Debian's package, a throwaway cluster made by the
// example's own scripts/db.mjs): the whole workflow through the demo, and what happens when the
// database is missing, cannot start, or was never given to the server.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BottleneckReport } from '../lib/contracts/bottleneck-report.js';
import { PERFFLOW_BIN, perfflow, treeHash } from './helpers/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'orders-api');
const DB = join(EXAMPLE, 'scripts', 'db.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'perfflow-orders-'));
/** The line of src/orders.js that queries the items of one order (the N+1). */
const itemsLine = readFileSync(join(EXAMPLE, 'src', 'orders.js'), 'utf8').split('\n').findIndex((l) => l.includes('FROM order_items')) + 1;

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Throwaway clusters of the example that exist now (temp directories and running servers). */
function clusters(): { dirs: string[]; servers: string[] } {
  const dirs = readdirSync(tmpdir()).filter((d) => d.startsWith('orders-api-pg-'));
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n');
  return { dirs, servers: ps.filter((l) => l.includes('orders-api-pg-') && !l.includes('<defunct>')) };
}

function db(args: string[], env: Record<string, string>): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [DB, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: result.status, stderr: result.stderr };
}

describe('orders-api on PostgreSQL', () => {
  test('the demo names the N+1 call site first, and the recorded fix (batching, the index, queries together) validates as improved with behaviour unchanged', () => {
    const before = treeHash(EXAMPLE, ['node_modules']);
    const dir = join(scratch, 'demo');
    const summaryFile = join(scratch, 'summary.json');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.ANTHROPIC_API_KEY;
    delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs'), '--example', 'orders-api', '--budget', '20', '--dir', dir, '--summary', summaryFile], { encoding: 'utf8', env, timeout: 240_000 });
    expect({ code: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as { outcome: string; run_dir: string; project: string };
    expect(summary.outcome).toBe('published');
    const report = JSON.parse(readFileSync(join(summary.run_dir, 'bottleneck-report.json'), 'utf8')) as BottleneckReport;
    const top = report.bottlenecks[0];
    expect({ file: top?.file, line: top?.line, category: top?.category, pattern: top?.wait?.pattern }).toEqual({ file: 'src/orders.js', line: itemsLine, category: 'wait', pattern: 'n-plus-one' });
    expect(top?.wait?.per_request).toBeCloseTo(20, 5);
    expect(top?.wait?.operation).toBe('SELECT sku, qty, price_cents FROM order_items WHERE order_id = $1 ORDER BY line');
    expect(report.findings.find((f) => f.kind === 'n-plus-one')?.significant).toBe(true);
    const comparison = JSON.parse(readFileSync(join(summary.run_dir, 'performance-comparison.json'), 'utf8')) as { validation_status: string; behaviour: { passed: boolean | null }; metrics: { name: string; objective: boolean; verdict: string }[] };
    expect(comparison.validation_status).toBe('pass');
    expect(comparison.behaviour.passed).toBe(true);
    expect(comparison.metrics.find((m) => m.objective)).toMatchObject({ name: 'latency_p50', verdict: 'improved' });
    // The example is untouched, and its database is gone with every server of it.
    expect(treeHash(EXAMPLE, ['node_modules'])).toBe(before);
    const left = clusters();
    expect(left.servers).toEqual([]);
    rmSync(dirname(summary.project), { recursive: true, force: true });
  }, 250_000);

  test('PostgreSQL not installed: one line naming it and how to install, exit 4, nothing left behind', () => {
    const before = clusters();
    const result = db(['run', '--', 'true'], { ORDERS_PG_BIN: join(scratch, 'no-postgres-here') });
    expect(result.code).toBe(4);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PostgreSQL is not installed .*'apt-get install postgresql'/);
    expect(clusters()).toEqual(before);
  });

  test('PostgreSQL that cannot start: one line with the server\'s reason, exit 4, no stray server or directory', async () => {
    const before = clusters();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = db(['run', '--', 'true'], { ORDERS_PG_PORT: String(port) });
      expect(result.code).toBe(4);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`server start on port ${port} failed: could not bind`));
    } finally {
      blocker.close();
    }
    expect(clusters()).toEqual(before);
  }, 60_000);

  test('a pool of one client under four users: the report names the pool exhausted, and the N+1 call site waits on it most', () => {
    const project = join(scratch, 'small-pool');
    cpSync(EXAMPLE, project, { recursive: true, filter: (s) => !s.includes('.perfflow-demo') });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    writeFileSync(
      join(project, 'perfflow.config.yaml'),
      'targets:\n  api/orders:\n    http:\n      start: node server.js\n      url: http://127.0.0.1:${PORT}/api/orders?customer=42\n      connections: 4\n      duration: 2s\n      ready_timeout: 30s\n      env: { ORDERS_POOL_SIZE: "1" }\n',
    );
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, [join(project, 'scripts', 'db.mjs'), 'run', '--', PERFFLOW_BIN, 'profile', 'api/orders', '--json', '--skip-overhead'], { cwd: project, encoding: 'utf8', env, timeout: 120_000 });
    expect({ code: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as BottleneckReport;
    const pool = report.findings.find((f) => f.kind === 'pool-exhausted');
    expect(pool?.significant).toBe(true);
    expect(pool?.call_sites[0]).toMatchObject({ file: 'src/orders.js', line: itemsLine });
    const waits = report.bottlenecks.filter((b) => b.wait?.operation_kind === 'pg-pool');
    expect(waits[0]?.wait?.pattern).toBe('pool-exhausted');
    expect(waits[0]?.line).toBe(itemsLine);
    // The query after the wait is its own operation: the N+1 keeps its count of twenty per request.
    const items = report.bottlenecks.find((b) => b.wait?.operation_kind === 'pg' && b.line === itemsLine);
    expect(items?.wait?.per_request).toBeCloseTo(20, 5);
    expect(clusters().servers).toEqual([]);
  }, 150_000);

  test('a server never given its database answers nothing: perfflow says why in one line, exit 4, no stray server', () => {
    const project = join(scratch, 'no-db');
    cpSync(EXAMPLE, project, { recursive: true, filter: (s) => !s.includes('.perfflow-demo') });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    const result = perfflow(project, ['bench', 'api/orders'], { DATABASE_URL: '' });
    expect(result.code).toBe(4);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/exited \(code 2\) before answering .*DATABASE_URL is not set/);
    const servers = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes(join(project, 'server.js')));
    expect(servers).toEqual([]);
    expect(existsSync(join(project, '.perfflow'))).toBe(false);
  });
});
