import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compareTarget } from '../lib/compare/compare-target.js';
import type { ComparisonOutcome } from '../lib/compare/compare-target.js';
import { loadConfig } from '../lib/config/load.js';
import { InputError, TargetError } from '../lib/errors.js';
import { BenchmarkResultsSchema } from '../lib/contracts/benchmark-results.js';
import { PerformanceComparisonSchema } from '../lib/contracts/performance-comparison.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { COMPARE_CONFIG, FAST_TASK, SLOW_TASK, TASK_MODULE, WRONG_TASK } from './helpers/compare-fixtures.js';

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

/** Short processes: a test needs the engine's decisions, not its precision. */
const QUICK = { warmupMs: 30, batches: 4, batchMs: 2 };

async function compare(root: string, commit: string, name: string, budgetMs: number, objective?: string): Promise<ComparisonOutcome> {
  return compareTarget({
    projectRoot: root,
    targetName: name,
    config: loadConfig(root),
    base: { commit, ref: 'main' },
    budgetMs,
    seed: 7,
    objective,
    environment: () => Promise.resolve({ note: 'test' }),
    functionTrials: QUICK,
  });
}

/** The base worktrees git still knows of in a repository (removed ones are pruned). */
function worktreesLeft(root: string): string[] {
  return existsSync(join(root, '.git', 'worktrees')) ? readdirSync(join(root, '.git', 'worktrees')) : [];
}

describe('a paired comparison against the base commit', () => {
  test('a faster function with the same return value is improved and passes', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    write(root, { 'sum.mjs': FAST_TASK });
    const { comparison, results } = await compare(root, commit, 'lib', 4000);
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
    expect(comparison.design.processes_per_side).toBeGreaterThanOrEqual(comparison.design.pairs);
    expect(comparison.design.order_seed).toBe(7);
    expect(comparison.harness).toEqual(expect.objectContaining({ edited: [], added: [], tests_on_candidate: 'none' }));
    expect(comparison.guards).toEqual([]);
    expect(metric?.role).toBe('objective');
    expect(metric?.load).toMatch(/one call at a time/);
    expect(results.blocks.length).toBe(comparison.design.pairs);
    expect(new Set(results.blocks.map((b) => b.order.join(','))).size).toBeGreaterThan(1);
    expect(worktreesLeft(root)).toEqual([]);
  });

  test('a faster function that returns something else fails on behaviour', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    write(root, { 'sum.mjs': WRONG_TASK });
    const { comparison } = await compare(root, commit, 'lib', 3500);
    expect(comparison.metrics[0]?.verdict).toBe('improved');
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.behaviour.passed).toBe(false);
    expect(comparison.status_reasons[0]).toMatch(/behaviour changed: return value of sum: call 1: base returned 599994, the candidate 599995/);
  });

  test('a command made slower regresses and fails', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK, 'work.mjs': spin(10) });
    write(root, { 'work.mjs': spin(300) });
    // 12 s: on a busy machine 8 s held only the 5 blocks whose smallest p (0.036) one disturbed block
    // pushes past 0.05, and a 30x slowdown read inconclusive.
    const { comparison } = await compare(root, commit, 'cli', 12_000);
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
      'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK,
      'check.mjs': 'process.exit(1);\n',
    });
    write(root, { 'sum.mjs': FAST_TASK });
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
      'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK,
      'check.mjs': CHECK_SUM,
    });
    write(root, { 'sum.mjs': WRONG_TASK });
    const { comparison } = await compare(root, commit, 'lib', 1000);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.status_reasons[0]).toMatch(/passes on the base but the candidate exit 1: 1 test failed/);
  });

  test('an unchanged working tree is refused as bad input', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    const attempt = compare(root, commit, 'lib', 1000);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/identical to the base/);
  });

  test('a task module the base does not have cannot be pinned: bad input that says to commit it', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG });
    write(root, { 'tasks.mjs': TASK_MODULE, 'sum.mjs': FAST_TASK });
    const attempt = compare(root, commit, 'lib', 1000);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/^the task module tasks\.mjs is not in the base commit main \([0-9a-f]{12}\): the harness cannot be pinned; commit it first/);
    expect(worktreesLeft(root)).toEqual([]);
  });

  test('a base whose command fails is the target that cannot run, blamed on the base side', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'work.mjs': "throw new Error('base is broken');\n" });
    write(root, { 'work.mjs': spin(1) });
    const attempt = compare(root, commit, 'cli', 1000);
    await expect(attempt).rejects.toBeInstanceOf(TargetError);
    await expect(attempt).rejects.toThrow(/^base side: 'node work.mjs' failed \(exit 1\): Error: base is broken/);
    expect(worktreesLeft(root)).toEqual([]);
  });

  test('a command that crashes on the candidate where the base runs is a behaviour change (fail, not a target that cannot run)', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'work.mjs': spin(1) });
    write(root, { 'work.mjs': "throw new Error('boom');\n" });
    const { comparison } = await compare(root, commit, 'cli', 3000);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.design.stopped_by).toBe('settled');
    const errors = comparison.behaviour.checks.find((c) => c.kind === 'candidate-error');
    expect(errors?.status).toBe('failed');
    expect(errors?.detail).toMatch(/^the candidate failed in 3 of 3 trials, the base in none: 'node work\.mjs' failed \(exit 1\): Error: boom \(3 times\)$/);
    expect(worktreesLeft(root)).toEqual([]);
  });
});

/** A check that runs the code under test and fails when its result changes. */
const CHECK_SUM = "import { sum } from './sum.mjs';\nif (sum() !== 599994) { console.error('1 test failed'); process.exit(1); }\n";

describe('the measuring harness is the base\'s', () => {
  test('a candidate that edits the task module to return a precomputed answer fails closed, and is measured through the base\'s module', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    write(root, { 'tasks.mjs': 'export default { sum: () => 599994 };\n', 'sum.mjs': `${SLOW_TASK}// tidied\n` });
    const { comparison } = await compare(root, commit, 'lib', 3000);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.harness.edited).toEqual([{ path: 'tasks.mjs', status: 'modified', role: "the function target's task module" }]);
    expect(comparison.status_reasons[0]).toMatch(/^the change edits the measuring harness: tasks\.mjs \(the function target's task module\) modified/);
    // The precomputed answer is not what was measured: the pinned module still calls the slow code.
    const time = comparison.metrics[0];
    expect(time?.effect).toBeGreaterThan(0.7);
    expect(time?.verdict).not.toBe('improved');
  });

  test("a candidate that edits the target's config entry is measured with the base's entry and fails closed", async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK, 'fast.mjs': "export default { sum: () => 599994 };\n" });
    write(root, { 'perfflow.config.yaml': COMPARE_CONFIG.replace('file: tasks.mjs', 'file: fast.mjs'), 'sum.mjs': FAST_TASK });
    const { comparison } = await compare(root, commit, 'lib', 2000);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.harness.edited).toEqual([{ path: "perfflow.config.yaml targets['lib']", status: 'modified', role: 'the target as measured' }]);
    expect(comparison.harness.pinned[1]).toBe('the task module tasks.mjs');
  });

  test('a candidate that breaks a test and deletes it is caught by the pinned test, and fails closed', async () => {
    const test = "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { sum } from '../sum.mjs';\ntest('sum', () => assert.equal(sum(), 599994));\n";
    const { root, commit } = repo({ 'perfflow.config.yaml': `${COMPARE_CONFIG}check: node --test test/\n`, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK, 'test/sum.test.mjs': test });
    write(root, { 'sum.mjs': WRONG_TASK.replace('return', 'return /* checked */'), 'test/sum.test.mjs': "import { test } from 'node:test';\ntest('sum', () => {});\n" });
    const { comparison } = await compare(root, commit, 'lib', 1000);
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.harness.tests_on_candidate).toBe('pinned-and-own');
    const checks = comparison.behaviour.checks.filter((c) => c.kind === 'check-command');
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ["check command 'node --test test/'", 'passed'],
      ["check command 'node --test test/' with the pinned tests", 'failed'],
    ]);
    expect(comparison.status_reasons.join('\n')).toMatch(/test\/sum\.test\.mjs \(test file\) modified/);
  });

  test('a candidate that adds a test is reported, not failed, and the pinned tests still run on it', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': `${COMPARE_CONFIG}check: node --test test/\n`, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK, 'test/sum.test.mjs': "import { test } from 'node:test';\ntest('sum', () => {});\n" });
    write(root, { 'sum.mjs': FAST_TASK, 'test/fast.test.mjs': "import { test } from 'node:test';\ntest('fast', () => {});\n" });
    const { comparison } = await compare(root, commit, 'lib', 4000);
    expect(comparison.harness.added).toEqual([{ path: 'test/fast.test.mjs', status: 'added', role: 'test file' }]);
    expect(comparison.harness.edited).toEqual([]);
    expect(comparison.harness.tests_on_candidate).toBe('pinned-and-own');
    expect(comparison.validation_status).toBe('pass');
  });

  test('a config that is not in the base cannot be pinned: bad input naming the fix', async () => {
    const { root, commit } = repo({ 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    write(root, { 'perfflow.config.yaml': COMPARE_CONFIG, 'sum.mjs': FAST_TASK });
    const attempt = compare(root, commit, 'lib', 1000);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/^perfflow\.config\.yaml is not in the base commit main .*commit it first/);
  });
});

describe('each arm runs from its own checkout', () => {
  test('base, A/A copy and candidate run from three checkouts at paths of the same shape, none of them the project', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'perfflow-cwd-log-')), 'cwd.log');
    made.push(dirname(log));
    const record = `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, process.cwd() + '\\n');\n`;
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'work.mjs': record });
    write(root, { 'work.mjs': `${record}// a comment\n` });
    await compare(root, commit, 'cli', 1500);
    const dirs = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))];
    expect(dirs).toHaveLength(3);
    expect(new Set(dirs.map((d) => d.length)).size).toBe(1);
    expect(dirs).not.toContain(root);
    for (const dir of dirs) expect(dir).toMatch(/perfflow-arm-[A-Za-z0-9]{6}[\\/]tree$/);
    expect(worktreesLeft(root)).toEqual([]);
  });
});

describe('candidates that only look faster', () => {
  const MEMO = `export const inputs = [];\nconst memo = new WeakMap();\nexport function total(list) {\n  if (memo.has(list)) return memo.get(list);\n  let s = 0; for (let r = 0; r < 40; r++) for (const v of list) s = (s + v * r) % 1000003;\n  memo.set(list, s);\n  return s;\n}\n`;
  const PLAIN = 'export const inputs = [];\nexport function total(list) {\n  let s = 0; for (let r = 0; r < 40; r++) for (const v of list) s = (s + v * r) % 1000003;\n  return s;\n}\n';
  const TASKS = "import { total } from './total.mjs';\nconst list = Array.from({ length: 5000 }, (_, i) => i);\nexport default { total: () => total(list) };\n";

  test('a memo keyed on the benchmark input fails the call-history check', async () => {
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASKS, 'total.mjs': PLAIN });
    write(root, { 'total.mjs': MEMO });
    const { comparison } = await compare(root, commit, 'lib', 3000);
    expect(comparison.metrics[0]?.verdict).toBe('improved');
    const history = comparison.behaviour.checks.find((c) => c.kind === 'call-history');
    expect(history?.status).toBe('failed');
    expect(comparison.validation_status).toBe('fail');
    expect(comparison.status_reasons.join('\n')).toMatch(/call history of total: the candidate's speed depends on what earlier calls left behind/);
  });

  test('a candidate that sorts a declared input in place changes behaviour', async () => {
    const tasks = "import { top } from './top.mjs';\nexport default { top: { fn: (list) => top(list), inputs: (seed) => Array.from({ length: 500 }, (_, i) => (i * 7919 + seed) % 1009) } };\n";
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': tasks, 'top.mjs': 'export function top(list) { return [...list].sort((a, b) => b - a).slice(0, 3); }\n' });
    write(root, { 'top.mjs': 'export function top(list) { return list.sort((a, b) => b - a).slice(0, 3); }\n' });
    const { comparison } = await compare(root, commit, 'lib', 1000);
    expect(comparison.validation_status).toBe('fail');
    const check = comparison.behaviour.checks.find((c) => c.name === 'return value of top');
    expect(check?.status).toBe('failed');
    expect(check?.detail).toMatch(/input seed 1: the candidate changes its input in place and the base does not/);
  });

  test('a candidate that throws now and then fails on behaviour, naming the error and how often', async () => {
    const flaky = "let calls = 0;\nexport function sum() { calls += 1; if (calls % 5000 === 4999) throw new Error('cache miss'); return 28571 * 21 + 3; }\n";
    const { root, commit } = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    write(root, { 'sum.mjs': flaky });
    const { comparison } = await compare(root, commit, 'lib', 3000);
    expect(comparison.validation_status).toBe('fail');
    const errors = comparison.behaviour.checks.find((c) => c.kind === 'candidate-error');
    expect(errors?.detail).toMatch(/^the candidate failed in \d+ of \d+ trials, the base in none: task 'sum' threw: cache miss/);
  });
});
