import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ratePlan } from '../lib/rater/rate-plan.js';
import { loadRubric } from '../lib/rater/rubric.js';
import { apiJudge } from '../lib/rater/judge.js';
import type { JudgeOptions } from '../lib/rater/judge.js';
import { errorAnswer, startMockMessagesApi, toolAnswer } from './helpers/mock-messages-api.js';
import type { MockMessagesApi, ScriptedResponse } from './helpers/mock-messages-api.js';
import { FLOW_AGENTS, goodPlan, judgeAll } from './helpers/plan-fixtures.js';

const rubric = loadRubric(null);
const FAKE_KEY = 'sk-ant-test-0123456789abcdefghij';
let api: MockMessagesApi;
let slept: number[];

beforeAll(async () => {
  api = await startMockMessagesApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.requests.length = 0;
  slept = [];
});

function judge(timeoutMs = 2000): JudgeOptions {
  return { apiKey: FAKE_KEY, baseURL: api.baseURL, model: 'mock-judge-1', timeoutMs, sleep: async (ms) => void slept.push(ms) };
}

async function rate(plan: unknown, options: JudgeOptions = judge()) {
  return ratePlan({ bytes: Buffer.from(JSON.stringify(plan)), planFile: 'plan.json', planId: null, minimum: 7, attempt: 1, rubric, flowAgents: FLOW_AGENTS, judge: apiJudge(options, rubric.rubric, FLOW_AGENTS), now: new Date('2026-11-24T10:00:00Z') });
}

describe('the judge model through the Messages API', () => {
  test('scores each dimension from a forced tool call, sending the rubric, the model and the key', async () => {
    api.script(toolAnswer(judgeAll(8)));
    const rating = await rate(goodPlan());
    expect(rating.score).toBe(8);
    expect(rating.passed).toBe(true);
    expect(rating.raters[1]).toMatchObject({ kind: 'model', model: 'mock-judge-1', status: 'ok', attempts: 1 });
    expect(rating.dimensions.every((d) => d.reasons[0]?.endsWith('judged 8'))).toBe(true);
    expect(api.requests).toHaveLength(1);
    const request = api.requests[0];
    expect(request?.url).toBe('/v1/messages');
    expect([request?.headers['x-api-key'], request?.headers.authorization]).toContainEqual(expect.stringContaining(FAKE_KEY));
    expect(request?.body).toMatchObject({ model: 'mock-judge-1', tool_choice: { type: 'tool', name: 'record_rating' } });
    expect(JSON.stringify(request?.body)).toContain('risk_mitigation');
    expect(slept).toEqual([]);
  });

  const transient: [string, ScriptedResponse, number][] = [
    ['429 with retry-after 3 (waits the 3 s the server asked for)', errorAnswer(429, 'rate_limit_error', { 'retry-after': '3' }), 3000],
    ['529 overloaded', errorAnswer(529, 'overloaded_error'), 1000],
    ['500 server error', errorAnswer(500, 'api_error'), 1000],
    ['a connection reset', { kind: 'reset' }, 1000],
    ['a timeout', { kind: 'hang' }, 1000],
  ];

  test.each(transient)('retries after %s, then uses the answer', async (_what, failure, delay) => {
    api.script(failure, toolAnswer(judgeAll(9)));
    const rating = await rate(goodPlan(), judge(300));
    expect(rating.raters[1]).toMatchObject({ status: 'ok', attempts: 2 });
    expect(slept).toEqual([delay]);
    expect(api.requests).toHaveLength(2);
    expect(rating.score).toBe(9);
  });

  test('after three overloaded answers it falls back to the structural score and records why', async () => {
    api.script(errorAnswer(529, 'overloaded_error'), errorAnswer(529, 'overloaded_error'), errorAnswer(529, 'overloaded_error'));
    const rating = await rate(goodPlan());
    expect(slept).toEqual([1000, 2000]);
    expect(api.requests).toHaveLength(3);
    const model = rating.raters[1];
    expect(model).toMatchObject({ kind: 'model', status: 'failed', attempts: 3, fallback: 'structural' });
    expect(model?.error).toMatch(/^overloaded/);
    expect(rating.score).toBe(rating.raters[0]?.score);
  });

  const TEXT_ANSWER: ScriptedResponse = { kind: 'json', status: 200, body: { id: 'm', type: 'message', role: 'assistant', model: 'x', content: [{ type: 'text', text: 'Looks great, 10/10!' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } } };
  test.each([
    ['text instead of the tool call', TEXT_ANSWER],
    ['a score outside 0-10', toolAnswer(judgeAll(14))],
    ['a dimension left out', toolAnswer({ dimensions: [{ name: 'completeness', score: 10, reasons: ['fine'] }], suggestions: [] })],
  ])('malformed output (%s) is not trusted: no retry, structural fallback recorded', async (_what, answer) => {
    api.script(answer);
    const rating = await rate(goodPlan());
    expect(api.requests).toHaveLength(1);
    expect(rating.raters[1]).toMatchObject({ status: 'failed', fallback: 'structural', attempts: 1 });
    expect(rating.raters[1]?.error).toMatch(/^malformed_output/);
    expect(rating.score).toBe(rating.raters[0]?.score);
  });

  test('a permanent error (401) is not retried and never passes a plan the structure fails', async () => {
    api.script(errorAnswer(401, 'authentication_error'));
    const plan = goodPlan();
    plan.risks = [{ risk: 'Stale cache' }];
    const rating = await rate(plan);
    expect(api.requests).toHaveLength(1);
    expect(slept).toEqual([]);
    expect(rating.passed).toBe(false);
    expect(rating.raters[1]?.error).not.toContain(FAKE_KEY);
  });

  test('a judge giving full marks cannot wave through a plan without risk mitigations', async () => {
    api.script(toolAnswer(judgeAll(10)));
    const plan = goodPlan();
    plan.risks = [{ risk: 'Stale responses after an update' }, { risk: 'Noise' }];
    const rating = await rate(plan);
    expect(rating.raters[1]?.status).toBe('ok');
    expect(rating.score).toBeLessThanOrEqual(5);
    expect(rating.passed).toBe(false);
    const risk = rating.dimensions.find((d) => d.name === 'risk_mitigation');
    expect(risk?.reasons.join(' ')).toMatch(/judge gave 10; capped at 5/);
    expect(rating.feedback.join('\n')).toMatch(/Give each risk a specific mitigation/);
  });

  test('a low judge score below the minimum returns its suggestions as feedback', async () => {
    api.script(toolAnswer(judgeAll(5, ['Tie the throughput target to the measured saturation point.'])));
    const rating = await rate(goodPlan());
    expect(rating.score).toBe(5);
    expect(rating.passed).toBe(false);
    expect(rating.feedback).toContain('Judge: Tie the throughput target to the measured saturation point.');
    expect(rating.feedback.some((f) => f.startsWith('feasibility scored 5/10'))).toBe(true);
  });

  test('secrets in the plan are redacted before the plan is sent', async () => {
    api.script(toolAnswer(judgeAll(8)));
    const plan = goodPlan();
    plan.summary = `Use key ${FAKE_KEY} to call the upstream`;
    await rate(plan);
    expect(JSON.stringify(api.requests[0]?.body)).not.toContain(FAKE_KEY);
    expect(JSON.stringify(api.requests[0]?.body)).toContain('[REDACTED]');
  });
});
