import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { apiJudge } from '../lib/rater/judge.js';
import { ratePlan } from '../lib/rater/rate-plan.js';
import { loadRubric } from '../lib/rater/rubric.js';
import type { JudgeOptions } from '../lib/rater/judge.js';
import { errorAnswer, startMockMessagesApi, toolAnswer } from './helpers/mock-messages-api.js';
import type { MockMessagesApi, ScriptedResponse } from './helpers/mock-messages-api.js';
import { FLOW_AGENTS, goodPlan, judgeAll } from './helpers/plan-fixtures.js';

/**
 * Fault injection toward the model API, at random: whatever the API does — rate limits with and
 * without Retry-After, overload, server errors, resets, hangs, garbage — a gate never passes
 * because of an error, retries follow the policy (3 attempts, 1 s then 2 s, or the server's delay),
 * and every failure is recorded in the rating.
 */

const rubric = loadRubric(null);
const KEY = 'sk-ant-fault-0123456789abcdefghijkl';
let api: MockMessagesApi;
let slept: number[];

// A fresh mock per scenario: answers a scenario did not consume must not leak into the next.
beforeEach(async () => {
  api = await startMockMessagesApi();
  slept = [];
});
afterEach(async () => {
  await api.close();
});

/** A small deterministic PRNG (mulberry32) so every scenario can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Fault = { name: string; response: ScriptedResponse; transient: boolean; retryAfterMs: number };
const GARBAGE: ScriptedResponse = { kind: 'json', status: 200, body: { nonsense: true, content: 'not a message' } };
const TEXT: ScriptedResponse = { kind: 'json', status: 200, body: { id: 'm', type: 'message', role: 'assistant', model: 'x', content: [{ type: 'text', text: '10/10' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } } };

function fault(random: () => number): Fault {
  const pick = Math.floor(random() * 8);
  switch (pick) {
    case 0: {
      const seconds = 1 + Math.floor(random() * 4);
      return { name: `429 retry-after ${seconds}`, response: errorAnswer(429, 'rate_limit_error', { 'retry-after': String(seconds) }), transient: true, retryAfterMs: seconds * 1000 };
    }
    case 1:
      return { name: '429', response: errorAnswer(429, 'rate_limit_error'), transient: true, retryAfterMs: 0 };
    case 2:
      return { name: '529', response: errorAnswer(529, 'overloaded_error'), transient: true, retryAfterMs: 0 };
    case 3:
      return { name: '500', response: errorAnswer(500, 'api_error'), transient: true, retryAfterMs: 0 };
    case 4:
      return { name: 'reset', response: { kind: 'reset' }, transient: true, retryAfterMs: 0 };
    case 5:
      return { name: 'hang', response: { kind: 'hang' }, transient: true, retryAfterMs: 0 };
    case 6:
      return { name: 'garbage', response: GARBAGE, transient: false, retryAfterMs: 0 };
    default:
      return { name: 'text instead of a rating', response: TEXT, transient: false, retryAfterMs: 0 };
  }
}

function judge(): JudgeOptions {
  return { apiKey: KEY, baseURL: api.baseURL, model: 'mock-judge', timeoutMs: 250, sleep: async (ms) => void slept.push(ms) };
}

async function rate(plan: unknown) {
  return ratePlan({ bytes: Buffer.from(JSON.stringify(plan)), planFile: 'plan.json', planId: null, minimum: 7, attempt: 1, rubric, flowAgents: FLOW_AGENTS, judge: apiJudge(judge(), rubric.rubric, FLOW_AGENTS), now: new Date('2026-11-24T10:00:00Z') });
}

function planWithoutMitigations(): Record<string, unknown> {
  const plan = goodPlan();
  plan.risks = [{ risk: 'stale cache after a write' }, { risk: 'measurement noise' }];
  return plan;
}

const SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i * 7919);

describe('random fault sequences toward the model API', () => {
  test.each(SEEDS)('seed %i: errors never pass a plan, retries follow the policy, failures are recorded', async (seed) => {
    const random = prng(seed);
    const faults = Array.from({ length: 1 + Math.floor(random() * 3) }, () => fault(random));
    const succeedsAfter = random() < 0.5;
    const weakPlan = random() < 0.5;
    api.script(...faults.map((f) => f.response), ...(succeedsAfter ? [toolAnswer(judgeAll(10))] : []));

    const rating = await rate(weakPlan ? planWithoutMitigations() : goodPlan());
    const model = rating.raters.find((r) => r.kind === 'model');
    expect(model).toBeDefined();

    // What the policy says should happen, worked out independently: the mock answers the script,
    // then 500s. A transient answer is retried after max(backoff, Retry-After) until 3 attempts; a
    // malformed answer is not retried; a rating ends it.
    const OK: Fault = { name: 'ok', response: toolAnswer(judgeAll(10)), transient: false, retryAfterMs: 0 };
    const FIVE_HUNDRED: Fault = { name: '500', response: errorAnswer(500, 'api_error'), transient: true, retryAfterMs: 0 };
    const answers = [...faults, ...(succeedsAfter ? [OK] : []), FIVE_HUNDRED, FIVE_HUNDRED, FIVE_HUNDRED];
    const expectedSleeps: number[] = [];
    let attempts = 0;
    let judged = false;
    for (const answer of answers) {
      attempts += 1;
      if (answer === OK) {
        judged = true;
        break;
      }
      if (!answer.transient || attempts === 3) break;
      expectedSleeps.push(Math.max([1000, 2000][attempts - 1] ?? 4000, answer.retryAfterMs));
    }
    expect(api.requests).toHaveLength(attempts);
    expect(slept).toEqual(expectedSleeps);
    if (judged) {
      expect(model).toMatchObject({ status: 'ok', attempts });
    } else {
      expect(model).toMatchObject({ status: 'failed', fallback: 'structural', attempts });
      expect(typeof model?.error).toBe('string');
      expect(model?.error).not.toContain(KEY);
      // The fallback is the structural score: an error never raises a score.
      expect(rating.score).toBe(rating.raters.find((r) => r.kind === 'structural')?.score);
    }
    // A plan without risk mitigations never passes, whatever the judge or the API did.
    if (weakPlan) expect(rating.passed).toBe(false);
  });
});
