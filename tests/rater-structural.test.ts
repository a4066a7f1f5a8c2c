import { describe, expect, test } from '@jest/globals';
import { ratePlan } from '../lib/rater/rate-plan.js';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRubric, pluginRubricPath } from '../lib/rater/rubric.js';
import { planFacts } from '../lib/rater/plan-facts.js';
import { FLOW_AGENTS, GOOD_PLAN_MD, goodPlan } from './helpers/plan-fixtures.js';

const rubric = loadRubric(null);
const now = new Date('2026-11-24T10:00:00Z');

async function rate(text: string, minimum = 7) {
  return ratePlan({ bytes: Buffer.from(text), planFile: 'plan.json', planId: null, minimum, attempt: 1, rubric, flowAgents: FLOW_AGENTS, judge: null, now });
}

describe('the structural rater', () => {
  test('passes a complete JSON plan without a judge, and says the judge was skipped', async () => {
    const rating = await rate(JSON.stringify(goodPlan()));
    expect(rating.passed).toBe(true);
    expect(rating.score).toBeGreaterThanOrEqual(7);
    expect(rating.caps).toEqual([]);
    expect(rating.feedback).toEqual([]);
    expect(rating.plan_id).toBe('plan-users-1');
    expect(rating.raters.map((r) => [r.kind, r.status])).toEqual([['structural', 'ok'], ['model', 'skipped']]);
    expect(rating.dimensions.map((d) => d.name)).toEqual(['completeness', 'feasibility', 'risk_mitigation', 'agent_coverage', 'integration']);
  });

  test('reads the same plan written as Markdown, with a risk table and an agents list', async () => {
    const facts = planFacts(GOOD_PLAN_MD, FLOW_AGENTS);
    expect(facts.format).toBe('markdown');
    expect(facts.goals.every((g) => g.measurable)).toBe(true);
    expect(facts.risks.map((r) => r.mitigation)).toEqual([
      'Invalidate on every write, with a test that updates then reads',
      'Paired interleaved trials with the A/A noise floor',
      'Bound the cache to one entry and compare max_rss',
    ]);
    expect([...facts.assignments.keys()].sort()).toEqual([...FLOW_AGENTS].sort());
    const rating = await rate(GOOD_PLAN_MD);
    expect(rating.plan_id).toBe('plan-users-md');
    expect(rating.passed).toBe(true);
  });

  const breakages: [string, (p: Record<string, unknown>) => void, string, number][] = [
    ['goals have no measurable target', (p) => (p.goals = [{ description: 'make it faster', metric: 'speed', target: 'much better', unit: '' }]), 'measurable-goals', 5],
    ['no bottleneck is referenced', (p) => (p.bottlenecks_referenced = []), 'bottlenecks-referenced', 6.5],
    ['a risk has no mitigation', (p) => (p.risks = [{ risk: 'Stale cache' }]), 'risks-mitigated', 5],
    ['no risks at all', (p) => (p.risks = []), 'risks-mitigated', 5],
    ['the qa agent is not assigned', (p) => (p.agent_assignments = (p.agent_assignments as { agent: string }[]).filter((a) => a.agent !== 'qa')), 'agents-covered', 6],
    ['there are no validation steps', (p) => (p.validation = { steps: [] }), 'validation-steps', 5],
    ['there are no rollback steps', (p) => delete p.rollback, 'rollback-steps', 6],
  ];

  test.each(breakages)('caps a plan where %s, and tells the planner how to fix it', async (_what, breakIt, requirement, cap) => {
    const plan = goodPlan();
    breakIt(plan);
    const rating = await rate(JSON.stringify(plan));
    expect(rating.caps.map((c) => c.requirement)).toContain(requirement);
    expect(rating.score).toBeLessThanOrEqual(cap);
    expect(rating.passed).toBe(false);
    expect(rating.feedback[0]).toMatch(/below the minimum 7/);
    expect(rating.feedback.length).toBeGreaterThan(1);
  });

  test('a weak Markdown plan gets feedback naming the missing agents and the unmitigated risk', async () => {
    const weak = '# Plan\n\n## Goals\n- make it faster\n\n## Risks\n- the cache may go stale\n\n## Agents\n- developer: implement a cache in lib/users.js\n';
    const rating = await rate(weak);
    expect(rating.passed).toBe(false);
    expect(rating.score).toBeLessThan(5);
    const text = rating.feedback.join('\n');
    expect(text).toMatch(/missing: performance-engineer, planner, architect, qa, orchestrator/);
    expect(text).toMatch(/"the cache may go stale"/);
    expect(text).toMatch(/numeric target/);
    expect(text).toMatch(/rollback/i);
  });

  test('the weighted score is the weighted mean of the dimensions, computed by hand', async () => {
    const rating = await rate(JSON.stringify(goodPlan()));
    const total = rating.dimensions.reduce((s, d) => s + d.weight, 0);
    const mean = rating.dimensions.reduce((s, d) => s + d.weight * d.score, 0) / total;
    expect(rating.score).toBeCloseTo(Math.round(mean * 10) / 10, 5);
  });

  test('plain prose with none of the parts scores near zero', async () => {
    const rating = await rate('We will make the service faster by optimizing things.');
    expect(rating.plan_format).toBe('text');
    expect(rating.score).toBeLessThan(2);
    // Every requirement is missed except plausible targets (there are no targets to be implausible).
    expect(rating.caps.map((c) => c.requirement).sort()).toEqual(['agents-covered', 'baselines-stated', 'bottlenecks-referenced', 'measurable-goals', 'risks-mitigated', 'rollback-steps', 'validation-steps']);
  });
});

describe('the rubric file', () => {
  test('the shipped rubric has the five dimensions with weights, levels and requirement caps', () => {
    const { rubric: r } = loadRubric(null);
    expect(r.dimensions.map((d) => d.name)).toEqual(['completeness', 'feasibility', 'risk_mitigation', 'agent_coverage', 'integration']);
    expect(r.dimensions.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 10);
    for (const d of r.dimensions) expect(Math.max(...d.levels.map((l) => l.points))).toBe(10);
    expect(r.requirements.every((q) => q.cap < 7)).toBe(true);
  });

  test("a project's own rubric replaces the shipped one", () => {
    const root = mkdtempSync(join(tmpdir(), 'perfflow-rubric-'));
    const own = readFileSync(pluginRubricPath(), 'utf8').replace('weight: 0.15', 'weight: 3');
    mkdirSync(join(root, '.claude', 'rubrics'), { recursive: true });
    writeFileSync(join(root, '.claude', 'rubrics', 'plan-rubric.yaml'), own);
    const loaded = loadRubric(root);
    expect(loaded.path).toBe(join(root, '.claude', 'rubrics', 'plan-rubric.yaml'));
    expect(loaded.rubric.dimensions.find((d) => d.name === 'agent_coverage')?.weight).toBe(3);
  });

  test.each([
    ['not YAML', 'dimensions: [', /is not valid YAML/],
    ['an unknown dimension', readFileSync(pluginRubricPath(), 'utf8').replace('name: feasibility', 'name: vibes'), /rubric .*\/dimensions\/1\/name/],
    ['a dimension twice', readFileSync(pluginRubricPath(), 'utf8').replace('name: feasibility', 'name: completeness'), /dimension 'completeness' is listed twice/],
  ])('a rubric that is %s is refused with the field named', (_what, text, message) => {
    const path = join(mkdtempSync(join(tmpdir(), 'perfflow-rubric-')), 'r.yaml');
    writeFileSync(path, text);
    expect(() => loadRubric(null, path)).toThrow(message);
  });
});
