import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRun, submitStep } from '../lib/workflow/engine.js';
import { readRun } from '../lib/state/run-store.js';
import { rateFile } from '../lib/rater/rate-file.js';
import { perfflow, perfflowAsync, treeHash } from './helpers/cli.js';
import { tempRepo } from './helpers/temp-repo.js';
import { errorAnswer, startMockMessagesApi, toolAnswer } from './helpers/mock-messages-api.js';
import type { MockMessagesApi } from './helpers/mock-messages-api.js';
import { goodPlan, judgeAll } from './helpers/plan-fixtures.js';

/** The planning and plan-rating steps of performance-flow.yaml, alone. */
const RATING_FLOW = `
version: 1
name: rating-flow
description: planning and its rating gate
agents: [performance-engineer, planner, architect, developer, qa, orchestrator]
defaults:
  retry:
    max_attempts: 3
    backoff: { initial_ms: 1000, factor: 2, max_ms: 4000 }
    on: [timeout, rate_limit, network, overloaded, server_error]
steps:
  - id: planning
    name: Planning
    agent: planner
    instructions: Write the plan.
    inputs: []
    outputs:
      - { path: "plan-{{workflow_id}}.json", schema: plan }
    gate: { checks: [outputs-exist, outputs-valid] }
  - id: plan-rating
    name: Plan rating
    agent: orchestrator
    skill: response-rater
    instructions: Rate the plan.
    inputs: ["plan-{{workflow_id}}.json"]
    outputs:
      - { path: "plans/{{plan_id}}-rating.json", schema: rating }
    gate:
      checks: [outputs-valid, rating-passed]
      minimum_score: 7
      on_fail: { return_to: planning, max_loops: 3 }
`;

const NO_KEY = { ANTHROPIC_API_KEY: '', ANTHROPIC_BASE_URL: '' };
let api: MockMessagesApi;
beforeAll(async () => {
  api = await startMockMessagesApi();
});
afterAll(async () => {
  await api.close();
});

async function runWithPlan(plan: Record<string, unknown>) {
  const root = tempRepo({ '.claude/workflows/performance-flow.yaml': RATING_FLOW, 'app.js': 'console.log(1)\n' });
  const { handle, run } = await initRun({ cwd: root, target: 'app' });
  const planFile = join(handle.dir, `plan-${run.workflow_id}.json`);
  writeFileSync(planFile, JSON.stringify(plan, null, 2));
  const planning = await submitStep(handle, 'planning');
  expect(planning.record.decision).toBe('passed');
  return { root, handle, planFile };
}

describe('perfflow rate in a run', () => {
  test('writes the rating and decides the rating gate with it: one command, no submit to forget', async () => {
    const { root, handle, planFile } = await runWithPlan(goodPlan('p-good'));
    const result = perfflow(root, ['rate', planFile, '--json'], NO_KEY);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const ratingPath = join(handle.dir, 'plans', 'p-good-rating.json');
    const rating = JSON.parse(readFileSync(ratingPath, 'utf8')) as Record<string, unknown>;
    expect(rating).toMatchObject({ version: 1, plan_id: 'p-good', plan_file: `plan-${handle.runId}.json`, minimum: 7, passed: true, attempt: 1, run_id: handle.runId });
    const printed = JSON.parse(result.stdout) as Record<string, unknown> & { gate: { decision: string; step: string } };
    expect(printed).toMatchObject(rating);
    expect(printed.gate).toMatchObject({ step: 'plan-rating', decision: 'passed' });
    expect(readRun(handle.dir).steps['plan-rating']?.status).toBe('passed');
    // Submitting again changes nothing.
    const again = perfflow(root, ['submit', 'plan-rating', '--run', handle.runId], NO_KEY);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already passed/);
  });

  test('the gate refuses a rating once the plan changed after it', async () => {
    const { root, handle, planFile } = await runWithPlan(goodPlan('p-stale'));
    // The library call writes the rating without deciding the gate (as a rating from before an edit).
    await rateFile({ file: planFile, cwd: root, projectRoot: root, run: { ...handle, run: readRun(handle.dir) }, env: NO_KEY });
    const plan = goodPlan('p-stale');
    plan.summary = 'A different plan now.';
    writeFileSync(planFile, JSON.stringify(plan, null, 2));
    const stale = await submitStep(handle, 'plan-rating');
    expect(stale.record.decision).toBe('failed');
    expect(stale.record.reasons.join(' ')).toMatch(/the plan changed after it was rated/);
  });

  test('a plan below the minimum exits 1 with feedback and is back with the planner at once; the next rating is attempt 2', async () => {
    const weak = goodPlan('p-weak');
    weak.bottlenecks_referenced = [];
    weak.agent_assignments = [{ agent: 'developer', tasks: ['Implement the cache in lib/users.js'] }];
    const { root, handle, planFile } = await runWithPlan(weak);
    const result = perfflow(root, ['rate', planFile], NO_KEY);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/BELOW THE MINIMUM/);
    expect(result.stdout).toMatch(/Feedback for the planner/);
    expect(result.stdout).toMatch(/Next action: return-to-step/);
    // The failed rating is kept beside the attempt it judged.
    const rating = JSON.parse(readFileSync(join(handle.dir, 'plans', 'p-weak-rating.attempt-1.json'), 'utf8')) as { feedback: string[]; passed: boolean; score: number };
    expect(rating.passed).toBe(false);
    expect(rating.score).toBeLessThan(7);
    expect(rating.feedback.join('\n')).toMatch(/missing: performance-engineer, architect, qa(?!, orchestrator)/);

    // No submit: perfflow next already hands the planning step back, with the rater's feedback.
    const run = readRun(handle.dir);
    expect(run.steps.planning?.loops).toBe(1);
    expect(run.steps.planning?.feedback?.join(' ')).toMatch(/below the minimum 7/);
    const next = JSON.parse(perfflow(root, ['next', '--json'], NO_KEY).stdout) as { step: { id: string; agent: string; feedback: string[] } };
    expect(next.step).toMatchObject({ id: 'planning', agent: 'planner' });
    expect(next.step.feedback.join(' ')).toMatch(/below the minimum 7/);
    // Rating the same file again is refused: the step to do now is planning, not the rating.
    const before = treeHash(handle.dir);
    const repeat = perfflow(root, ['rate', planFile], NO_KEY);
    expect(repeat.code).toBe(1);
    expect(repeat.stderr).toMatch(/rated in this run only at its rating step; the step to do now is 'planning'/);
    expect(treeHash(handle.dir)).toBe(before);

    writeFileSync(planFile, JSON.stringify(goodPlan('p-weak'), null, 2));
    const replanned = await submitStep(handle, 'planning');
    expect(replanned.record.reasons).toEqual([]);
    const again = perfflow(root, ['rate', planFile, '--json'], NO_KEY);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ attempt: 2, max_attempts: 4, passed: true, gate: { decision: 'passed' } });
  });

  test('with a run open, a plan outside its directory is rated standalone and nothing in the run changes; naming the run refuses it', async () => {
    const { root, handle } = await runWithPlan(goodPlan('p-outside'));
    writeFileSync(join(root, 'elsewhere.json'), JSON.stringify(goodPlan('p-outside')));
    const before = treeHash(handle.dir);
    const result = perfflow(root, ['rate', 'elsewhere.json', '--json'], NO_KEY);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ plan_id: 'p-outside', passed: true });
    expect(treeHash(handle.dir)).toBe(before);
    const named = perfflow(root, ['rate', 'elsewhere.json', '--run', handle.runId], NO_KEY);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/elsewhere\.json is outside the run directory/);
    expect(treeHash(handle.dir)).toBe(before);
  });

  test('uses the judge at ANTHROPIC_BASE_URL when ANTHROPIC_API_KEY is set, and keeps the key out of the rating', async () => {
    const { root, handle, planFile } = await runWithPlan(goodPlan('p-judge'));
    api.script(toolAnswer(judgeAll(7.5)));
    const key = 'sk-ant-cli-test-abcdefghijklmnop';
    const result = await perfflowAsync(root, ['rate', planFile, '--json'], { ANTHROPIC_API_KEY: key, ANTHROPIC_BASE_URL: api.baseURL, PERFFLOW_RATER_MODEL: 'judge-x' });
    expect(result.code).toBe(0);
    const text = readFileSync(join(handle.dir, 'plans', 'p-judge-rating.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ score: 7.5, raters: [{ kind: 'structural' }, { kind: 'model', model: 'judge-x', status: 'ok' }] });
    expect(text).not.toContain(key);
  });

  test('a judge failing with 400 falls back to the structural score and says so', async () => {
    const { root, planFile } = await runWithPlan(goodPlan('p-fallback'));
    api.script(errorAnswer(400, 'invalid_request_error'));
    const result = await perfflowAsync(root, ['rate', planFile, '--json'], { ANTHROPIC_API_KEY: 'sk-ant-cli-test-abcdefghijklmnop', ANTHROPIC_BASE_URL: api.baseURL });
    const rating = JSON.parse(result.stdout) as { raters: { status: string; fallback?: string }[] };
    expect(rating.raters[1]).toMatchObject({ status: 'failed', fallback: 'structural' });
    // The default judge model is one the SDK does not warn about as past its end of life.
    expect(result.stderr).not.toMatch(/deprecated|end-of-life/);
  });
});

describe('perfflow rate on bad input and standalone', () => {
  test.each([
    ['a missing file', ['rate', 'nope.md'], /cannot read nope\.md/],
    ['no file', ['rate'], /name the plan to rate/],
    ['a minimum out of range', ['rate', 'plan.md', '--min', '11'], /--min must be a number from 0 to 10/],
    ['an unsafe plan id', ['rate', 'plan.md', '--plan-id', '../x'], /plan id '\.\.\/x' is not allowed/],
    ['broken JSON', ['rate', 'broken.json'], /broken\.json is not valid JSON/],
    ['an empty file', ['rate', 'empty.md'], /empty\.md is empty/],
  ])('%s: exit 2, one line, nothing written', (_what, args, message) => {
    const root = tempRepo({ 'plan.md': '# Plan\n', 'broken.json': '{"goals": [', 'empty.md': '\n' });
    const before = treeHash(root);
    const result = perfflow(root, args, NO_KEY);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(treeHash(root)).toBe(before);
  });

  test('without a run, --out writes the rating and --json prints it', () => {
    const root = tempRepo({ 'plan.json': JSON.stringify(goodPlan('standalone')) });
    const result = perfflow(root, ['rate', 'plan.json', '--out', 'rating.json', '--min', '6.5'], NO_KEY);
    expect({ code: result.code, output: result.stdout + result.stderr }).toMatchObject({ code: 0 });
    expect(existsSync(join(root, 'rating.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'rating.json'), 'utf8'))).toMatchObject({ plan_id: 'standalone', minimum: 6.5, plan_file: 'plan.json', passed: true });
    const printed = perfflow(root, ['rate', 'plan.json', '--json', '--min', '10.0'], NO_KEY);
    const rating = JSON.parse(printed.stdout) as { minimum: number; score: number; passed: boolean };
    expect(rating.minimum).toBe(10);
    expect(printed.code).toBe(rating.score >= 10 ? 0 : 1);
    expect(rating.passed).toBe(rating.score >= 10);
  });
});
