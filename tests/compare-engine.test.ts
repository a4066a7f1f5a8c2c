import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compareTarget } from '../lib/compare/compare-target.js';
import type { ComparisonOutcome } from '../lib/compare/compare-target.js';
import { getTarget, loadConfig } from '../lib/config/load.js';
import { InputError, TargetError } from '../lib/errors.js';
import { BenchmarkResultsSchema } from '../lib/schemas/benchmark-results.js';
import { PerformanceComparisonSchema } from '../lib/schemas/performance-comparison.js';
import { schemaProblem } from '../lib/schemas/validate.js';
import { COMPARE_CONFIG, FAST_TASK, SLOW_TASK, WRONG_TASK } from './helpers/compare-fixtures.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const spin = (ms: number): string => `const t = performance.now(); while (performance.now() - t < ${ms}) {}\n`;

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A git repository whose first commit holds `files`; returns its root and that commit. */
function repo(files: Record<string, string>): { root: string; commit: string } {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-compare-'));
  made.push(root);
  write(root, files);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return { root, commit: git('rev-parse', 'HEAD') };
}

async function compare(root: string, commit: string, name: string, budgetMs: number): Promise<ComparisonOutcome> {
  const config = loadConfig(root);
  return compareTarget({
    projectRoot: root,
    target: getTarget(config, name),
    check: config.check,
    base: { commit, ref: 'main' },
    budgetMs,
    seed: 7,
    environment: () => Promise.resolve({ note: 'test' }),
  });
}

/** The base worktrees git still knows of in a repository (removed ones are pruned). */
function worktreesLeft(root: string): string[] {
  return existsSync(join(root, '.git', 'worktrees')) ? readdirSync(join(root, '.git', 'worktrees')) : [];
}

describe('a paired comparison against the base commit', () => {
  test('a faster function with the same return value is improved and passes', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': SLOW_TASK });
    write(root, { 'tasks.mjs': FAST_TASK });
    const { comparison, results } = await compare(root, commit, 'lib', 2000);
    expect(schemaProblem(PerformanceComparisonSchema, comparison)).toBeNull();
    expect(schemaProblem(BenchmarkResultsSchema, results)).toBeNull();
    expect(comparison.validation_status).toBe('pass');
    const metric = comparison.metrics[0];
    expect(metric?.name).toBe('time/sum');
    expect(metric?.verdict).toBe('improved');
    expect(metric?.effect).toBeLessThan(0.5);
    expect(comparison.behaviour.passed).toBe(true);
    expect(comparison.base.commit).toBe(commit);
    expect(comparison.candidate.dirty).toBe(true);
    expect(comparison.design.pairs).toBeGreaterThanOrEqual(5);
    expect(comparison.design.order_seed).toBe(7);
    expect(results.blocks.length).toBe(comparison.design.pairs);
    expect(new Set(results.blocks.map((b) => b.order.join(','))).size).toBeGreaterThan(1);
    expect(worktreesLeft(root)).toEqual([]);
  });

  test('a faster function that returns something else fails on behaviour', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': SLOW_TASK });
    write(root, { 'tasks.mjs': WRONG_TASK });
    const { comparison } = await compare(root, commit, 'lib', 1000);
    expect(comparison.metrics[0]?.verdict).toBe('improved');
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.behaviour.passed).toBe(false);
    expect(comparison.status_reasons[0]).toMatch(/behaviour changed: return value of sum: base returned 599994, the candidate 599995/);
  });

  test('a command made slower regresses and fails', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': SLOW_TASK, 'work.mjs': spin(10) });
    write(root, { 'work.mjs': spin(300) });
    const { comparison } = await compare(root, commit, 'cli', 8000);
    const wall = comparison.metrics.find((m) => m.name === 'wall_time');
    expect(wall?.objective).toBe(true);
    expect(wall?.verdict).toBe('regressed');
    expect(wall?.pairs).toBeGreaterThanOrEqual(5);
    expect(wall?.effect).toBeGreaterThan(1.2);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.design.processes_per_side).toBeGreaterThanOrEqual(comparison.design.pairs);
  });

  test('a check that fails on the base already is reported, not blamed on the candidate', async () => {
    const { root, commit } = repo({
      'perfflow.config.yaml': `${COMPARE_CONFIG}check: node check.mjs\n`,
      'tasks.mjs': SLOW_TASK,
      'check.mjs': 'process.exit(1);\n',
    });
    write(root, { 'tasks.mjs': FAST_TASK });
    const { comparison } = await compare(root, commit, 'lib', 1000);
    const check = comparison.behaviour.checks.find((c) => c.kind === 'check-command');
    expect(check?.status).toBe('base-failed');
    expect(comparison.behaviour.passed).toBeNull();
    expect(comparison.validation_status).toBe('inconclusive');
    expect(comparison.status_reasons.join(' ')).toMatch(/fails on the base already.*not blamed/);
  });

  test('a check that passes on the base but fails on the candidate fails the comparison', async () => {
    const { root, commit } = repo({
      'perfflow.config.yaml': `${COMPARE_CONFIG}check: node check.mjs\n`,
      'tasks.mjs': SLOW_TASK,
      'check.mjs': 'process.exit(0);\n',
    });
    write(root, { 'tasks.mjs': FAST_TASK, 'check.mjs': "console.error('1 test failed'); process.exit(1);\n" });
    const { comparison } = await compare(root, commit, 'lib', 1000);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.status_reasons[0]).toMatch(/passes on the base but the candidate exit 1: 1 test failed/);
  });

  test('an unchanged working tree is refused as bad input', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': SLOW_TASK });
    const attempt = compare(root, commit, 'lib', 1000);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/identical to the base/);
  });

  test('a task module missing from the base is blamed on the base side', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG });
    write(root, { 'tasks.mjs': FAST_TASK });
    const attempt = compare(root, commit, 'lib', 1000);
    await expect(attempt).rejects.toBeInstanceOf(TargetError);
    await expect(attempt).rejects.toThrow(/^base side: the task module tasks.mjs does not exist/);
  });

  test('a command that crashes on the candidate is blamed on the candidate side, and the worktree is removed', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'work.mjs': spin(1) });
    write(root, { 'work.mjs': "throw new Error('boom');\n" });
    const attempt = compare(root, commit, 'cli', 1000);
    await expect(attempt).rejects.toBeInstanceOf(TargetError);
    await expect(attempt).rejects.toThrow(/^candidate side: 'node work.mjs' failed \(exit 1\)/);
    expect(worktreesLeft(root)).toEqual([]);
  });
});
