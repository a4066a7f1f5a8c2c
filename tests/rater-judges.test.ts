import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { combineDimension, verifiedQuotes } from '../lib/rater/judgement.js';
import { planFacts } from '../lib/rater/plan-facts.js';
import { ratePlan } from '../lib/rater/rate-plan.js';
import { loadRubric } from '../lib/rater/rubric.js';
import { submitStep } from '../lib/workflow/engine.js';
import { CLAUDE_BIN } from './helpers/claude-mock/claude.js';
import { startClaudeMock } from './helpers/claude-mock/server.js';
import { perfflow, perfflowAsync } from './helpers/cli.js';
import { FLOW_AGENTS, goodPlan } from './helpers/plan-fixtures.js';
import { tempRepo } from './helpers/temp-repo.js';
import { resolveRun } from '../lib/state/run-store.js';

const rubric = loadRubric(null);
const LATER_AGENTS = ['performance-engineer', 'architect', 'developer', 'qa', 'orchestrator'];

/** Planning, then the rating step as the plugin's workflow has it: the rater agent, then perfflow rate. */
const RATER_FLOW = `
version: 1
name: rater-flow
description: planning and its rating gate, judged by the rater agent
agents: [performance-engineer, planner, rater, architect, developer, qa, orchestrator]
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
    agent: rater
    instructions: Judge the plan, write the judgement, run perfflow rate.
    commands: ['perfflow rate "{{run_dir}}/plan-{{workflow_id}}.json" --plan-id {{plan_id}}']
    inputs: ["plan-{{workflow_id}}.json"]
    outputs:
      - { path: "plans/{{plan_id}}-judgement.json", schema: judgement, written_by: agent, binds: "plan-{{workflow_id}}.json", optional: true }
      - { path: "plans/{{plan_id}}-rating.json", schema: rating }
    gate:
      checks: [outputs-valid, rating-passed]
      minimum_score: 7
      on_fail: { return_to: planning, max_loops: 3 }
  - id: analysis
    name: Analysis
    agent: performance-engineer
    instructions: Profile.
    inputs: []
    outputs: []
    gate: { checks: [outputs-valid] }
`;

const NO_JUDGE = { ANTHROPIC_API_KEY: '', ANTHROPIC_BASE_URL: '', PERFFLOW_RATER_JUDGE: '' };

function judgement(score: number, evidence: string[]): string {
  return JSON.stringify({
    version: 1,
    judge: 'perfflow:rater',
    dimensions: ['completeness', 'feasibility', 'risk_mitigation', 'agent_coverage', 'integration'].map((name) => ({ name, score, reasons: [`${name} judged ${score}`], evidence })),
    suggestions: ['Add a load test for the write path.'],
  });
}

async function ratingRun(plan: Record<string, unknown>) {
  const root = tempRepo({ '.claude/workflows/performance-flow.yaml': RATER_FLOW, 'app.js': 'console.log(1)\n' });
  const init = perfflow(root, ['init', '--target', 'app', '--json']);
  const { run_dir: runDir, run_id: runId } = JSON.parse(init.stdout) as { run_dir: string; run_id: string };
  const planFile = join(runDir, `plan-${runId}.json`);
  writeFileSync(planFile, JSON.stringify(plan, null, 2));
  expect((await submitStep(resolveRun(root, runId), 'planning')).record.decision).toBe('passed');
  return { root, runDir, runId, planFile };
}

describe('the rater agent\'s judgement (Claude Code, no API key)', () => {
  test('perfflow write binds it to the plan\'s sha256; perfflow rate combines it, records the agent, and decides the gate', async () => {
    const plan = goodPlan('p-agent');
    const { root, runDir, planFile } = await ratingRun(plan);
    const rel = relative(root, join(runDir, 'plans', 'p-agent-judgement.json'));
    const written = perfflow(root, ['write', rel, '--content', judgement(8, ['Cut the p99 latency of GET /api/users', 'Invalidate the cache on every write'])]);
    expect(written.code).toBe(0);
    const stored = JSON.parse(readFileSync(join(runDir, 'plans', 'p-agent-judgement.json'), 'utf8')) as { bound_to: { file: string; sha256: string } };
    expect(stored.bound_to.file).toBe(relative(runDir, planFile));
    expect(stored.bound_to.sha256).toMatch(/^[0-9a-f]{64}$/);

    const rated = perfflow(root, ['rate', planFile, '--json'], NO_JUDGE);
    expect(rated.code).toBe(0);
    const rating = JSON.parse(rated.stdout) as { score: number; raters: { kind: string; model?: string; status: string }[]; gate: { decision: string }; dimensions: { reasons: string[] }[] };
    expect(rating.raters[1]).toMatchObject({ kind: 'agent', model: 'perfflow:rater', status: 'ok' });
    expect(rating.gate.decision).toBe('passed');
    expect(rating.dimensions[0]?.reasons.join(' ')).toMatch(/evidence: "Cut the p99 latency of GET \/api\/users"/);
  });

  test('a judgement of an earlier version of the plan is refused as stale, and the structural score stands', async () => {
    const plan = goodPlan('p-stale');
    const { root, runDir, planFile } = await ratingRun(plan);
    expect(perfflow(root, ['write', join(runDir, 'plans', 'p-stale-judgement.json'), '--content', judgement(10, ['Cut the p99 latency of GET /api/users', 'Invalidate the cache on every write'])]).code).toBe(0);
    writeFileSync(planFile, JSON.stringify({ ...plan, summary: 'Cut the p99 latency of GET /api/users, now differently.' }, null, 2));
    const rating = JSON.parse(perfflow(root, ['rate', planFile, '--json'], NO_JUDGE).stdout) as { score: number; raters: { kind: string; status: string; error?: string; score?: number }[] };
    expect(rating.raters[1]).toMatchObject({ kind: 'agent', status: 'failed', fallback: 'structural' });
    expect(rating.raters[1]?.error).toMatch(/^stale: .*the plan changed after it was judged/);
    expect(rating.score).toBe(rating.raters[0]?.score);
  });

  test('a judge cannot lift a plan over the structural caps, nor score what it cannot quote', async () => {
    const weak = goodPlan('p-weak');
    weak.agent_assignments = [{ agent: 'developer', tasks: ['Implement the cache in lib/users.js'] }];
    const { root, runDir, planFile } = await ratingRun(weak);
    expect(perfflow(root, ['write', join(runDir, 'plans', 'p-weak-judgement.json'), '--content', judgement(10, ['Cut the p99 latency of GET /api/users', 'Invalidate the cache on every write'])]).code).toBe(0);
    const result = perfflow(root, ['rate', planFile, '--json'], NO_JUDGE);
    expect(result.code).toBe(1);
    const rating = JSON.parse(result.stdout) as { score: number; caps: { requirement: string; cap: number }[] };
    expect(rating.caps).toContainEqual(expect.objectContaining({ requirement: 'agents-covered', cap: 6 }));
    expect(rating.score).toBeLessThanOrEqual(6);
  });
});

describe('combining a judge with the structural facts', () => {
  const text = JSON.stringify(goodPlan('p-combine'), null, 2);
  test('quotes are checked against the plan (case, whitespace and Markdown marks aside)', () => {
    expect(verifiedQuotes(text, ['cut the P99  latency of GET /api/users', 'a sentence the plan never had', 'short'])).toEqual(['cut the P99  latency of GET /api/users']);
  });

  test('no quote found: the structural score stands; far above the structure on one quote: held at +3; above the ceiling: capped', () => {
    const structural = { score: 4, ceiling: 6, reasons: ['thin'] };
    expect(combineDimension(text, structural, { name: 'completeness', score: 9, reasons: ['great'], evidence: ['invented words'] }).score).toBe(4);
    expect(combineDimension(text, { ...structural, ceiling: 10 }, { name: 'completeness', score: 9, reasons: ['great'], evidence: ['Cut the p99 latency of GET /api/users'] }).score).toBe(7);
    expect(combineDimension(text, { ...structural, ceiling: 10 }, { name: 'completeness', score: 9, reasons: ['great'], evidence: ['Cut the p99 latency of GET /api/users', 'Invalidate the cache on every write'] }).score).toBe(9);
    expect(combineDimension(text, structural, { name: 'completeness', score: 9, reasons: ['great'], evidence: ['Cut the p99 latency of GET /api/users', 'Invalidate the cache on every write'] }).score).toBe(6);
  });
});

describe('structural facts read plans as people write them', () => {
  const MARKDOWN = `Plan: GET /api/users
====================

Goals
-----
- Reduce p99 latency of GET /api/users from 48 ms to 20 ms or less at 500 requests per second.
- Keep throughput at least 500 req/s (today 510 req/s).

Bottlenecks
-----------
- src/users.js:42 sortUsers — 31% of CPU samples, a full sort per request.

Risks
-----
Risk: the cached list goes stale after an update. Mitigation: invalidate on every write, with a test that updates then reads.

Risk: noise fakes a gain. Mitigation: paired interleaved trials against an A/A noise floor.

Owners
------
| Step | Work | Owner |
|---|---|---|
| 1 | profile under load | performance-engineer |
`;

  test('setext headings, goals with "from X to Y", risks as paragraphs', () => {
    const facts = planFacts(MARKDOWN, LATER_AGENTS);
    expect(facts.goals).toHaveLength(2);
    expect(facts.goals[0]).toMatchObject({ measurable: true, hasBaseline: true });
    expect(facts.goals[0]?.ratio).toBeCloseTo(20 / 48);
    expect(facts.bottlenecks).toHaveLength(1);
    expect(facts.risks.map((r) => r.mitigation !== null)).toEqual([true, true]);
  });

  test('a target 1000x from its baseline caps feasibility; "No rollback planned" is no rollback', async () => {
    const absurd = goodPlan('p-absurd');
    (absurd.goals as Record<string, unknown>[])[0] = { description: 'p99', metric: 'latency_p99', baseline: 42, target: 0.04, unit: 'ms', direction: 'lower' };
    absurd.rollback = { steps: ['No rollback planned: the change is small.'] };
    const rating = await ratePlan({ bytes: Buffer.from(JSON.stringify(absurd)), planFile: 'p.json', planId: null, minimum: 7, attempt: 1, rubric, flowAgents: LATER_AGENTS, judge: null, now: new Date() });
    expect(rating.caps.map((c) => c.requirement).sort()).toEqual(['plausible-targets', 'rollback-steps']);
    expect(rating.passed).toBe(false);
  });

  test('appending the rubric\'s words to a plan never raises its score', async () => {
    const words = 'goal target baseline p99 ms risk mitigation rollback validation bottleneck evidence performance-engineer architect developer qa orchestrator';
    for (const text of [MARKDOWN, '# Plan\n\nMake it faster.\n', JSON.stringify(goodPlan('p-pad'))]) {
      const padded = text.startsWith('{') ? JSON.stringify({ ...(JSON.parse(text) as object), strategy: words }) : `${text}\n## Goals, risks and rollback\n\n- Goal: ${words}\n- Risk: ${words}\n- Rollback: ${words}\n- Validation: ${words}\n`;
      const rate = (t: string) => ratePlan({ bytes: Buffer.from(t), planFile: 'p', planId: 'p', minimum: 7, attempt: 1, rubric, flowAgents: LATER_AGENTS, judge: null, now: new Date() });
      expect((await rate(padded)).score).toBeLessThanOrEqual((await rate(text)).score);
    }
  });

  test('the planner need not assign itself', () => {
    const plan = goodPlan('p-self');
    plan.agent_assignments = (plan.agent_assignments as { agent: string }[]).filter((a) => a.agent !== 'planner');
    const facts = planFacts(JSON.stringify(plan), LATER_AGENTS);
    expect(LATER_AGENTS.every((a) => facts.assignments.has(a))).toBe(true);
    expect(FLOW_AGENTS).toContain('planner');
  });
});

describe('a headless claude -p judge (the user\'s own Claude Code login, outside a session)', () => {
  test('rates through the real claude binary against the mock, and the rating says which judge rated', async () => {
    const answer = judgement(8, ['Cut the p99 latency of GET /api/users', 'Invalidate the cache on every write']);
    const mock = await startClaudeMock(() => ({ blocks: [{ type: 'text', text: `Here is the rating.\n\n\`\`\`json\n${answer}\n\`\`\`` }] }));
    try {
      const root = tempRepo({ 'plan.json': JSON.stringify(goodPlan('p-cli'), null, 2) });
      const home = realpathSync(mkdtempSync(join(tmpdir(), 'perfflow-rater-home-')));
      const env = { HOME: home, PERFFLOW_RATER_JUDGE: 'claude', PERFFLOW_CLAUDE_BIN: CLAUDE_BIN, ANTHROPIC_BASE_URL: mock.url, ANTHROPIC_API_KEY: 'sk-ant-offline-test-key', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' };
      const result = await perfflowAsync(root, ['rate', 'plan.json', '--json'], env);
      expect(result.code).toBe(0);
      const rating = JSON.parse(result.stdout) as { raters: { kind: string; model?: string; status: string }[]; score: number };
      expect(rating.raters[1]).toMatchObject({ kind: 'claude-cli', model: 'claude -p', status: 'ok' });
      // The rubric and the plan reached the model; the key never reached the rating.
      const sent = JSON.stringify(mock.requests);
      expect(sent).toContain('risk_mitigation');
      expect(sent).toContain('Cut the p99 latency of GET /api/users');
      expect(result.stdout).not.toContain('sk-ant-offline-test-key');
    } finally {
      await mock.close();
    }
  }, 90_000);

  test('with no key, no judgement and no logged-in claude, the structural rater stands alone and says why', () => {
    const root = tempRepo({ 'plan.json': JSON.stringify(goodPlan('p-none'), null, 2) });
    const home = realpathSync(mkdtempSync(join(tmpdir(), 'perfflow-rater-home-')));
    const rating = JSON.parse(perfflow(root, ['rate', 'plan.json', '--json'], { ...NO_JUDGE, HOME: home }).stdout) as { raters: { status: string; detail?: string }[] };
    expect(rating.raters[1]).toMatchObject({ status: 'skipped' });
    expect(rating.raters[1]?.detail).toMatch(/no ANTHROPIC_API_KEY and no logged-in claude/);
  });
});
