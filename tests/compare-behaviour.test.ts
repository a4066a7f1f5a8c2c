import { describe, expect, test } from '@jest/globals';
import { serialize } from 'node:v8';
import { compareHttpResponses } from '../lib/compare/behaviour.js';
import { formatRatios } from '../lib/compare/describe-change.js';
import { callHistoryCheck, compareReturns } from '../lib/compare/function-pair.js';
import type { RecordedValue, ReturnRecord } from '../lib/compare/function-worker-protocol.js';
import type { HttpSnapshot } from '../lib/compare/behaviour.js';
import { jsonDifferences } from '../lib/compare/json-diff.js';
import { decideStatus, inconclusiveReason, summarizeBehaviour } from '../lib/compare/status.js';
import type { BehaviourCheck } from '../lib/compare/status.js';
import { analyzeBlocks } from '../lib/compare/analyze.js';
import type { Block, MetricAnalysis, MetricSpec } from '../lib/compare/analyze.js';
import { createRandom } from '../lib/compare/random.js';

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
  const metric = (verdict: MetricAnalysis['verdict'], objective = true, name = 'time', options: { effect?: number; tolerance?: number } = {}): MetricAnalysis => {
    const effect = options.effect ?? (verdict === 'regressed' ? 1.1 : verdict === 'improved' ? 0.9 : 1.0);
    return {
      name, unit: 'ms', direction: 'lower', scale: 'log', objective, base: 10, candidate: 10 * effect, effect, ci95: [effect - 0.02, effect + 0.02], ci95_each: [[effect - 0.03, effect + 0.03], [effect - 0.03, effect + 0.03]],
      p: 0.001, p_adjusted: 0.002, noise_floor: 0.01, noise_floor_measured: 0.002, pairs: 40, verdict,
      role: objective ? 'objective' : 'guard', tolerance: objective ? null : (options.tolerance ?? 0), load: 'one call at a time',
    };
  };
  const passed: BehaviourCheck = { name: 'check', kind: 'check-command', status: 'passed', detail: '' };
  const failed: BehaviourCheck = { name: 'return value of sum', kind: 'function-return', status: 'failed', detail: 'base returned 1, the candidate 2' };
  const baseFailed: BehaviourCheck = { name: 'check', kind: 'check-command', status: 'base-failed', detail: 'exit 1' };
  const throws: BehaviourCheck = { name: 'errors of the task module', kind: 'candidate-error', status: 'failed', detail: 'the candidate failed in 3 of 12 trials, the base in none: boom' };

  test.each<[string, 'pass' | 'fail' | 'inconclusive', MetricAnalysis[], BehaviourCheck[]]>([
    ['an improved objective with unchanged behaviour', 'pass', [metric('improved'), metric('unchanged', false, 'p99')], [passed]],
    ['an improved objective with an inconclusive guard metric', 'pass', [metric('improved'), metric('inconclusive', false, 'p99')], [passed]],
    ['an improved objective whose tail latency regressed (tolerance: the floor)', 'fail', [metric('improved'), metric('regressed', false, 'p99')], [passed]],
    ['an improved objective whose memory grew 2.9% within a 10% tolerance', 'pass', [metric('improved', true, 'latency_p50', { effect: 0.25 }), metric('regressed', false, 'max_rss', { effect: 1.029, tolerance: 0.1 })], [passed]],
    ['an improved objective whose memory grew 15% beyond a 10% tolerance', 'fail', [metric('improved'), metric('regressed', false, 'max_rss', { effect: 1.15, tolerance: 0.1 })], [passed]],
    ['an improved objective with a guard turned off', 'pass', [metric('improved'), metric('regressed', false, 'max_rss', { effect: 3, tolerance: Number.POSITIVE_INFINITY })], [passed]],
    ['an improved objective with a changed result', 'fail', [metric('improved')], [failed]],
    ['an improved objective whose candidate throws now and then', 'fail', [metric('improved')], [passed, throws]],
    ['an unchanged objective', 'fail', [metric('unchanged')], [passed]],
    ['a regressed objective', 'fail', [metric('regressed')], [passed]],
    ['an inconclusive objective', 'inconclusive', [metric('inconclusive')], [passed]],
    ['an improved objective with a check failing on the base already', 'inconclusive', [metric('improved')], [baseFailed]],
  ])('%s is %s', (_name, expected, metrics, checks) => {
    expect(decideStatus(metrics, summarizeBehaviour(checks)).status).toBe(expected);
  });

  test('a guard within its tolerance is reported in the reasons and the guard table, not fatal', () => {
    const decided = decideStatus([metric('improved', true, 'latency_p50', { effect: 0.25 }), metric('regressed', false, 'max_rss', { effect: 1.029, tolerance: 0.1 })], summarizeBehaviour([passed]));
    expect(decided.status).toBe('pass');
    expect(decided.guards).toEqual([expect.objectContaining({ metric: 'max_rss', tolerance: 0.1, verdict: 'regressed', outcome: 'within-tolerance', load: 'one call at a time' })]);
    expect(decided.reasons.join('\n')).toMatch(/guard within tolerance: max_rss \+2\.9% \(95% CI \+0\.9% to \+4\.9%, noise floor 1\.0%\), tolerance 10\.0%/);
  });

  test('a guard beyond its tolerance names the metric, the change and the tolerance', () => {
    const decided = decideStatus([metric('improved'), metric('regressed', false, 'max_rss', { effect: 1.15, tolerance: 0.1 })], summarizeBehaviour([passed]));
    expect(decided.guards[0]?.outcome).toBe('exceeded');
    expect(decided.reasons[0]).toMatch(/^guard exceeded: max_rss \+15\.0% .*tolerance 10\.0%$/);
  });

  test('a guard worse beyond its tolerance on both copies but not significant among the guards keeps the gate from passing', () => {
    const suspect = { ...metric('inconclusive', false, 'max_rss', { effect: 1.5, tolerance: 0.1 }), ci95: [1.3, 1.7] as [number, number], ci95_each: [[1.25, 1.75], [1.28, 1.72]] as [[number, number], [number, number]], p: 0.036, p_adjusted: 0.14, pairs: 5 };
    const decided = decideStatus([metric('improved'), suspect], summarizeBehaviour([passed]));
    expect(decided.status).toBe('inconclusive');
    expect(decided.reasons[0]).toMatch(/^guard not established: max_rss \+50\.0% .*tolerance 10\.0%; worse than that against both copies of the base, but not significant once adjusted among the guards \(p = 0\.14, 5 blocks\): a longer --budget may settle it$/);
    // Within its tolerance, or one copy's interval reaching no change, or better: it does not hold the gate.
    const within = { ...suspect, effect: 1.05, ci95: [1.02, 1.08] as [number, number], ci95_each: [[1.01, 1.09], [1.02, 1.08]] as [[number, number], [number, number]] };
    expect(decideStatus([metric('improved'), within], summarizeBehaviour([passed])).status).toBe('pass');
    const oneCopy = { ...suspect, ci95_each: [[1.25, 1.75], [0.98, 1.72]] as [[number, number], [number, number]] };
    expect(decideStatus([metric('improved'), oneCopy], summarizeBehaviour([passed])).status).toBe('pass');
    const better = { ...suspect, effect: 0.6, ci95: [0.5, 0.7] as [number, number], ci95_each: [[0.45, 0.75], [0.5, 0.72]] as [[number, number], [number, number]] };
    expect(decideStatus([metric('improved'), better], summarizeBehaviour([passed])).status).toBe('pass');
  });

  test('known truth: memory up 50% in each of 6 blocks is not a pass beside a halved latency (it read as one before)', () => {
    const specs: MetricSpec[] = [
      { name: 'latency_p50', unit: 'ms', direction: 'lower', scale: 'log', minimumFloor: 0.01 },
      { name: 'latency_p99', unit: 'ms', direction: 'lower', scale: 'log', minimumFloor: 0.01 },
      { name: 'throughput', unit: 'req/s', direction: 'higher', scale: 'log', minimumFloor: 0.01 },
      { name: 'error_rate', unit: 'share', direction: 'lower', scale: 'difference', minimumFloor: 0.001 },
      { name: 'max_rss', unit: 'KiB', direction: 'lower', scale: 'log', minimumFloor: 0.01, tolerance: 0.1 },
    ];
    const random = createRandom(11);
    const jitter = (): number => Math.exp((random() - 0.5) * 0.04);
    const arm = (latency: number, rss: number): Record<string, number> => ({ latency_p50: latency * jitter(), latency_p99: 3 * latency * jitter(), throughput: 500 * jitter(), error_rate: 0, max_rss: rss * jitter() });
    const blocks: Block[] = Array.from({ length: 6 }, (_, index) => ({ index, order: ['base', 'candidate', 'base-aa'], values: { base: arm(2, 50_000), candidate: arm(1, 75_000), 'base-aa': arm(2, 50_000) } }));
    const metrics = analyzeBlocks(blocks, { metrics: specs, objective: 'latency_p50', random: createRandom(1) });
    const rss = metrics.find((m) => m.name === 'max_rss');
    expect(metrics.find((m) => m.name === 'latency_p50')?.verdict).toBe('improved');
    expect(rss?.verdict).toBe('inconclusive');
    expect(rss?.ci95_each?.every(([lo]) => lo > 1.4)).toBe(true);
    const decided = decideStatus(metrics, summarizeBehaviour([passed]));
    expect(decided.status).toBe('inconclusive');
    expect(decided.reasons[0]).toMatch(/^guard not established: max_rss \+(49|50)\.\d% /);
  });

  test('a change that edits the harness fails closed, naming the files, however much faster it reads', () => {
    const decided = decideStatus([metric('improved', true, 'time', { effect: 0.0001 })], summarizeBehaviour([passed]), [{ path: 'bench/tasks.mjs', status: 'modified', role: "the function target's task module" }]);
    expect(decided.status).toBe('fail');
    expect(decided.reasons[0]).toMatch(/^the change edits the measuring harness: bench\/tasks\.mjs \(the function target's task module\) modified; .*person overrides/);
  });
});

describe('what an inconclusive objective is said to be', () => {
  const objective = (effect: number, ci: [number, number], each: [[number, number], [number, number]], pairs = 20): MetricAnalysis => ({
    name: 'time/a', unit: 'ns/op', direction: 'lower', scale: 'log', objective: true, base: 100, candidate: 100 * effect, effect, ci95: ci, ci95_each: each, p: 0.01, p_adjusted: 0.01,
    noise_floor: 0.01, noise_floor_measured: 0.004, pairs, verdict: 'inconclusive', role: 'objective', tolerance: null, load: null,
  });

  test('a narrow interval that excludes no change but straddles the floor is a small change near the floor, not a budget problem', () => {
    const reason = inconclusiveReason(objective(1.008, [1.004, 1.013], [[1.002, 1.015], [1.001, 1.016]]));
    expect(reason).toMatch(/a small change near the noise floor/);
    expect(reason).not.toMatch(/budget/);
  });

  test('a wide interval across no change is the budget', () => {
    expect(inconclusiveReason(objective(0.97, [0.9, 1.05], [[0.88, 1.06], [0.9, 1.07]]))).toMatch(/too wide .* longer --budget/);
  });

  test('a candidate faster than one copy of the base but not the other is not established', () => {
    expect(inconclusiveReason(objective(0.95, [0.93, 0.97], [[0.92, 0.98], [0.94, 1.01]]))).toMatch(/differs significantly from the base but not from its A\/A copy/);
  });

  test('too few pairs are said to be too few', () => {
    expect(inconclusiveReason(objective(0.9, [0.8, 1.0], [[0.8, 1.0], [0.8, 1.0]], 3))).toMatch(/only 3 valid pairs/);
  });

  test.each<[number[], string[]]>([
    [[0.5, 0.497, 1.003], ['÷2.00', '÷2.01', 'x1.00']],
    [[0.9, 0.85, 0.95], ['-10.0%', '-15.0%', '-5.0%']],
    [[2.5, 2.1, 3.0], ['x2.50', 'x2.10', 'x3.00']],
  ])('an estimate and its interval share one unit: %j reads %j', (ratios, expected) => {
    expect(formatRatios(ratios)).toEqual(expected);
  });
});

describe('return values of both sides', () => {
  const value = (text: string): RecordedValue => ({ bytes: Buffer.from(text).toString('base64'), text });
  const v8value = (v: unknown): RecordedValue => ({ bytes: serialize(v).toString('base64'), text: JSON.stringify(v) });

  test('equal values pass; a different value, a throw or an input left otherwise fail, one check per task', () => {
    const base: ReturnRecord[] = [
      { task: 'a', label: 'call 1', value: v8value({ n: 1 }), mutated: false, inputAfter: null },
      { task: 'b', label: 'call 1', value: v8value(1), mutated: false, inputAfter: null },
      { task: 'c', label: 'call 1', value: v8value(1), mutated: false, inputAfter: null },
      { task: 'd', label: 'input seed 1', value: v8value([1, 2]), mutated: false, inputAfter: null },
    ];
    const candidate: ReturnRecord[] = [
      { task: 'a', label: 'call 1', value: v8value({ n: 1 }), mutated: false, inputAfter: null },
      { task: 'b', label: 'call 1', value: v8value(2), mutated: false, inputAfter: null },
      { task: 'c', label: 'call 1', threw: 'boom' },
      { task: 'd', label: 'input seed 1', value: v8value([1, 2]), mutated: true, inputAfter: value('[1,2]') },
    ];
    const { checks, baseError } = compareReturns(base, candidate);
    expect(baseError).toBeNull();
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ['return value of a', 'passed'],
      ['return value of b', 'failed'],
      ['return value of c', 'failed'],
      ['return value of d', 'failed'],
    ]);
    expect(checks[1]?.detail).toBe('call 1: base returned 1, the candidate 2');
    expect(checks[2]?.detail).toBe('call 1: the candidate threw: boom; the base returned 1');
    expect(checks[3]?.detail).toMatch(/the candidate changes its input in place and the base does not/);
  });

  test('a base that throws is the base failing, not a behaviour change', () => {
    expect(compareReturns([{ task: 'a', label: 'call 1', threw: 'nope' }], []).baseError).toBe("task 'a' threw (call 1): nope");
  });
});

describe('the call-history check', () => {
  const probe = (first: number, second: number): { first: number; second: number } => ({ first, second });

  test('a candidate fast only on repeated calls (a memo keyed on the input) fails', () => {
    const pairs = Array.from({ length: 8 }, () => ({ base: probe(100_000, 98_000), candidate: probe(101_000, 40) }));
    const check = callHistoryCheck('sum', pairs);
    expect(check?.status).toBe('failed');
    expect(check?.detail).toMatch(/depends on what earlier calls left behind/);
  });

  test('a candidate faster on first and repeated calls alike passes', () => {
    const pairs = Array.from({ length: 8 }, (_, i) => ({ base: probe(100_000 + i * 500, 97_000), candidate: probe(52_000, 49_000 + i * 300) }));
    expect(callHistoryCheck('sum', pairs)?.status).toBe('passed');
  });

  test('an "extra" first call that the A/A copy of the base shows as well is noise, not call history; a memo the copy lacks still fails', () => {
    // Under load, the unchanged copy's first calls look as costly as the candidate's: not the candidate's doing.
    const noisy = Array.from({ length: 8 }, (_, i) => ({ base: probe(100_000, 98_000), candidate: probe(190_000 + i * 1000, 98_000), aa: probe(185_000 + i * 1500, 97_000) }));
    expect(callHistoryCheck('sum', noisy)?.status).toBe('passed');
    const memo = Array.from({ length: 8 }, (_, i) => ({ base: probe(100_000, 98_000), candidate: probe(100_000 + i * 1000, 3_000), aa: probe(101_000 + i * 500, 97_500) }));
    expect(callHistoryCheck('sum', memo)?.status).toBe('failed');
  });

  test('calls too short to time one by one are said not to be checked', () => {
    const check = callHistoryCheck('tiny', [{ base: probe(300, 250), candidate: probe(280, 20) }]);
    expect(check?.status).toBe('passed');
    expect(check?.detail).toMatch(/^not checked: one call takes 0\.3 µs/);
  });
});
