import { afterAll, describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CiHistoryEntrySchema, CiResultSchema } from '../lib/contracts/ci-result.js';
import type { CiResult } from '../lib/contracts/ci-result.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { perfflow, treeHash } from './helpers/cli.js';
import { BMF_SCHEMA, SLEEP_CONFIG, sleeps } from './helpers/ci-fixtures.js';
import { git, tempRepo, writeFile } from './helpers/temp-repo.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Short, but at least 10 blocks: Holm over four metrics needs them even for a clear 2x effect on a busy machine. */
const BLOCKS = ['--min-blocks', '10', '--seed', '7'];
const MEASURE = ['--budget', '1', ...BLOCKS];
// Where a verdict must survive Holm across 4 metrics: 10 blocks put the bootstrap's smallest p at
// 0.0092 (x4 = 0.037, one noisy block from 0.05 on a busy machine); 14 put it near 0.005.
const MEASURE_VERDICT = ['--budget', '1', '--min-blocks', '14', '--seed', '7'];

function pullRequest(change: Record<string, string>, message = 'the change', ciSection = ''): string {
  const root = tempRepo({ 'perfflow.config.yaml': `${SLEEP_CONFIG}${ciSection}`, 'api.sh': sleeps(0.2), 'build.sh': sleeps(0.1), 'README.md': '# app\n' });
  made.push(root);
  git(root, 'checkout', '-q', '-b', 'feature');
  for (const [path, text] of Object.entries(change)) writeFile(root, path, text);
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-q', '-m', message);
  return root;
}

function resultOf(stdout: string): CiResult {
  const value: unknown = JSON.parse(stdout);
  expect(schemaProblem(CiResultSchema, value)).toBeNull();
  return value as CiResult;
}

describe('perfflow ci on real pull requests', () => {
  test('a planted regression (about 2x) fails naming its target; the faster target passes and says so; every output is well-formed', () => {
    const root = pullRequest({ 'build.sh': sleeps(0.3), 'api.sh': sleeps(0.01) });
    const stepSummary = join(root, 'step-summary.md');
    writeFileSync(stepSummary, '## an earlier step\n');
    const result = perfflow(root, ['ci', ...MEASURE_VERDICT, '--summary', 'comment.md', '--bmf', 'bmf.json', '--json'], { GITHUB_STEP_SUMMARY: stepSummary });
    expect(result.code).toBe(1);
    const ci = resultOf(result.stdout);
    expect(ci.base.how).toBe('merge-base of HEAD and main');
    expect(ci.head.commit).toBe(git(root, 'rev-parse', 'HEAD').trim());
    expect(ci.targets.map((t) => [t.name, t.outcome])).toEqual([['api', 'pass'], ['build', 'fail']]);
    expect(ci.targets[1]?.metrics.find((m) => m.name === 'wall_time')?.verdict).toBe('regressed');
    expect(ci.targets[0]?.metrics.find((m) => m.name === 'wall_time')?.verdict).toBe('improved');
    // The sequential design by default: recorded per target, and every p that entered Holm is the design's.
    expect(ci.targets.map((t) => t.design?.kind)).toEqual(['sequential', 'sequential']);
    for (const t of ci.targets) {
      expect(t.design?.saved_ms).toBe(t.design?.stopped_early === true ? Math.max(0, (t.design.budget_ms) - t.elapsed_ms) : 0);
      for (const m of t.metrics) if (m.p !== null) expect(m.p_design).toBeGreaterThanOrEqual(m.p);
    }
    const comment = readFileSync(join(root, 'comment.md'), 'utf8');
    expect(comment.split('\n')[0]).toMatch(/^### ❌ perfflow: fail — regression or behaviour change in `build`; faster: `api`/);
    expect(comment).toMatch(/\| build \| wall_time \| [^|]+ \| [^|]+ \| x?[+\d.]+%? \[[^\]]+\] \| ±[\d.]+% \| ❌ regressed \|/);
    expect(comment).toContain('[.perfflow/ci/report.html](.perfflow/ci/report.html)');
    const summary = readFileSync(stepSummary, 'utf8');
    expect(summary.startsWith('## an earlier step\n### ❌ perfflow: fail')).toBe(true);
    const bmf: unknown = JSON.parse(readFileSync(join(root, 'bmf.json'), 'utf8'));
    expect(new Ajv({ strict: false }).compile(BMF_SCHEMA)(bmf)).toBe(true);
    expect(Object.keys(bmf as object).sort()).toEqual(['api', 'build']);
    expect(readFileSync(join(root, '.perfflow/ci/report.html'), 'utf8')).toMatch(/<svg[\s\S]*wall_time[\s\S]*regressed/);
    const history = readFileSync(join(root, '.perfflow/history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(history).toHaveLength(4);
    for (const entry of history) expect(schemaProblem(CiHistoryEntrySchema, entry)).toBeNull();
    const trend = perfflow(root, ['trend', 'build', '--metric', 'wall_time', '--out', 'trend.html']);
    expect(trend.code).toBe(0);
    const page = readFileSync(join(root, 'trend.html'), 'utf8');
    expect(page).toContain('never compared with each other');
    expect(page).toMatch(/<svg[\s\S]*<circle[\s\S]*<\/svg>/);
  });

  test('a docs-only pull request passes with no false alarm, measuring HEAD and not the uncommitted files of the checkout; the budget is the target\'s own from the config', () => {
    const root = pullRequest({ 'README.md': '# app\n\nMore words.\n' }, 'the change', 'ci:\n  targets:\n    build: { budget: 1500ms }\n');
    writeFile(root, 'build.sh', sleeps(0.3)); // uncommitted: a runner's stray file must not be measured as the head
    const result = perfflow(root, ['ci', ...BLOCKS, '--targets', 'build', '--fixed', '--json']);
    expect(result.code).toBe(0);
    const ci = resultOf(result.stdout);
    expect(ci.targets.map((t) => [t.name, t.outcome])).toEqual([['build', 'pass']]);
    expect(ci.targets[0]?.design).toMatchObject({ kind: 'fixed', budget_ms: 1500, stopped_early: false, look: null, saved_ms: 0 });
    for (const m of ci.targets[0]?.metrics ?? []) expect(m.p_design).toBe(m.p);
    expect(ci.targets.flatMap((t) => t.metrics.map((m) => m.verdict))).not.toContain('regressed');
  });

  test('an acknowledged regression passes, recorded with who accepted it, by trailer and by label', () => {
    // --budget on the command line replaces a target's budget in the config.
    const root = pullRequest({ 'build.sh': sleeps(0.3), 'api.sh': sleeps(0.6) }, 'Slower on purpose\n\nperfflow-accept: build', 'ci:\n  targets:\n    build: { budget: 40s }\n');
    const result = perfflow(root, ['ci', ...MEASURE_VERDICT, '--base', 'main', '--json', '--summary', 'comment.md'], { PERFFLOW_ACCEPT: 'bug,perfflow-accept:api' });
    expect(result.code).toBe(0);
    const ci = resultOf(result.stdout);
    const commit = git(root, 'rev-parse', 'HEAD').trim().slice(0, 12);
    expect(ci.targets.map((t) => [t.name, t.outcome, t.accepted])).toEqual([
      ['api', 'accepted', { by: 'label', source: 'perfflow-accept:api' }],
      ['build', 'accepted', { by: 'trailer', source: `commit ${commit}` }],
    ]);
    expect(ci.targets.map((t) => t.design?.budget_ms)).toEqual([1000, 1000]);
    const comment = readFileSync(join(root, 'comment.md'), 'utf8');
    expect(comment).toMatch(/accepted: `api`, `build`/);
    expect(comment).toContain(`accepted by the commit trailer perfflow-accept in commit ${commit}: recorded as a pass`);
    expect(comment).toContain('☑️ regressed, accepted');
  });
});

describe('perfflow ci on behaviour', () => {
  test('a head that fails where the base runs is a behaviour change: exit 1 naming the target', () => {
    const root = pullRequest({ 'build.sh': `${sleeps(0.1)}exit 3\n` });
    const result = perfflow(root, ['ci', ...MEASURE, '--targets', 'build', '--json']);
    expect(result.code).toBe(1);
    const ci = resultOf(result.stdout);
    expect(ci.targets[0]).toMatchObject({ name: 'build', outcome: 'fail', behaviour: false });
    expect(ci.targets[0]?.reasons[0]).toMatch(/^behaviour changed: errors of 'sh build\.sh': the candidate failed in \d+ of \d+ trials, the base in none/);
  });
});

describe('perfflow ci refuses bad input', () => {
  test.each<[string, string[], RegExp]>([
    ['an unknown target', ['--targets', 'api,nope'], /^perfflow: unknown target 'nope' in perfflow\.config\.yaml; known targets: api, build/],
    ['a base that names no commit', ['--base', 'no-such-branch'], /^perfflow: --base 'no-such-branch' does not name a commit/],
    ['a threshold that is not a percentage', ['--threshold', 'lots'], /^perfflow: --threshold 'lots' must be a percentage from 0 to 1000/],
    ['a positional argument', ['build'], /^perfflow: unexpected argument 'build'; name targets with --targets/],
  ])('%s: one line, exit 2, nothing written', (_name, args, message) => {
    const root = pullRequest({ 'build.sh': sleeps(0.03) });
    const before = treeHash(root, ['.git']);
    const result = perfflow(root, ['ci', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(treeHash(root, ['.git'])).toBe(before);
  });

  test('outside a git repository: one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-nogit-'));
    made.push(dir);
    writeFileSync(join(dir, 'perfflow.config.yaml'), SLEEP_CONFIG);
    const result = perfflow(dir, ['ci']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^perfflow: .* is not a git repository, and perfflow ci compares the base commit with HEAD; run 'git init/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, '.perfflow'))).toBe(false);
  });
});
