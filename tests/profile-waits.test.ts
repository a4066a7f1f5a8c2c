// Wait attribution (`perfflow profile` on http targets): servers that wait in known ways, through
// the real CLI, each with the pattern named first at the right line.
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { BottleneckReport } from '../lib/contracts/bottleneck-report.js';
import { BottleneckReportSchema } from '../lib/contracts/bottleneck-report.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { perfflow } from './helpers/cli.js';

const fixture = fileURLToPath(new URL('./fixtures/waits/server.mjs', import.meta.url));
const taskFixture = fileURLToPath(new URL('./fixtures/waits/tasks.mjs', import.meta.url));
const commandFixture = fileURLToPath(new URL('./fixtures/waits/command.mjs', import.meta.url));
const tsFixture = fileURLToPath(new URL('./fixtures/waits/orders.ts', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'perfflow-waits-'));
const source = readFileSync(fixture, 'utf8').split('\n');
const taskSource = readFileSync(taskFixture, 'utf8').split('\n');
const commandSource = readFileSync(commandFixture, 'utf8').split('\n');
const tsSource = readFileSync(tsFixture, 'utf8');
/** The line of the fixture marked `site:<name>`. */
const lineOf = (name: string, lines = source): number => lines.findIndex((l) => l.includes(`// site:${name}`)) + 1;

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function profile(mode: string, extra: string[] = []): BottleneckReport {
  const dir = join(scratch, mode);
  cpSync(fixture, join(dir, 'server.mjs'));
  // The lock server imports async-mutex: the project's packages, as the copied server's own.
  if (mode === 'lock') symlinkSync(fileURLToPath(new URL('../node_modules', import.meta.url)), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'perfflow.config.yaml'),
    `targets:\n  api:\n    http:\n      start: node server.mjs\n      url: http://127.0.0.1:\${PORT}/\n      connections: 4\n      duration: 2s\n      env: { MODE: ${mode} }\n`,
  );
  const result = perfflow(dir, ['profile', 'api', '--json', '--skip-overhead', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as BottleneckReport;
  expect(schemaProblem(BottleneckReportSchema, report)).toBeNull();
  return report;
}

/** Profiles a target of a config written in `dir`, through the real CLI. */
function profileIn(dir: string, target: string, extra: string[] = []): BottleneckReport {
  const result = perfflow(dir, ['profile', target, '--json', '--skip-overhead', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as BottleneckReport;
  expect(schemaProblem(BottleneckReportSchema, report)).toBeNull();
  return report;
}

const finding = (report: BottleneckReport, kind: string): BottleneckReport['findings'][number] | undefined => report.findings.find((f) => f.kind === kind);

describe('wait attribution', () => {
  test('an N+1 loop is ranked first, at the line that issues the repeated query, with its count per request', () => {
    const report = profile('n-plus-one');
    const top = report.bottlenecks[0];
    expect(top?.category).toBe('wait');
    expect(top?.line).toBe(lineOf('n-plus-one'));
    expect(top?.wait?.pattern).toBe('n-plus-one');
    expect(top?.wait?.per_request).toBeCloseTo(8, 5);
    expect(top?.wait?.sequential).toBe(true);
    expect(top?.latency_share).toBeGreaterThan(0.5);
    // Requests were followed in windows: the report says for how much of the profiled time.
    expect(report.waits?.followed_share).toBeGreaterThan(0);
    expect(report.waits?.followed_share).toBeLessThanOrEqual(1);
    expect(finding(report, 'n-plus-one')?.significant).toBe(true);
    expect(finding(report, 'n-plus-one')?.call_sites[0]?.line).toBe(lineOf('n-plus-one'));
    // The server's main thread was followed on its CPU and in the run queue while profiled.
    expect(finding(report, 'cpu-contention')).toMatchObject({ measured: true, metrics: { processes: 1 } });
    expect(finding(report, 'cpu-contention')?.metrics.on_cpu_ms).toBeGreaterThan(0);
    // The typical request's waterfall shows the eight queries one after another.
    const items = report.waits?.waterfalls?.typical.operations.filter((o) => o.site.endsWith(`:${lineOf('n-plus-one')})`)) ?? [];
    expect(items).toHaveLength(8);
    for (let i = 1; i < items.length; i += 1) expect(items[i]?.start_ms ?? 0).toBeGreaterThanOrEqual((items[i - 1]?.start_ms ?? 0) + (items[i - 1]?.duration_ms ?? 0) - 0.01);
  });

  test('independent awaits run one after another are named, with the saving of running them together', () => {
    const report = profile('sequential');
    const seq = finding(report, 'sequential-awaits');
    expect(seq?.significant).toBe(true);
    expect(new Set(seq?.call_sites.map((s) => s.line))).toEqual(new Set([lineOf('customer'), lineOf('loyalty'), lineOf('shipping')]));
    expect(seq?.share ?? 0).toBeGreaterThan(0.3);
    expect(report.bottlenecks.slice(0, 3).every((b) => b.category === 'wait')).toBe(true);
    expect(finding(report, 'n-plus-one')?.significant).toBe(false);
  });

  test('one slow query is named first as a slow operation', () => {
    const report = profile('slow-query');
    expect(report.bottlenecks[0]?.line).toBe(lineOf('slow-query'));
    expect(report.bottlenecks[0]?.wait?.pattern).toBe('slow-operation');
    expect(finding(report, 'slow-operation')?.significant).toBe(true);
    expect(finding(report, 'n-plus-one')?.significant).toBe(false);
  });

  test('a blocked event loop puts the blocking function first and names it in the event-loop finding', () => {
    const report = profile('blocked-loop', ['--interval-us', '250']);
    expect(report.bottlenecks[0]?.category).not.toBe('wait');
    expect(report.bottlenecks[0]?.function).toBe('busy');
    const loop = finding(report, 'event-loop-delay');
    expect(loop?.significant).toBe(true);
    expect(loop?.call_sites[0]?.function).toBe('busy');
    // The 1 ms query's callback queued behind other requests' busy(): a long recorded wait, but that
    // time is the blocked loop's (the process was running), not the query's.
    const query = report.bottlenecks.find((b) => b.category === 'wait');
    expect(query?.wait?.mean_ms).toBeGreaterThan(5);
    expect(query?.latency_share ?? 0).toBeLessThan(0.1);
  });

  test('an outgoing request to a slow server is ranked first at the fetch call', () => {
    const report = profile('outgoing-http');
    const ranking = report.bottlenecks.slice(0, 4).map((b) => `${b.id} ${b.latency_share ?? b.self_share}`);
    expect({ kind: report.bottlenecks[0]?.wait?.operation_kind, ranking }).toEqual({ kind: 'http', ranking });
    expect(report.bottlenecks[0]?.line).toBe(lineOf('outgoing-http'));
    expect(report.bottlenecks[0]?.wait?.operation).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/rates$/);
  });

  test("a lock another request holds: the wait to acquire it is ranked at the call, in async-mutex's ES and CommonJS builds alike; a lock acquired free is no wait", () => {
    const report = profile('lock');
    const locks = report.bottlenecks.filter((b) => b.wait?.operation_kind === 'lock');
    expect(new Set(locks.map((b) => b.line))).toEqual(new Set([lineOf('lock-esm'), lineOf('lock-cjs')]));
    expect(report.bottlenecks[0]?.wait?.operation_kind).toBe('lock');
    for (const entry of locks) {
      expect(entry.wait?.pattern).toBe('lock-contention');
      expect(entry.wait?.operation).toBe('wait for a lock (async-mutex acquire)');
      // Three others in flight, each holding the lock about 2 ms: the queue is several ms long.
      expect(entry.wait?.mean_ms).toBeGreaterThan(2);
    }
    const contention = finding(report, 'lock-contention');
    expect(contention?.significant).toBe(true);
    expect(new Set(contention?.call_sites.map((s) => s.line))).toEqual(new Set([lineOf('lock-esm'), lineOf('lock-cjs')]));
    // Held waits are no independent awaits: the two locks are not offered as a chain to parallelize.
    expect(finding(report, 'sequential-awaits')?.significant).toBe(false);
    const operations = [...(report.waits?.waterfalls?.typical.operations ?? []), ...(report.waits?.waterfalls?.p99.operations ?? [])];
    expect(operations.some((o) => o.operation.startsWith('wait for a lock') && o.site.endsWith(`:${lineOf('lock-esm')})`))).toBe(true);
    expect(operations.filter((o) => o.site.endsWith(`:${lineOf('lock-free')})`))).toEqual([]);
  });

  test('a function target: each call is followed, and the N+1 inside it is ranked first per call; a task that only computes is ranked by CPU as before', () => {
    const dir = join(scratch, 'function');
    cpSync(taskFixture, join(dir, 'tasks.mjs'));
    writeFileSync(join(dir, 'perfflow.config.yaml'), 'targets:\n  orders:\n    function:\n      file: tasks.mjs\n');
    const run = (task: string): BottleneckReport => {
      const result = perfflow(dir, ['profile', 'orders', '--json', '--task', task, '--duration', '1s', '--skip-overhead']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as BottleneckReport;
      expect(schemaProblem(BottleneckReportSchema, report)).toBeNull();
      return report;
    };
    const waiting = run('ordersWithItems');
    expect(waiting.waits?.unit).toBe('call');
    expect(waiting.waits?.followed_share).toBeUndefined();
    expect(waiting.waits?.requests).toBeGreaterThanOrEqual(20);
    const top = waiting.bottlenecks[0];
    expect(top?.category).toBe('wait');
    expect(top?.line).toBe(lineOf('fn-n-plus-one', taskSource));
    expect(top?.wait?.per_request).toBeCloseTo(6, 5);
    expect(top?.wait?.pattern).toBe('n-plus-one');
    expect(finding(waiting, 'n-plus-one')?.summary).toMatch(/per call, one after another/);
    const computing = run('compute');
    // The function's process was followed on its CPU (about the profiled second, all computing) and in the run queue.
    expect(finding(computing, 'cpu-contention')).toMatchObject({ measured: true, metrics: { processes: 1 } });
    expect(finding(computing, 'cpu-contention')?.metrics.on_cpu_ms).toBeGreaterThan(200);
    expect(computing.waits).toBeUndefined();
    expect(computing.bottlenecks[0]?.category).not.toBe('wait');
    expect(computing.bottlenecks[0]?.function).toBe('checksum');
  });

  test('a command target: each run is followed from start to exit as one unit, the N+1 ranked first per run with an interval across runs; a command that only computes keeps its CPU ranking, profiled once', () => {
    const dir = join(scratch, 'command');
    mkdirSync(dir, { recursive: true });
    cpSync(commandFixture, join(dir, 'command.mjs'));
    writeFileSync(
      join(dir, 'perfflow.config.yaml'),
      'targets:\n  orders:\n    command:\n      run: node command.mjs\n      runs: 4\n  nested:\n    command:\n      run: node command.mjs\n      runs: 3\n      env: { MODE: parent }\n  compute:\n    command:\n      run: node command.mjs\n      runs: 4\n      env: { MODE: compute, N: "8000000" }\n',
    );
    const waiting = profileIn(dir, 'orders');
    expect(waiting.waits?.unit).toBe('run');
    expect(waiting.waits?.requests).toBe(4);
    expect(waiting.load).toMatchObject({ runs: 4 });
    const top = waiting.bottlenecks[0];
    expect(top?.category).toBe('wait');
    expect(top?.line).toBe(lineOf('cmd-n-plus-one', commandSource));
    expect(top?.wait?.per_request).toBeCloseTo(10, 5);
    expect(top?.wait?.pattern).toBe('n-plus-one');
    expect(top?.share_interval.method).toBe('t-95-runs');
    expect(finding(waiting, 'n-plus-one')?.summary).toMatch(/per run, one after another/);
    // A run that is two Node processes (a parent starting the script, as npm does) is one unit: its
    // ten queries are counted once per run, not spread over twice as many units.
    const nested = profileIn(dir, 'nested');
    expect(nested.waits?.requests).toBe(3);
    expect(nested.samples.processes).toBe(6);
    expect(finding(nested, 'n-plus-one')?.metrics.per_request).toBeCloseTo(10, 5);
    expect(finding(nested, 'n-plus-one')?.call_sites[0]?.line).toBe(lineOf('cmd-n-plus-one', commandSource));
    // 8M iterations: ~80 ms of loop, ~800 samples at 100 µs; 2M (~20 ms) gave 172 on a busy CI machine.
    const computing = profileIn(dir, 'compute', ['--interval-us', '100', '--min-samples', '200']);
    expect(computing.waits).toBeUndefined();
    expect(computing.load).toMatchObject({ runs: 1 });
    expect(computing.bottlenecks[0]?.function).toBe('checksum');
  });

  test('compiled TypeScript: a wait site is named at its line of the .ts source through the source map', () => {
    const dir = join(scratch, 'typescript');
    mkdirSync(join(dir, 'build'), { recursive: true });
    writeFileSync(join(dir, 'orders.ts'), tsSource);
    const out = ts.transpileModule(tsSource, { fileName: 'orders.ts', compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: true, sourceRoot: '../' } });
    writeFileSync(join(dir, 'build', 'orders.js'), out.outputText);
    writeFileSync(join(dir, 'build', 'orders.js.map'), out.sourceMapText ?? '');
    const site = lineOf('ts-n-plus-one', tsSource.split('\n'));
    // The compiled line differs, or the test would prove nothing.
    const compiledLine = out.outputText.split('\n').findIndex((l) => l.includes('// site:ts-n-plus-one')) + 1;
    expect(site).toBeGreaterThan(0);
    expect(compiledLine).toBeGreaterThan(0);
    expect(compiledLine).not.toBe(site);
    writeFileSync(join(dir, 'perfflow.config.yaml'), 'targets:\n  orders:\n    command:\n      run: node build/orders.js\n      runs: 3\n');
    const report = profileIn(dir, 'orders');
    const top = report.bottlenecks[0];
    expect({ file: top?.file, line: top?.line, pattern: top?.wait?.pattern }).toEqual({ file: 'orders.ts', line: site, pattern: 'n-plus-one' });
    expect(top?.wait?.path.every((f) => f.file === 'orders.ts')).toBe(true);
  });
});
