import { describe, expect, test } from '@jest/globals';
import { compareHttpResponses, functionReturnChecks } from '../lib/compare/behaviour.js';
import type { HttpSnapshot } from '../lib/compare/behaviour.js';
import { jsonDifferences } from '../lib/compare/json-diff.js';
import { decideStatus, summarizeBehaviour } from '../lib/compare/status.js';
import type { BehaviourCheck } from '../lib/compare/status.js';
import type { MetricAnalysis } from '../lib/compare/analyze.js';

const json = (value: unknown, extra: Record<string, string> = {}): HttpSnapshot => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', date: 'Tue, 24 Nov 2026 10:00:00 GMT', ...extra },
  body: JSON.stringify(value),
});

describe('structural JSON comparison', () => {
  test('ignores key order but not array order', () => {
    expect(jsonDifferences({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toEqual([]);
    expect(jsonDifferences({ b: [1, 2] }, { b: [2, 1] })).toEqual(['/b/0: 1 != 2', '/b/1: 2 != 1']);
  });

  test('names missing, extra and changed fields by JSON pointer', () => {
    expect(jsonDifferences({ user: { name: 'Ann', 'a/b': 1 } }, { user: { name: 'Anne', extra: true } })).toEqual([
      '/user/a~1b: missing in the candidate',
      '/user/extra: only in the candidate',
      '/user/name: "Ann" != "Anne"',
    ]);
  });

  test('skips ignored pointers, with * matching any key or index', () => {
    const base = { generatedAt: 1, users: [{ id: 1, seenAt: 'x' }, { id: 2, seenAt: 'y' }] };
    const candidate = { generatedAt: 2, users: [{ id: 1, seenAt: 'z' }, { id: 2, seenAt: 'w' }] };
    expect(jsonDifferences(base, candidate, ['/generatedAt', '/users/*/seenAt'])).toEqual([]);
    expect(jsonDifferences(base, candidate, ['/generatedAt'])).toHaveLength(2);
  });

  test('tells an integer from a string and null from a missing field', () => {
    expect(jsonDifferences({ n: 1 }, { n: '1' })).toEqual(['/n: 1 != "1"']);
    expect(jsonDifferences({ n: null }, {})).toEqual(['/n: missing in the candidate']);
  });
});

describe('http responses of base and candidate', () => {
  test('match when only volatile headers and ignored fields differ', () => {
    const check = compareHttpResponses('GET /api/users', json({ users: [1], at: 1 }), { ...json({ at: 2, users: [1] }), headers: { 'content-type': 'application/json;charset=utf-8', date: 'later' } }, ['/at']);
    expect(check.status).toBe('passed');
  });

  test.each<[string, HttpSnapshot, RegExp]>([
    ['a different status', { ...json({ users: [1] }), status: 500 }, /status 200 != 500/],
    ['a different content type', { ...json({ users: [1] }), headers: { 'content-type': 'text/html' } }, /header content-type/],
    ['a different JSON body', json({ users: [2] }), /body \/users\/0: 1 != 2/],
    ['a different text body', { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: 'oops' }, /body differs/],
  ])('fail on %s', (_name, candidate, detail) => {
    const check = compareHttpResponses('GET /api/users', json({ users: [1] }), candidate, []);
    expect(check.status).toBe('failed');
    expect(check.detail).toMatch(detail);
  });
});

describe('the behaviour summary and the status', () => {
  const metric = (verdict: MetricAnalysis['verdict'], objective = true, name = 'time'): MetricAnalysis => ({
    name, unit: 'ms', direction: 'lower', scale: 'log', objective, base: 10, candidate: 9, effect: 0.9, ci95: [0.85, 0.95], p: 0.001, p_adjusted: 0.002, noise_floor: 0.01, noise_floor_measured: 0.002, pairs: 40, verdict,
  });
  const passed: BehaviourCheck = { name: 'check', kind: 'check-command', status: 'passed', detail: '' };
  const failed: BehaviourCheck = { name: 'return value of sum', kind: 'function-return', status: 'failed', detail: 'base returned 1, the candidate 2' };
  const baseFailed: BehaviourCheck = { name: 'check', kind: 'check-command', status: 'base-failed', detail: 'exit 1' };

  test.each<[string, 'pass' | 'fail' | 'inconclusive', MetricAnalysis[], BehaviourCheck[]]>([
    ['an improved objective with unchanged behaviour', 'pass', [metric('improved'), metric('unchanged', false, 'p99')], [passed]],
    ['an improved objective with an inconclusive guard metric', 'pass', [metric('improved'), metric('inconclusive', false, 'p99')], [passed]],
    ['an improved objective whose tail latency regressed', 'fail', [metric('improved'), metric('regressed', false, 'p99')], [passed]],
    ['an improved objective with a changed result', 'fail', [metric('improved')], [failed]],
    ['an unchanged objective', 'fail', [metric('unchanged')], [passed]],
    ['a regressed objective', 'fail', [metric('regressed')], [passed]],
    ['an inconclusive objective', 'inconclusive', [metric('inconclusive')], [passed]],
    ['an improved objective with a check failing on the base already', 'inconclusive', [metric('improved')], [baseFailed]],
  ])('%s is %s', (_name, expected, metrics, checks) => {
    expect(decideStatus(metrics, summarizeBehaviour(checks)).status).toBe(expected);
  });

  test('function return values become one check per task', () => {
    const checks = functionReturnChecks([{ task: 'a', equal: true, base: '1', candidate: '1' }, { task: 'b', equal: false, base: '1', candidate: '2' }]);
    expect(checks.map((c) => c.status)).toEqual(['passed', 'failed']);
    expect(checks[1]?.detail).toBe('base returned 1, the candidate 2');
  });
});
