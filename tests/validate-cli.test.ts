import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceComparisonSchema } from '../lib/contracts/performance-comparison.js';
import { BenchmarkResultsSchema } from '../lib/contracts/benchmark-results.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { COMPARE_CONFIG, FAST_TASK, SLOW_TASK, STEPS_BEFORE_VALIDATION, TASK_MODULE, WRONG_TASK } from './helpers/compare-fixtures.js';

// Spawns the real CLI (bin/perfflow runs dist/): `npm run build` first, as `npm test` does.
const BIN = fileURLToPath(new URL('../bin/perfflow', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});


function perfflow(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(BIN, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-validate-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return root;
}

/** A run of target `lib` whose steps before validation were overridden, so validation is next. */
function runAtValidation(root: string): string {
  const init = perfflow(root, 'init', '--target', 'lib', '--json');
  expect(init.code).toBe(0);
  const runId = (JSON.parse(init.stdout) as { run_id: string }).run_id;
  for (const step of STEPS_BEFORE_VALIDATION) expect(perfflow(root, 'override', step, '--reason', 'not part of this validation test').code).toBe(0);
  return join(root, '.claude', 'context', 'runs', runId);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

describe('perfflow validate', () => {
  test('passes a faster candidate with the same results and records the gate (exit 0)', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    const dir = runAtValidation(root);
    writeFileSync(join(root, 'sum.mjs'), FAST_TASK);
    const result = perfflow(root, 'validate', '--budget', '5', '--seed', '11');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/validation PASS/);
    expect(result.stdout).toMatch(/time\/sum .* improved/);
    const comparison = readJson(join(dir, 'performance-comparison.json'));
    expect(schemaProblem(PerformanceComparisonSchema, comparison)).toBeNull();
    expect(schemaProblem(BenchmarkResultsSchema, readJson(join(dir, 'benchmark-results.json')))).toBeNull();
    expect(comparison).toMatchObject({ validation_status: 'pass', design: { order_seed: 11 } });
    expect(readJson(join(dir, 'gates', 'validation.json'))).toMatchObject({ step: 'validation', decision: 'passed', variables: { validation_status: 'pass' } });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('fails a faster candidate that computes something else (exit 1) and says to roll back', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    const dir = runAtValidation(root);
    writeFileSync(join(root, 'sum.mjs'), WRONG_TASK);
    const result = perfflow(root, 'validate', '--budget', '1', '--json');
    expect(result.code).toBe(1);
    const data = JSON.parse(result.stdout) as { comparison: { validation_status: string }; gate: { decision: string } };
    expect(data.comparison.validation_status).toBe('fail');
    expect(data.gate.decision).toBe('failed');
    expect(readJson(join(dir, 'recovery-state.json'))).toMatchObject({ step: 'validation', next_action: 'rollback' });
  });

  test('fails closed (exit 1) when the change edits the harness pinned at the baseline, naming the file in the comparison and the gate', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    const dir = runAtValidation(root);
    const run = readJson(join(dir, 'run.json')) as { harness?: { step: string; commit: string } };
    expect(run.harness?.step).toBe('baseline');
    writeFileSync(join(root, 'tasks.mjs'), 'export default { sum: () => 599994 };\n');
    const result = perfflow(root, 'validate', '--budget', '1', '--json');
    expect(result.code).toBe(1);
    const data = JSON.parse(result.stdout) as { comparison: { validation_status: string; harness: { edited: unknown[]; source: { label: string } } }; gate: { reasons: string[] } };
    expect(data.comparison.validation_status).toBe('fail');
    expect(data.comparison.harness.edited).toEqual([{ path: 'tasks.mjs', status: 'modified', role: "the function target's task module" }]);
    expect(data.comparison.harness.source.label).toMatch(/^the working tree when the baseline gate passed/);
    expect(data.gate.reasons.join(' ')).toMatch(/the change edits the measuring harness: tasks\.mjs/);
  });

  test('a change that breaks the config file is an edit of the harness (exit 1), measured with the pinned config', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    runAtValidation(root);
    writeFileSync(join(root, 'sum.mjs'), FAST_TASK);
    writeFileSync(join(root, 'perfflow.config.yaml'), 'targets: [broken\n');
    const result = perfflow(root, 'validate', '--budget', '1', '--json');
    expect(result.code).toBe(1);
    const data = JSON.parse(result.stdout) as { comparison: { harness: { edited: { path: string; role: string }[] } } };
    expect(data.comparison.harness.edited[0]?.path).toBe('perfflow.config.yaml');
    expect(data.comparison.harness.edited[0]?.role).toMatch(/^the target as measured \(the change leaves it unreadable: perfflow\.config\.yaml is not valid YAML/);
  });

  test('a candidate that crashes where the base runs is a failed gate (exit 1), not a target that cannot run', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    const dir = runAtValidation(root);
    writeFileSync(join(root, 'sum.mjs'), "export function sum() { throw new Error('not implemented yet'); }\n");
    const result = perfflow(root, 'validate', '--budget', '2');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/behaviour changed: return value of sum: call 1: the candidate threw: not implemented yet/);
    expect(readJson(join(dir, 'recovery-state.json'))).toMatchObject({ step: 'validation', next_action: 'rollback' });
  });

  test('refuses an unchanged working tree as bad input (exit 2), writing nothing', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    const dir = runAtValidation(root);
    const result = perfflow(root, 'validate', '--budget', '1');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^perfflow: the working tree is identical to the base HEAD/);
    expect(existsSync(join(dir, 'performance-comparison.json'))).toBe(false);
    expect(existsSync(join(dir, 'gates', 'validation.json'))).toBe(false);
  });

  test('refuses to validate before the earlier steps have passed', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    expect(perfflow(root, 'init', '--target', 'lib').code).toBe(0);
    writeFileSync(join(root, 'sum.mjs'), FAST_TASK);
    const result = perfflow(root, 'validate', '--budget', '1');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the step to do now is 'baseline', not validation/);
  });
});

describe('perfflow compare', () => {
  test('prints the comparison as JSON without a run and writes --out', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    writeFileSync(join(root, 'sum.mjs'), FAST_TASK);
    const result = perfflow(root, 'compare', 'lib', '--base', 'main', '--budget', '5', '--json', '--out', 'cmp.json');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as unknown;
    expect(schemaProblem(PerformanceComparisonSchema, printed)).toBeNull();
    expect(readJson(join(root, 'cmp.json'))).toEqual(printed);
    expect(existsSync(join(root, '.claude', 'context', 'runs'))).toBe(false);
  });

  test.each<[string, string[], RegExp]>([
    ['no target', ['compare'], /name the target to compare/],
    ['an unknown base ref', ['compare', 'lib', '--base', 'no-such-branch'], /--base 'no-such-branch' does not name a commit/],
    ['a budget that is not a number', ['compare', 'lib', '--budget', 'soon'], /--budget 'soon' must be a number of seconds/],
    ['a minimum of blocks below one', ['compare', 'lib', '--min-blocks', '0'], /--min-blocks '0' must be a whole number from 1 to 1000/],
    ['an unknown target', ['compare', 'nope'], /unknown target 'nope'/],
  ])('rejects %s with exit 2 and one line', (_name, args, message) => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'tasks.mjs': TASK_MODULE, 'sum.mjs': SLOW_TASK });
    writeFileSync(join(root, 'sum.mjs'), FAST_TASK);
    const result = perfflow(root, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('says which side cannot run: a base whose command crashes exits 4', () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'work.mjs': "throw new Error('broken at base');\n" });
    writeFileSync(join(root, 'work.mjs'), 'let x = 0; for (let i = 0; i < 1e5; i++) x += i;\n');
    const result = perfflow(root, 'compare', 'cli', '--budget', '1');
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^perfflow: base side: 'node work.mjs' failed \(exit 1\): .*broken at base/);
  });

  test('an interrupted comparison leaves no base worktree behind', async () => {
    const root = repo({ 'perfflow.config.yaml': COMPARE_CONFIG, 'work.mjs': 'const t = Date.now(); while (Date.now() - t < 20) {}\n' });
    writeFileSync(join(root, 'work.mjs'), 'const t = Date.now(); while (Date.now() - t < 30) {}\n');
    const worktrees = (): string[] => execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: root, encoding: 'utf8' }).split('\n').filter((l) => l.startsWith('worktree '));
    const child = spawn(BIN, ['compare', 'cli', '--budget', '60'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => {
      resolve(signal);
    }));
    let base: string | undefined;
    for (let i = 0; i < 200 && base === undefined; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      base = worktrees()[1]?.slice('worktree '.length);
    }
    expect(base).toBeDefined();
    child.kill('SIGTERM');
    // The stderr rides along so that a failure shows why perfflow did not die of the signal.
    expect({ signal: await exited, stderr }).toEqual({ signal: 'SIGTERM', stderr: expect.not.stringMatching(/\n\s+at /) as unknown });
    expect(worktrees()).toHaveLength(1);
    expect(existsSync(base ?? '')).toBe(false);
  });
});
