import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaselineMetricsSchema } from '../lib/contracts/baseline-metrics.js';
import type { BaselineMetrics } from '../lib/contracts/baseline-metrics.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { PERFFLOW_BIN, outsideClaudeCode, perfflow } from './helpers/cli.js';
import { tempRepo } from './helpers/temp-repo.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/page/', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

/** A project with the fixture page server and one page target; its own TMPDIR, so its browser's profile path marks its processes. */
function project(target: string): { root: string; env: Record<string, string> } {
  const root = tempRepo({ 'perfflow.config.yaml': `targets:\n  dash:\n    page:\n      start: node serve.mjs\n${target}` });
  for (const f of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, f), join(root, f));
  const tmp = mkdtempSync(join(tmpdir(), 'perfflow-page-tmp-'));
  made.push(root, tmp);
  return { root, env: { TMPDIR: tmp } };
}

/** Processes whose command line names a path under the directory (the browser's profile lives there). */
function processesUnder(dir: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', dir], { encoding: 'utf8' }).trim().split('\n').filter((l) => l !== '');
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

const DASH = '      url: http://127.0.0.1:${PORT}/\n      ready: "#chart[data-ready]"\n      check: ["#summary", "#chart"]\n';

describe('a page target measured in headless Chromium', () => {
  test('the planted 300 ms long task shows as blocking time and a late largest paint; no browser is left', () => {
    const { root, env } = project(DASH);
    const r = perfflow(root, ['bench', 'dash', '--runs', '3', '--json'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout) as BaselineMetrics;
    expect(schemaProblem(BaselineMetricsSchema, b)).toBeNull();
    const p = b.page;
    expect(p?.trials).toBe(3);
    expect(b.environment.browser).toMatch(/^Chromium \d+\./);
    // The task runs after first paint and before the chart is drawn: 300 ms of it minus the 50 ms allowance blocks.
    expect(p?.tbt_ms.min).toBeGreaterThanOrEqual(245);
    expect(p?.fcp_ms.median).toBeGreaterThan(0);
    // The chart (the largest paint) cannot be painted before the 300 ms task ends. First paint is
    // a presentation time, which on a busy machine may land inside the task (CI once read 288 ms
    // between the two), so the gap is asked only to show two paints a task apart, not the whole 300.
    expect(p?.lcp_ms.min).toBeGreaterThan(300);
    expect((p?.lcp_ms.median ?? 0) - (p?.fcp_ms.median ?? 0)).toBeGreaterThanOrEqual(200);
    // Ready comes after the 300 ms task (first paint's presentation may lag on a busy machine, so it is no reference).
    expect(p?.ready_ms.min).toBeGreaterThan(300);
    expect(p?.transfer_bytes.median).toBeGreaterThan(1000);
    expect(p?.js_heap_bytes.median).toBeGreaterThan(100_000);
    expect(p?.throttle.description).toBe('cpu unthrottled, network unthrottled');
    expect(processesUnder(env.TMPDIR ?? '/none')).toEqual([]);
  }, 120_000);

  test.each([
    ['a page that never loads names the URL and the timeout', '      url: http://127.0.0.1:${PORT}/hang\n      timeout: 4s\n', /^perfflow: http:\/\/127\.0\.0\.1:\d+\/hang did not finish loading within 4 s \(timeout\)/],
    // 8 s: the page itself must load within the timeout for the selector to be the one named, and
    // beside another Chromium on a busy 2-core machine it once took longer than 4 s.
    ['a ready selector that never appears is named', '      url: http://127.0.0.1:${PORT}/\n      ready: "#never"\n      timeout: 8s\n', /^perfflow: the ready selector '#never' did not become visible on http:\/\/127\.0\.0\.1:\d+\/ within 8 s/],
  ])('%s, exit 4, one line, no browser left', (_name, target, message) => {
    const { root, env } = project(target);
    const r = perfflow(root, ['bench', 'dash', '--runs', '2'], env);
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(processesUnder(env.TMPDIR ?? '/none')).toEqual([]);
  }, 120_000);

  test('a missing browser is one line naming what to install, exit 4, nothing measured', () => {
    const { root, env } = project(DASH);
    const r = perfflow(root, ['bench', 'dash', '--runs', '2'], { ...env, PERFFLOW_CHROMIUM: '/nonexistent/chromium' });
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('perfflow: PERFFLOW_CHROMIUM=/nonexistent/chromium is not an executable file; install Chromium (apt-get install chromium) or set PERFFLOW_CHROMIUM to a Chromium or Chrome executable');
  });

  test('SIGINT while a page loads leaves no browser behind', async () => {
    const { root, env } = project('      url: http://127.0.0.1:${PORT}/hang\n      timeout: 30s\n');
    const child = spawn(PERFFLOW_BIN, ['bench', 'dash', '--runs', '2'], { cwd: root, env: { ...outsideClaudeCode(), ...env }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => { resolve(signal ?? code); }));
    const until = Date.now() + 90_000;
    while (processesUnder(env.TMPDIR ?? '/none').length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(processesUnder(env.TMPDIR ?? '/none').length).toBeGreaterThan(0);
    child.kill('SIGINT');
    expect(await exited).not.toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(processesUnder(env.TMPDIR ?? '/none')).toEqual([]);
  }, 150_000);
});
