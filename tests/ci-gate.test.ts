import { ciBudgetMs, defaultBudgetMs } from '../lib/compare/budget.js';
import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTrendPage } from '../lib/ci/ci-report.js';
import { appendHistory, historyEntries, readHistory } from '../lib/ci/history.js';
import { acceptances, acceptedByLabels } from '../lib/ci/acceptance.js';
import { toBmf, measureName } from '../lib/ci/bmf.js';
import { cell, renderCiMarkdown } from '../lib/ci/ci-markdown.js';
import { decideGate, judgeMetric } from '../lib/ci/gate.js';
import type { TargetRun } from '../lib/ci/gate.js';
import { ciSettings } from '../lib/config/ci-settings.js';
import { parseConfig } from '../lib/config/load.js';
import type { CiResult } from '../lib/contracts/ci-result.js';
import { CiResultSchema } from '../lib/contracts/ci-result.js';
import { schemaProblem } from '../lib/contracts/validate.js';
import { InputError } from '../lib/errors.js';
import { analysed, BMF_SCHEMA, comparisonOf, metricWith, syntheticBlocks } from './helpers/ci-fixtures.js';

const SETTINGS = { threshold: 0.05, informational: false };

function run(name: string, metrics: TargetRun['result'], settings = SETTINGS, accepted: TargetRun['accepted'] = null): TargetRun {
  return { name, settings, accepted, result: metrics };
}

function compared(name: string, ...metrics: ReturnType<typeof metricWith>[]): TargetRun['result'] {
  return { kind: 'compared', comparison: comparisonOf(name, metrics), comparisonFile: null };
}

function resultOf(runs: TargetRun[]): CiResult {
  const environment = { fingerprint: '0123456789abcdef', cpu_model: 'cpu | with pipe', cores: 2, platform: 'linux-x64', node: 'v20' };
  return { version: 1, ...decideGate(runs), base: { commit: 'a'.repeat(40), ref: 'main', how: 'merge-base of HEAD and main' }, head: { commit: 'b'.repeat(40), ref: 'HEAD' }, alpha: 0.05, environment, report: null, created_at: '2026-01-01T00:00:00.000Z' };
}

describe('one metric, judged after the adjustment', () => {
  test.each<[string, Parameters<typeof metricWith>[0], number | null, number | null, string]>([
    ['a 2x slowdown, significant, both copies agreeing', {}, 0.001, 0.05, 'regressed'],
    ['a 4% slowdown under a 5% threshold', { effect: 1.04, ci95: [1.03, 1.05], ci95_each: [[1.025, 1.055], [1.026, 1.054]] }, 0.001, 0.05, 'within-threshold'],
    ['a slowdown on a guard set to off', {}, 0.001, null, 'within-threshold'],
    ['a slowdown not significant once adjusted', {}, 0.06, 0.05, 'inconclusive'],
    ['a slowdown against the base but not its A/A copy', { ci95_each: [[1.85, 2.15], [0.98, 2.3]] }, 0.001, 0.05, 'inconclusive'],
    ['a slowdown inside the noise floor', { effect: 1.015, ci95: [1.01, 1.02], ci95_each: [[1.005, 1.025], [1.006, 1.024]] }, 0.001, 0.05, 'unchanged'],
    ['inside the noise floor, but its interval reaches past a zero threshold', { effect: 1.015, ci95: [1.01, 1.02], ci95_each: [[1.005, 1.025], [1.006, 1.024]] }, 0.001, 0.0, 'inconclusive'],
    ['a 4% slowdown whose interval reaches past the 5% threshold', { effect: 1.04, ci95: [1.03, 1.07], ci95_each: [[1.025, 1.075], [1.026, 1.074]] }, 0.001, 0.05, 'inconclusive'],
    ['a noisy guard: no significant change, interval reaching +30%', { effect: 1.0, ci95: [0.99, 1.3], ci95_each: [[0.98, 1.31], [0.97, 1.32]], role: 'guard', objective: false, tolerance: 0 }, 0.4, 0.05, 'inconclusive'],
    ['a speedup of a higher-is-better metric whose interval reaches 6% lower', { direction: 'higher', effect: 1.0, ci95: [0.94, 1.01], ci95_each: [[0.93, 1.02], [0.93, 1.02]] }, 0.5, 0.05, 'inconclusive'],
    ['too few pairs', { pairs: 4 }, 0.001, 0.05, 'inconclusive'],
    ['a 2x speedup', { effect: 0.5, ci95: [0.48, 0.52], ci95_each: [[0.47, 0.53], [0.46, 0.54]] }, 0.001, 0.05, 'improved'],
    ['a wide interval across zero', { effect: 1.1, ci95: [0.8, 1.4], ci95_each: [[0.8, 1.4], [0.7, 1.5]] }, 0.4, 0.05, 'inconclusive'],
  ])('%s', (_name, figures, pHolm, threshold, verdict) => {
    expect(judgeMetric(metricWith(figures), pHolm, threshold, 0.05)).toBe(verdict);
  });

  test('known truth: a planted 2x slowdown in noisy blocks is regressed, identical code never is', () => {
    const slow = analysed(syntheticBlocks(12, 2, 0.1, 1));
    expect(judgeMetric(slow, slow.p, 0.05, 0.05)).toBe('regressed');
    for (let seed = 1; seed <= 30; seed += 1) {
      const same = analysed(syntheticBlocks(12, 1, 0.1, seed));
      expect(judgeMetric(same, same.p, 0.05, 0.05)).not.toBe('regressed');
    }
  });
});

describe('the gate across targets', () => {
  test('adjusts every metric of every target together (Holm): two p of 0.03 are each significant alone, neither together', () => {
    const gate = decideGate([run('a', compared('a', metricWith({ p: 0.03 }))), run('b', compared('b', metricWith({ p: 0.03 })))]);
    expect(gate.targets.map((t) => t.metrics[0]?.p_holm)).toEqual([0.06, 0.06]);
    expect(gate.targets.map((t) => t.metrics[0]?.verdict)).toEqual(['inconclusive', 'inconclusive']);
    expect(gate.status).toBe('pass');
    expect(gate.exit_code).toBe(0);
    expect(gate.adjustment).toMatch(/Holm across all 2 metrics of the 2 compared targets/);
    const alone = decideGate([run('a', compared('a', metricWith({ p: 0.03 })))]);
    expect(alone.targets[0]?.outcome).toBe('fail');
  });

  test('fails naming the regressed target only, and lists the inconclusive one without failing it', () => {
    const gate = decideGate([run('slow', compared('slow', metricWith({ p: 0.001 }))), run('noisy', compared('noisy', metricWith({ p: 0.5, effect: 1.1, ci95: [0.8, 1.4], ci95_each: [[0.8, 1.4], [0.7, 1.5]] })))]);
    expect(gate.exit_code).toBe(1);
    expect(gate.targets.map((t) => [t.name, t.outcome])).toEqual([['slow', 'fail'], ['noisy', 'pass']]);
    expect(gate.targets[0]?.reasons[0]).toMatch(/^regressed: time\/run x2\.00 .*threshold 5\.0%/);
    expect(gate.targets[1]?.reasons[0]).toMatch(/^inconclusive \(not a failure\)/);
  });

  test('a behaviour change fails; acceptance and informational targets turn failures into recorded passes', () => {
    const changed: TargetRun['result'] = { kind: 'compared', comparison: comparisonOf('lib', [metricWith({ p: 0.5, effect: 1, ci95: [0.99, 1.01], ci95_each: [[0.99, 1.01], [0.99, 1.01]] })], ['return value of sum']), comparisonFile: null };
    expect(decideGate([run('lib', changed)]).targets[0]).toMatchObject({ outcome: 'fail', behaviour: false });
    const accepted = decideGate([run('lib', compared('lib', metricWith({})), SETTINGS, { by: 'trailer', source: 'commit 0123456789ab' })]);
    expect(accepted.exit_code).toBe(0);
    expect(accepted.targets[0]).toMatchObject({ outcome: 'accepted', accepted: { by: 'trailer', source: 'commit 0123456789ab' } });
    expect(accepted.targets[0]?.reasons[0]).toMatch(/accepted by the commit trailer perfflow-accept in commit 0123456789ab/);
    const informational = decideGate([run('lib', compared('lib', metricWith({})), { threshold: 0.05, informational: true })]);
    expect(informational.targets[0]?.outcome).toBe('pass');
    expect(informational.targets[0]?.reasons[0]).toMatch(/informational target/);
  });

  test('an acceptance of a target that does not regress is not recorded', () => {
    const gate = decideGate([run('lib', compared('lib', metricWith({ effect: 0.5, ci95: [0.48, 0.52], ci95_each: [[0.47, 0.53], [0.46, 0.54]] })), SETTINGS, { by: 'label', source: 'perfflow-accept:lib' })]);
    expect(gate.targets[0]).toMatchObject({ outcome: 'pass', accepted: null });
  });

  test('a target that cannot run fails closed with exit 4; a regression elsewhere makes it exit 1', () => {
    const error: TargetRun['result'] = { kind: 'error', targetKind: 'command', message: "base side: 'node x' failed" };
    expect(decideGate([run('cli', error)])).toMatchObject({ status: 'error', exit_code: 4 });
    expect(decideGate([run('cli', error), run('lib', compared('lib', metricWith({})))])).toMatchObject({ status: 'fail', exit_code: 1 });
  });
});

describe('acceptance', () => {
  test('counts only perfflow-accept: labels, and a trailer before a label', () => {
    const labels = acceptedByLabels('bug, perfflow-accept:api/users,\nperformance,perfflow-accept: build');
    expect([...labels.keys()]).toEqual(['api/users', 'build']);
    expect(acceptedByLabels('api/users,build').size).toBe(0);
    const all = acceptances([{ target: 'build', commit: 'c'.repeat(40) }], labels);
    expect(all.get('build')).toEqual({ by: 'trailer', source: `commit ${'c'.repeat(12)}` });
    expect(all.get('api/users')).toEqual({ by: 'label', source: 'perfflow-accept:api/users' });
  });
});

describe('the ci section of perfflow.config.yaml', () => {
  const base = 'targets:\n  lib:\n    function:\n      file: t.mjs\n';
  test('fills in defaults and reads per-target thresholds and budgets', () => {
    const config = parseConfig(`${base}ci:\n  threshold: 3%\n  targets:\n    lib: { informational: true }\n`, '/p/perfflow.config.yaml', '/p');
    expect(config.ci).toEqual({ threshold: 0.03, history: '.perfflow/history.jsonl', targets: { lib: { threshold: 0.03, informational: true, budget_ms: null } } });
    expect(parseConfig(`${base}ci:\n  targets:\n    lib: { budget: 1.5m }\n`, '/p/perfflow.config.yaml', '/p').ci.targets['lib']?.budget_ms).toBe(90_000);
    expect(parseConfig(base, '/p/perfflow.config.yaml', '/p').ci.threshold).toBe(0.02);
  });

  test.each<[string, string, RegExp]>([
    ['an unknown target', 'ci:\n  targets:\n    api: { threshold: 5% }\n', /ci\.targets names 'api', which is not a target; known targets: lib/],
    ['a threshold without a percent sign', 'ci:\n  threshold: 5\n', /ci\.threshold must be string|ci\.threshold must match pattern/],
    ['an unknown key', 'ci:\n  treshold: 5%\n', /ci must NOT have additional properties|treshold/],
    ['a budget without a unit', 'ci:\n  targets:\n    lib: { budget: 90 }\n', /ci\.targets\.lib\.budget must be string|ci\.targets\.lib\.budget must match pattern/],
    ['a budget of nothing', 'ci:\n  targets:\n    lib: { budget: 0s }\n', /ci\.targets\.lib\.budget: '0s' is not a duration; write a positive number with a unit/],
    ['a budget over an hour', 'ci:\n  targets:\n    lib: { budget: 61m }\n', /ci\.targets\.lib\.budget: '61m' is longer than an hour; a target's budget is at most 60m/],
    ['a history outside the project', 'ci:\n  history: ../h.jsonl\n', /ci\.history '\.\.\/h\.jsonl' must be a path inside the project/],
  ])('refuses %s in one line', (_name, text, message) => {
    let caught: unknown;
    try {
      parseConfig(base + text, '/p/perfflow.config.yaml', '/p');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toMatch(message);
    expect((caught as InputError).message).not.toMatch(/\n/);
  });

  test('history off is null', () => {
    expect(ciSettings({ history: 'off' }, {}, 'perfflow.config.yaml').history).toBeNull();
  });
});

describe('what people and machines read', () => {
  const result = resultOf([run('api|users', compared('api|users', metricWith({}))), run('lib', compared('lib', metricWith({ effect: 0.5, ci95: [0.48, 0.52], ci95_each: [[0.47, 0.53], [0.46, 0.54]] })))]);

  test('the result is valid against its schema', () => {
    expect(schemaProblem(CiResultSchema, result)).toBeNull();
  });

  test('the Markdown summary is one table of seven columns, a collapsed details section and the report link', () => {
    const md = renderCiMarkdown(result, 'report.html');
    expect(md.split('\n')[0]).toMatch(/^### ❌ perfflow: fail — regression or behaviour change in `api\|users`; faster: `lib`/);
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    expect(md).toMatch(/<details><summary>[^<]+<\/summary>[\s\S]*<\/details>/);
    expect(md).toContain('[report.html](report.html)');
    expect(md).toContain('cpu \\| with pipe');
    expect(cell('a|b\nc<script>')).toBe('a\\|b c&lt;script>');
  });

  test('the BMF export matches the documented shape', () => {
    const bmf = toBmf(result);
    const validate = new Ajv({ strict: false }).compile(BMF_SCHEMA);
    expect(validate(bmf)).toBe(true);
    expect(bmf.lib?.['time/run-change']?.value).toBeCloseTo(-50, 6);
    expect(bmf.lib?.['time/run-change']?.lower_value).toBeCloseTo(-52, 6);
    expect(bmf.lib?.['time/run']?.value).toBe(2000);
    expect(validate({ lib: { 'time/run': { lower_value: 1 } } })).toBe(false);
    expect(measureName('x'.repeat(80))).toHaveLength(64);
  });
});

describe('the history', () => {
  test('appends one line per metric and reads them back checked; a damaged line is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-history-'));
    try {
      const file = join(dir, 'h', 'history.jsonl');
      const result = resultOf([run('lib', compared('lib', metricWith({})))]);
      appendHistory(file, historyEntries(result));
      appendHistory(file, historyEntries({ ...result, head: { commit: 'c'.repeat(40), ref: 'HEAD' } }));
      const entries = readHistory(file, 'h/history.jsonl');
      expect(entries.map((e) => [e.commit.slice(0, 1), e.target, e.metric, e.estimate, e.verdict])).toEqual([['b', 'lib', 'time/run', 2, 'regressed'], ['c', 'lib', 'time/run', 2, 'regressed']]);
      const page = renderTrendPage('lib', 'time/run', entries);
      expect(page).toContain('never compared with each other');
      expect(page.match(/<circle /g)).toHaveLength(2);
      expect(page).not.toMatch(/<polyline|<path /);
      appendFileSync(file, '{"version":1}\n');
      expect(() => readHistory(file, 'h/history.jsonl')).toThrow(/^h\/history\.jsonl line 3 is not a history entry \(.*\); remove or fix the line$/);
      expect(() => readHistory(join(dir, 'none.jsonl'), 'none.jsonl')).toThrow(/no history at none\.jsonl/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the default budget of a target in the gate', () => {
  test('60 s, and 90 s for a command (where perfflow compare gives a function 10 s and a command 30 s): what a shared runner needs to decide 5%', () => {
    expect((['function', 'command', 'http', 'page'] as const).map((kind) => [defaultBudgetMs(kind), ciBudgetMs(kind)])).toEqual([[10_000, 60_000], [30_000, 90_000], [60_000, 60_000], [60_000, 60_000]]);
  });
});
