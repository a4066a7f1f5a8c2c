import { describe, expect, test } from '@jest/globals';
import { decideRecovery } from '../lib/workflow/recovery.js';
import type { Failure } from '../lib/workflow/recovery.js';
import type { FailedStep, Run, StepState } from '../lib/contracts/run.js';
import type { StepDefinition, Workflow } from '../lib/contracts/workflow.js';

const retryDefaults = { max_attempts: 3, backoff: { initial_ms: 1000, factor: 2, max_ms: 4000 }, on: ['timeout' as const, 'rate_limit' as const, 'network' as const] };

function step(id: string, agent: string, extra: Partial<StepDefinition> = {}): StepDefinition {
  return { id, name: id, agent, instructions: 'do it', inputs: [], outputs: [], gate: { checks: ['outputs-exist'] }, ...extra };
}

const analysis = step('analysis', 'performance-engineer', { fallback_agent: 'developer' });
const planning = step('planning', 'planner');
const rating = step('plan-rating', 'orchestrator', { gate: { checks: ['rating-passed'], minimum_score: 7, on_fail: { return_to: 'planning', max_loops: 3 } } });
const validation = step('validation', 'qa', { fallback_agent: 'performance-engineer', gate: { checks: ['validation-passed'], on_fail: { rollback_to: 'implementation' } } });
const workflow: Workflow = { version: 1, name: 'w', description: '', agents: ['performance-engineer', 'developer', 'planner', 'orchestrator', 'qa'], defaults: { retry: retryDefaults }, steps: [planning, rating, analysis, validation] };

function state(agent: string, failures: number, extra: Partial<FailedStep> = {}): FailedStep {
  return {
    status: 'failed',
    agent,
    using_fallback: false,
    loops: 0,
    feedback: [],
    attempts: Array.from({ length: failures }, (_, i) => ({ n: i + 1, agent, at: '2026-11-24T10:00:00.000Z', outcome: 'error' as const, transient: true, message: 'x' })),
    ...extra,
  };
}

function run(steps: Record<string, StepState>): Run {
  return {
    version: 1, run_id: 'r1', workflow_id: 'r1', target: 't', status: 'active', created_at: '2026-11-24T10:00:00.000Z', updated_at: '2026-11-24T10:00:00.000Z',
    workflow: { path: 'x', sha256: 'y', name: 'w' }, base: { commit: 'c', ref: 'HEAD', snapshot_commit: 's', snapshot_ref: 'r' },
    step_order: ['planning', 'plan-rating', 'analysis', 'validation'], steps, rollbacks: [],
  };
}

const now = new Date('2026-11-24T10:00:00.000Z');
const transient: Failure = { kind: 'error', transient: true, message: 'timed out', reasons: ['timed out'], retryAfterMs: null };
const permanent: Failure = { kind: 'error', transient: false, message: 'cannot parse the file', reasons: [], retryAfterMs: null };
const gateNo: Failure = { kind: 'gate-failed', transient: false, message: 'score 5 < 7', reasons: ['weak risks'], retryAfterMs: null };

describe('recovery after a failed attempt', () => {
  test.each([
    [1, 1000],
    [2, 2000],
  ])('a transient error on attempt %i is retried by the same agent after %i ms', (failures, delay) => {
    const s = state('performance-engineer', failures);
    const d = decideRecovery({ workflow, step: analysis, state: s, run: run({ analysis: s }), failure: transient, now });
    expect(d).toMatchObject({ action: 'retry', agent: 'performance-engineer', notBefore: new Date(now.getTime() + delay) });
  });

  test("a server's Retry-After longer than the backoff is honoured", () => {
    const s = state('performance-engineer', 1);
    const d = decideRecovery({ workflow, step: analysis, state: s, run: run({ analysis: s }), failure: { ...transient, retryAfterMs: 30_000 }, now });
    expect(d).toMatchObject({ action: 'retry', notBefore: new Date(now.getTime() + 30_000) });
  });

  test('after three failures the fallback agent named in the yaml takes over', () => {
    const s = state('performance-engineer', 3);
    const d = decideRecovery({ workflow, step: analysis, state: s, run: run({ analysis: s }), failure: transient, now });
    expect(d).toMatchObject({ action: 'fallback', agent: 'developer' });
  });

  test('a permanent error skips the retries and goes to the fallback agent at once', () => {
    const s = state('performance-engineer', 1);
    const d = decideRecovery({ workflow, step: analysis, state: s, run: run({ analysis: s }), failure: permanent, now });
    expect(d).toMatchObject({ action: 'fallback', agent: 'developer' });
  });

  test('when the fallback agent has also spent its attempts, a person decides', () => {
    const s = state('developer', 3, { using_fallback: true });
    const d = decideRecovery({ workflow, step: analysis, state: s, run: run({ analysis: s }), failure: transient, now });
    expect(d).toMatchObject({ action: 'escalate', agent: null });
  });

  test('a step without a fallback agent escalates once its attempts are spent', () => {
    const s = state('planner', 3);
    const d = decideRecovery({ workflow, step: planning, state: s, run: run({ planning: s }), failure: gateNo, now });
    expect(d.action).toBe('escalate');
  });

  test('a gate rejection is reworked by the same agent at once, with no backoff', () => {
    const s = state('planner', 1);
    const d = decideRecovery({ workflow, step: planning, state: s, run: run({ planning: s }), failure: gateNo, now });
    expect(d).toMatchObject({ action: 'retry', agent: 'planner', notBefore: null });
  });

  test('a plan below the minimum goes back to the planner, at most three times', () => {
    const r = state('orchestrator', 1);
    for (const loops of [0, 1, 2]) {
      const d = decideRecovery({ workflow, step: rating, state: r, run: run({ planning: state('planner', 0, { loops }), 'plan-rating': r }), failure: gateNo, now });
      expect(d).toMatchObject({ action: 'return-to-step', returnTo: 'planning' });
    }
    const d = decideRecovery({ workflow, step: rating, state: r, run: run({ planning: state('planner', 0, { loops: 3 }), 'plan-rating': r }), failure: gateNo, now });
    expect(d.action).toBe('escalate');
  });

  test('a failed validation recommends rolling back to the implementation', () => {
    const s = state('qa', 1);
    const d = decideRecovery({ workflow, step: validation, state: s, run: run({ validation: s }), failure: gateNo, now });
    expect(d).toMatchObject({ action: 'rollback', returnTo: 'implementation' });
  });
});
