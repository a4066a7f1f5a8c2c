import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareTarget } from '../lib/compare/compare-target.js';
import { loadConfig } from '../lib/config/load.js';
import { PerformanceComparisonSchema } from '../lib/contracts/performance-comparison.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { git, tempRepo } from './helpers/temp-repo.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/page/', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

const CONFIG = `targets:
  dash:
    page:
      start: node serve.mjs
      url: http://127.0.0.1:\${PORT}/
      ready: "#chart[data-ready]"
      check: ["#summary", "#chart"]
      timeout: 20s
`;
const settings = (blockMs: number, chart = 'north 12 | south 30'): string => JSON.stringify({ orders: 42, blockMs, chart });

/** A repository whose base plants a long task of `blockMs` after first paint. */
function repo(blockMs: number): { root: string; commit: string } {
  const root = tempRepo({ 'perfflow.config.yaml': CONFIG });
  for (const f of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, f), join(root, f));
  writeFileSync(join(root, 'page.json'), settings(blockMs));
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '-q', '-m', 'page');
  made.push(root);
  return { root, commit: git(root, 'rev-parse', 'HEAD').trim() };
}

async function compare(root: string, commit: string, minBlocks: number) {
  return compareTarget({ projectRoot: root, targetName: 'dash', config: loadConfig(root), base: { commit, ref: 'main' }, budgetMs: 1, minBlocks, seed: 7, environment: () => Promise.resolve({}) });
}

describe('a page target compared in headless Chromium, base, A/A copy and candidate interleaved', () => {
  test('removing the planted long task validates as less blocking time, rendered DOM unchanged', async () => {
    const { root, commit } = repo(250);
    writeFileSync(join(root, 'page.json'), settings(0));
    const { comparison } = await compare(root, commit, 6);
    expect(schemaProblem(PerformanceComparisonSchema, comparison)).toBeNull();
    expect(comparison.behaviour.checks.map((c) => [c.name, c.status])).toEqual([
      ['rendered DOM of #summary', 'passed'],
      ['rendered DOM of #chart', 'passed'],
    ]);
    // The base blocks in every probe load, so blocking time is the objective.
    expect(comparison.objective.metric).toBe('tbt');
    const tbt = comparison.metrics.find((m) => m.name === 'tbt');
    expect(tbt?.verdict).toBe('improved');
    expect(tbt?.effect).toBeLessThan(-150);
    // The chart is drawn after the task: its paint comes earlier too (six blocks are too few to call it on a busy machine).
    expect(comparison.metrics.find((m) => m.name === 'lcp')?.effect).toBeLessThan(0.9);
    expect(comparison.design.unit).toMatch(/fresh context of Chromium \d+/);
    expect(comparison.validation_status).toBe('pass');
    // A/A: the two copies of the base (same code, own checkouts, servers and ports) agree far more
    // closely than base and candidate differ (a busy machine leaves them some tens of ms apart).
    expect(tbt?.noise_floor_measured).toBeLessThan(Math.abs(tbt?.effect ?? 0) / 4);
    const transfer = comparison.metrics.find((m) => m.name === 'transfer_bytes');
    expect(transfer?.noise_floor_measured).toBeLessThan(0.01);
  }, 240_000);

  test('a candidate that renders the chart differently is a behaviour change naming the selector', async () => {
    const { root, commit } = repo(0);
    writeFileSync(join(root, 'page.json'), settings(0, 'north 12 | south 31'));
    const { comparison } = await compare(root, commit, 5);
    const chart = comparison.behaviour.checks.find((c) => c.name === 'rendered DOM of #chart');
    expect(chart?.status).toBe('failed');
    expect(chart?.detail).toMatch(/^behaviour changed: #chart renders differently/);
    expect(comparison.behaviour.checks.find((c) => c.name === 'rendered DOM of #summary')?.status).toBe('passed');
    expect(comparison.validation_status).toBe('fail');
    // The changed DOM decides the comparison: no block is measured.
    expect(comparison.design.stopped_by).toBe('settled');
  }, 120_000);
});
