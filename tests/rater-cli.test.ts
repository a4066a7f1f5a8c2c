import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRun, submitStep } from '../lib/workflow/engine.js';
import { readRun } from '../lib/state/run-store.js';
import { PERFFLOW_BIN, perfflow, treeHash } from './helpers/cli.js';
import type { CliResult } from './helpers/cli.js';
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

/** Runs the CLI without blocking this process, so the mock API in it can answer. */
function perfflowAsync(cwd: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(PERFFLOW_BIN, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

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
  test('writes the rating the gate reads, and the gate refuses it once the plan changed', async () => {
    const { root, handle, planFile } = await runWithPlan(goodPlan('p-good'));
    const result = perfflow(root, ['rate', planFile, '--json'], NO_KEY);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const ratingPath = join(handle.dir, 'plans', 'p-good-rating.json');
    const rating = JSON.parse(readFileSync(ratingPath, 'utf8')) as Record<string, unknown>;
    expect(rating).toMatchObject({ version: 1, plan_id: 'p-good', plan_file: `plan-${handle.runId}.json`, minimum: 7, passed: true, attempt: 1, run_id: handle.runId });
    expect(JSON.parse(result.stdout)).toEqual(rating);

    // The plan changes after it was rated: the stale rating is refused.
    const plan = goodPlan('p-good');
    plan.summary = 'A different plan now.';
    writeFileSync(planFile, JSON.stringify(plan, null, 2));
    const stale = await submitStep(handle, 'plan-rating');
    expect(stale.record.decision).toBe('failed');
    expect(stale.record.reasons.join(' ')).toMatch(/the plan changed after it was rated/);
  });

  test('a plan below the minimum exits 1 with feedback, goes back to planning, and the next rating is attempt 2', async () => {
    const weak = goodPlan('p-weak');
    weak.bottlenecks_referenced = [];
    weak.agent_assignments = [{ agent: 'developer', tasks: ['Implement the cache in lib/users.js'] }];
    const { root, handle, planFile } = await runWithPlan(weak);
    const result = perfflow(root, ['rate', planFile], NO_KEY);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/BELOW THE MINIMUM/);
    expect(result.stdout).toMatch(/Feedback for the planner/);
    const rating = JSON.parse(readFileSync(join(handle.dir, 'plans', 'p-weak-rating.json'), 'utf8')) as { feedback: string[]; passed: boolean; score: number };
    expect(rating.passed).toBe(false);
    expect(rating.score).toBeLessThan(7);
    expect(rating.feedback.join('\n')).toMatch(/missing: performance-engineer, planner, architect, qa, orchestrator/);

    const gate = await submitStep(handle, 'plan-rating');
    expect(gate.record.decision).toBe('failed');
    expect(gate.recovery?.next_action).toBe('return-to-step');
    const run = readRun(handle.dir);
    expect(run.steps.planning?.loops).toBe(1);
    expect(run.steps.planning?.feedback?.join(' ')).toMatch(/below the minimum 7/);

    writeFileSync(planFile, JSON.stringify(goodPlan('p-weak'), null, 2));
    const replanned = await submitStep(handle, 'planning');
    expect(replanned.record.reasons).toEqual([]);
    const again = perfflow(root, ['rate', planFile, '--json'], NO_KEY);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ attempt: 2, max_attempts: 4, passed: true });
    const rated = await submitStep(handle, 'plan-rating');
    expect(rated.record.reasons).toEqual([]);
  });

  test('in a run, a plan outside the run directory is refused with exit 2 and nothing is written', async () => {
    const { root, handle } = await runWithPlan(goodPlan('p-outside'));
    writeFileSync(join(root, 'elsewhere.json'), JSON.stringify(goodPlan('p-outside')));
    const before = treeHash(handle.dir);
    const result = perfflow(root, ['rate', 'elsewhere.json'], NO_KEY);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/elsewhere\.json is outside the run directory/);
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
