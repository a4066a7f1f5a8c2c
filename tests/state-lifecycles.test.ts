import { describe, expect, test } from '@jest/globals';
import { validateAgainst, validateNamed } from '../lib/contracts/validate.js';
import { RunSchema } from '../lib/contracts/run.js';

const AT = '2026-11-24T10:00:00.000Z';
const common = { agent: 'planner', using_fallback: false, loops: 0 };
const attempt = { n: 1, agent: 'planner', at: AT, outcome: 'gate-failed', transient: false, message: 'score 5 < 7' };

function run(step: unknown): unknown {
  return {
    version: 1, run_id: 'r1', workflow_id: 'r1', target: 't', status: 'active', created_at: AT, updated_at: AT,
    workflow: { path: 'x', sha256: 'y', name: 'w' }, base: { commit: 'c', ref: 'HEAD', snapshot_commit: 's', snapshot_ref: 'r' },
    step_order: ['planning'], steps: { planning: step }, rollbacks: [],
  };
}

const gate = {
  version: 1, run_id: 'r1', step: 'planning', at: AT, by: 'perfflow', attempt: 1, agent: 'planner',
  checks: [], reasons: [], variables: {}, artifacts: [], upstream_overrides: [],
};
const override = { by: 'tester', at: AT, reason: 'accepted for the test', risks: 'none that matter', previous_decision: 'failed', via: 'terminal' };

const recovery = {
  version: 1, run_id: 'r1', step: 'planning', failed_at: AT, agent: 'planner', attempt: 1, max_attempts: 3,
  error: { kind: 'error', transient: true, message: 'timed out', reasons: ['timed out'] },
  next_action: 'retry', next_agent: 'planner', retry_not_before: AT, return_to_step: null,
  last_checkpoint: null, explanation: 'retry', options: [],
};

describe('run-state files whose lifecycle is a union on its status', () => {
  test.each([
    ['a new pending step', { status: 'pending', ...common, attempts: [] }],
    ['a step a later gate sent back, with when it last passed', { status: 'pending', ...common, attempts: [], loops: 1, feedback: ['weak risks'], passed_at: AT }],
    ['a failed step backing off', { status: 'failed', ...common, attempts: [attempt], feedback: ['timed out'], retry_not_before: AT }],
    ['an escalated step', { status: 'escalated', ...common, attempts: [attempt], feedback: ['score 5 < 7'] }],
    ['a passed step', { status: 'passed', ...common, attempts: [], passed_at: AT, feedback: [] }],
    ['an overridden step', { status: 'overridden', ...common, attempts: [attempt], passed_at: AT }],
  ])('run.json accepts %s', (_name, step) => {
    expect(() => validateNamed('run', run(step), 'run.json')).not.toThrow();
  });

  test.each([
    ['a passed step without the time it passed', { status: 'passed', ...common, attempts: [] }, /^run\.json: \/steps\/planning must have required property 'passed_at'/],
    ['a backoff on a step that has not failed', { status: 'pending', ...common, attempts: [], retry_not_before: AT }, /\/steps\/planning must NOT have additional properties \('retry_not_before'\)/],
    ['a failed step without feedback', { status: 'failed', ...common, attempts: [attempt] }, /\/steps\/planning must have required property 'feedback'/],
    ['an unknown status', { status: 'skipped', ...common, attempts: [] }, /\/steps\/planning\/status must be equal to one of the allowed values \("pending", "failed", "escalated", "passed", "overridden"\)/],
    ['a wrong type inside the variant the status names', { status: 'passed', ...common, attempts: [], passed_at: AT, loops: -1 }, /\/steps\/planning\/loops must be >= 0/],
  ])('run.json rejects %s, naming the field of that status', (_name, step, message) => {
    expect(() => validateNamed('run', run(step), 'run.json')).toThrow(message);
    expect(() => validateAgainst(RunSchema, run(step), 'run.json')).toThrow(message);
  });

  test('only an overridden gate record carries an override', () => {
    expect(() => validateNamed('gate', { ...gate, decision: 'overridden', override }, 'gates/planning.json')).not.toThrow();
    expect(() => validateNamed('gate', { ...gate, decision: 'passed', override }, 'gates/planning.json')).toThrow(/must NOT have additional properties \('override'\)/);
    expect(() => validateNamed('gate', { ...gate, decision: 'overridden' }, 'gates/planning.json')).toThrow(/must have required property 'override'/);
  });

  test.each([
    ['a retry after a backoff', {}],
    ['a rework at once', { retry_not_before: null }],
    ['a fallback', { next_action: 'fallback', next_agent: 'developer', retry_not_before: null }],
    ['a return to an earlier step', { next_action: 'return-to-step', retry_not_before: null, return_to_step: 'planning' }],
    ['a rollback', { next_action: 'rollback', next_agent: 'developer', retry_not_before: null, return_to_step: 'implementation' }],
    ['an escalation', { next_action: 'escalate', next_agent: null, retry_not_before: null }],
    ['a recovery an override resolved, keeping what it had recommended', { next_action: 'none', next_agent: null, return_to_step: 'implementation' }],
  ])('recovery-state.json accepts %s', (_name, changes) => {
    expect(() => validateNamed('recovery-state', { ...recovery, ...changes }, 'recovery-state.json')).not.toThrow();
  });

  test.each([
    ['a retry that names a step to return to', { return_to_step: 'planning' }, /^recovery-state\.json: \/return_to_step must be null/],
    ['a rollback without its target', { next_action: 'rollback', retry_not_before: null }, /\/return_to_step must be string/],
    ['an escalation that names an agent', { next_action: 'escalate', retry_not_before: null }, /\/next_agent must be null/],
    ['an unknown action', { next_action: 'wait' }, /\/next_action must be equal to one of the allowed values \("retry", "fallback", "return-to-step", "rollback", "escalate", "none"\)/],
  ])('recovery-state.json rejects %s, naming the field', (_name, changes, message) => {
    expect(() => validateNamed('recovery-state', { ...recovery, ...changes }, 'recovery-state.json')).toThrow(message);
  });
});
