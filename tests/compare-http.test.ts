import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTarget } from '../lib/compare/compare-target.js';
import { loadConfig } from '../lib/config/load.js';
import { PerformanceComparisonSchema } from '../lib/contracts/performance-comparison.js';
import { schemaProblem } from '../lib/contracts/validate.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const CONFIG = `targets:
  api/users:
    http:
      start: node server.mjs
      url: http://127.0.0.1:\${PORT}/api/users
      connections: 2
      duration: 300ms
      warmup: 100ms
      ignore: [/generatedAt]
      requests:
        - { method: GET, path: /api/users?limit=1 }
`;

/**
 * The same target at a constant arrival rate: both sides then serve the same requests, so the
 * faster one is not also the one that allocates more (in a closed loop it serves many times the
 * requests, its peak RSS rises a few percent, and the gate rightly calls that a memory regression).
 */
const OPEN_LOOP_CONFIG = CONFIG.replace('duration: 300ms', 'duration: 600ms\n      rate: 200');

/** A users endpoint that spends `spinMs` of CPU per request and stamps a volatile time. */
const server = (spinMs: number, name = 'Ann'): string => `import http from 'node:http';
const users = [{ id: 1, name: '${name}' }, { id: 2, name: 'Bob' }];
http.createServer((req, res) => {
  const t = performance.now();
  while (performance.now() - t < ${spinMs}) {}
  const limit = Number(new URL(req.url, 'http://x').searchParams.get('limit') ?? 10);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ generatedAt: Date.now(), users: users.slice(0, limit) }));
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

function repo(files: Record<string, string>): { root: string; commit: string } {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-http-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return { root, commit: git('rev-parse', 'HEAD') };
}

async function compare(root: string, commit: string, budgetMs: number, minBlocks?: number) {
  return compareTarget({ projectRoot: root, targetName: 'api/users', config: loadConfig(root), base: { commit, ref: 'main' }, budgetMs, minBlocks, seed: 3, environment: () => Promise.resolve({}) });
}

describe('an http target compared process by process', () => {
  test('a server that answers the same in a fraction of the time is faster, and the volatile field is ignored', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': OPEN_LOOP_CONFIG, 'server.mjs': server(4) });
    writeFileSync(join(root, 'server.mjs'), server(0.2));
    // Eight blocks at least: the 20% trim then sets aside a block disturbed by the machine (a CI run
    // once read five blocks, one of them out of line, as inconclusive).
    const { comparison } = await compare(root, commit, 20_000, 8);
    expect(schemaProblem(PerformanceComparisonSchema, comparison)).toBeNull();
    expect(comparison.behaviour.checks.map((c) => [c.name, c.status])).toEqual([
      ['response to GET /api/users', 'passed'],
      ['response to GET /api/users?limit=1', 'passed'],
      ['errors and non-2xx answers', 'passed'],
    ]);
    const p50 = comparison.metrics.find((m) => m.name === 'latency_p50');
    expect(p50?.objective).toBe(true);
    expect(p50?.effect).toBeLessThan(0.5);
    // Same offered load on both sides: throughput is the arrival rate, not a difference.
    expect(comparison.metrics.find((m) => m.name === 'throughput')?.verdict).not.toBe('regressed');
    expect(comparison.metrics.find((m) => m.name === 'error_rate')?.effect).toBe(0);
    expect(comparison.design.processes_per_side).toBeGreaterThanOrEqual(comparison.design.pairs);
    expect(comparison.design.pairs).toBeGreaterThanOrEqual(5);
    expect(p50?.verdict).toBe('improved');
    expect(p50?.load).toBe("open loop at 200 req/s (the target's rate), 2 connections");
    expect(comparison.metrics.find((m) => m.name === 'throughput')?.load).toBe('closed loop, 2 connections (capacity)');
    expect(comparison.guards.map((g) => [g.metric, g.tolerance])).toEqual([
      ['latency_p99', 0],
      ['throughput', 0],
      ['error_rate', 0],
      ['max_rss', 0.1],
    ]);
    expect(comparison.validation_status).toBe('pass');
    expect(comparison.status_reasons.filter((r) => !r.startsWith('improved') && !r.startsWith('guard within tolerance') && !r.startsWith('not significant'))).toEqual([]);
  });

  test('without a rate, latency and memory are compared at half the base capacity and capacity in a closed loop', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': CONFIG, 'server.mjs': server(2) });
    writeFileSync(join(root, 'server.mjs'), server(0.5));
    const { comparison } = await compare(root, commit, 30_000);
    expect(comparison.design.pairs).toBeGreaterThanOrEqual(5);
    const p50 = comparison.metrics.find((m) => m.name === 'latency_p50');
    expect(p50?.load).toMatch(/^open loop at [\d.]+ req\/s \(50% of the base's capacity of \d+ req\/s\), 2 connections$/);
    expect(comparison.metrics.find((m) => m.name === 'max_rss')?.load).toMatch(/^peak during the open loop at/);
    // Verdicts with their context, so that a failure says which figures led to it.
    expect({ verdict: p50?.verdict, reasons: comparison.status_reasons }).toMatchObject({ verdict: 'improved' });
    const throughput = comparison.metrics.find((m) => m.name === 'throughput');
    // Throughput here is a guard, Holm-adjusted among four: with every block pointing the same way
    // the smallest p the expanded bootstrap gives is 0.014 with 8 blocks and 0.011 with 9, so a guard
    // can be called improved only from 9 blocks on (a loaded machine fits fewer in the budget).
    // Either way both copies' intervals must show the gain.
    expect(throughput?.ci95_each?.every(([lo]) => lo > 1.5)).toBe(true);
    expect({ pairs: throughput?.pairs, verdict: throughput?.verdict }).toEqual({ pairs: throughput?.pairs, verdict: (throughput?.pairs ?? 0) >= 9 ? 'improved' : 'inconclusive' });
    expect(comparison.guards.find((g) => g.metric === 'max_rss')?.outcome).not.toBe('exceeded');
    expect(comparison.validation_status).toBe('pass');
  });

  test('a server that sheds load with fast errors fails, naming how many answers were errors', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': OPEN_LOOP_CONFIG, 'server.mjs': server(1) });
    writeFileSync(join(root, 'server.mjs'), server(1).replace('http.createServer((req, res) => {', "let n = 0;\nhttp.createServer((req, res) => {\n  if (++n % 5 === 0) { res.statusCode = 503; res.end('busy'); return; }"));
    const { comparison } = await compare(root, commit, 6_000);
    expect(comparison.validation_status).toBe('fail');
    const errors = comparison.behaviour.checks.find((c) => c.name === 'errors and non-2xx answers');
    expect(errors?.status).toBe('failed');
    expect(errors?.detail).toMatch(/^the candidate answered \d+ of \d+ requests with an error or a non-2xx status \(status 503 x\d+\), the base 0 of \d+$/);
  });

  test('a faster server whose body differs fails on behaviour', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': CONFIG, 'server.mjs': server(2) });
    writeFileSync(join(root, 'server.mjs'), server(0, 'Anne'));
    // The answers differ whatever the timings say: one block is enough.
    const { comparison } = await compare(root, commit, 1, 1);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.behaviour.passed).toBe(false);
    expect(comparison.status_reasons[0]).toMatch(/response to GET \/api\/users: body \/users\/0\/name: "Ann" != "Anne"/);
  });
});
