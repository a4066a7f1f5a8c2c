import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../lib/workflow/checks.js';
import type { CheckContext } from '../lib/workflow/checks.js';
import type { StepDefinition } from '../lib/contracts/workflow.js';
import type { Run } from '../lib/contracts/run.js';
import { readFileSync } from 'node:fs';
import { rateFile } from '../lib/rater/rate-file.js';
import { bottleneckReport, comparisonJson } from './helpers/published-run.js';
import { goodPlan } from './helpers/plan-fixtures.js';

// Checks read typed artifacts (checked against their schemas), so every fixture is a valid file
// with the fields under test changed.
const BASELINE = JSON.parse(readFileSync(new URL('./fixtures/artifacts/baseline-metrics.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const report = (bottlenecks: { id: string }[], noneFound: unknown = null): Record<string, unknown> => {
  const [first] = bottleneckReport().bottlenecks as Record<string, unknown>[];
  return { ...bottleneckReport(), bottlenecks: bottlenecks.map(({ id }, i) => ({ ...first, id, rank: i + 1 })), no_bottleneck_found: noneFound };
};
const optimizationPlan = (optimizations: { id: string; addresses: string[] }[]): Record<string, unknown> => ({
  version: 1,
  summary: 'Cache the serialized users',
  optimizations: optimizations.map((o) => ({ ...o, title: 'Memoize', approach: 'Keep the JSON string', files: ['lib/users.js'], expected_gain: 'p99 -30%', risk: 'stale data', behaviour_preserved_by: 'a test' })),
});
async function rating(fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-rating-'));
  writeFileSync(join(root, 'plan.json'), JSON.stringify(goodPlan('p1')));
  const { rating: rated } = await rateFile({ file: 'plan.json', cwd: root, projectRoot: root, run: null, env: { PERFFLOW_RATER_JUDGE: 'none' } });
  return { ...rated, ...fields };
}
const ARTIFACT_OUTPUTS = [
  { path: 'baseline-metrics.json', schema: 'baseline-metrics' },
  { path: 'bottleneck-report.json', schema: 'bottleneck-report' },
  { path: 'optimization-plan.json', schema: 'optimization-plan' },
  { path: 'performance-comparison.json', schema: 'performance-comparison' },
];

function context(step: Partial<StepDefinition> = {}): CheckContext {
  const projectRoot = mkdtempSync(join(tmpdir(), 'perfflow-checks-'));
  const dir = join(projectRoot, '.claude', 'context', 'runs', 'r1');
  mkdirSync(join(dir, 'plans'), { recursive: true });
  const run = { run_id: 'r1', workflow_id: 'r1', base: { snapshot_commit: 'none' } } as unknown as Run;
  const definition: StepDefinition = { id: 's', name: 's', agent: 'a', instructions: 'i', inputs: [], outputs: ARTIFACT_OUTPUTS, gate: { checks: ['outputs-exist'] }, ...step };
  return {
    projectRoot,
    dir,
    run,
    workflow: { version: 1, name: 'w', description: '', agents: ['a'], defaults: { retry: { max_attempts: 3, backoff: { initial_ms: 1, factor: 2, max_ms: 4 }, on: ['timeout'] } }, steps: [definition] },
    step: definition,
    templates: { workflow_id: 'r1', run_id: 'r1', plan_id: 'p1', run_dir: dir, target: 't' },
  };
}

function write(ctx: CheckContext, rel: string, value: unknown): void {
  writeFileSync(join(ctx.dir, rel), typeof value === 'string' ? value : JSON.stringify(value));
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('rating-passed', () => {
  const ratingStep = { outputs: [{ path: 'plans/{{plan_id}}-rating.json', schema: 'rating' }], gate: { checks: ['rating-passed' as const], minimum_score: 7 } };

  test('passes a rating at or above the minimum of the plan as it is now', async () => {
    const ctx = context(ratingStep);
    write(ctx, 'plan-r1.json', '{"plan":1}');
    write(ctx, 'plans/p1-rating.json', await rating({ score: 7, passed: true, plan_file: 'plan-r1.json', plan_sha256: sha('{"plan":1}'), feedback: [] }));
    const result = await runCheck('rating-passed', ctx);
    expect(result).toMatchObject({ passed: true, variables: { plan_score: 7 } });
  });

  test('refuses a score below the minimum and passes the feedback on', async () => {
    const ctx = context(ratingStep);
    write(ctx, 'plan-r1.json', 'x');
    write(ctx, 'plans/p1-rating.json', await rating({ score: 6.5, passed: false, plan_file: 'plan-r1.json', plan_sha256: sha('x'), feedback: ['risk mitigation: name a rollback'] }));
    const result = await runCheck('rating-passed', ctx);
    expect(result.passed).toBe(false);
    expect(result.detail).toContain('score 6.5/10 is below the minimum 7: risk mitigation: name a rollback');
  });

  test('refuses a rating of a plan that changed since it was rated', async () => {
    const ctx = context(ratingStep);
    write(ctx, 'plan-r1.json', 'edited after rating');
    write(ctx, 'plans/p1-rating.json', await rating({ score: 9, passed: true, plan_file: 'plan-r1.json', plan_sha256: sha('original') }));
    const result = await runCheck('rating-passed', ctx);
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/the plan changed after it was rated/);
  });

  test('refuses a rating that points outside the run', async () => {
    const ctx = context(ratingStep);
    write(ctx, 'plans/p1-rating.json', await rating({ score: 9, passed: true, plan_file: '../../../../etc/passwd', plan_sha256: 'x' }));
    expect((await runCheck('rating-passed', ctx)).passed).toBe(false);
  });
});

describe('bottlenecks-found and optimizations-address-bottlenecks', () => {
  test.each([
    [[{ id: 'b1' }], null, true],
    [[], { evidence: '2 000 samples, no function above 2% self time' }, true],
    [[], null, false],
    [[], { evidence: '  ' }, false],
  ])('bottlenecks %j, none found %j passes: %s', async (bottlenecks, noneFound, passed) => {
    const ctx = context();
    write(ctx, 'bottleneck-report.json', report(bottlenecks, noneFound));
    expect((await runCheck('bottlenecks-found', ctx)).passed).toBe(passed);
  });

  test('an optimization that names an unknown bottleneck is refused, naming both', async () => {
    const ctx = context();
    write(ctx, 'bottleneck-report.json', report([{ id: 'b1' }, { id: 'b2' }]));
    write(ctx, 'optimization-plan.json', optimizationPlan([{ id: 'o1', addresses: ['b1'] }, { id: 'o2', addresses: ['b9'] }]));
    const result = await runCheck('optimizations-address-bottlenecks', ctx);
    expect(result.passed).toBe(false);
    expect(result.detail).toContain("optimization 'o2' addresses 'b9'");
    write(ctx, 'optimization-plan.json', optimizationPlan([{ id: 'o1', addresses: ['b1', 'b2'] }]));
    expect((await runCheck('optimizations-address-bottlenecks', ctx)).passed).toBe(true);
  });
});

describe('measurement-valid, validation-passed and published', () => {
  test.each([
    [{ valid: true, healthy: true }, true, ''],
    [{ valid: false, invalid_reasons: ['load generator saturated (event-loop delay 48 ms)'], healthy: true }, false, 'load generator saturated'],
    [{ valid: true, healthy: false, health_reasons: ['12% of responses were 5xx'] }, false, '12% of responses were 5xx'],
  ])('baseline %j passes: %s', async (metrics, passed, detail) => {
    const ctx = context();
    write(ctx, 'baseline-metrics.json', { ...BASELINE, invalid_reasons: [], health_reasons: [], ...metrics });
    const result = await runCheck('measurement-valid', ctx);
    expect(result.passed).toBe(passed);
    expect(result.detail).toContain(detail);
  });

  test.each([
    ['pass', true],
    ['fail', false],
    ['inconclusive', false],
  ])('validation_status %s passes: %s, and is exported to conditions', async (status, passed) => {
    const ctx = context();
    write(ctx, 'performance-comparison.json', comparisonJson(status as 'pass' | 'fail' | 'inconclusive', ['p50 -31% [-34%, -28%]']));
    const result = await runCheck('validation-passed', ctx);
    expect(result).toMatchObject({ passed, variables: { validation_status: status } });
  });

  test('published looks for the run in the project feed', async () => {
    const ctx = context();
    expect((await runCheck('published', ctx)).passed).toBe(false);
    mkdirSync(join(ctx.projectRoot, '.claude', 'context', 'feed'), { recursive: true });
    writeFileSync(join(ctx.projectRoot, '.claude', 'context', 'feed', 'feed.json'), JSON.stringify({ items: [{ id: 'other' }] }));
    expect((await runCheck('published', ctx)).passed).toBe(false);
    writeFileSync(join(ctx.projectRoot, '.claude', 'context', 'feed', 'feed.json'), JSON.stringify({ items: [{ id: 'other' }, { id: 'r1' }] }));
    expect((await runCheck('published', ctx)).passed).toBe(true);
  });

  test('an error inside a check is a failed check (fail closed)', async () => {
    const ctx = context();
    write(ctx, 'performance-comparison.json', '{not json');
    const result = await runCheck('validation-passed', ctx);
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/check failed with an error: performance-comparison\.json is not valid JSON/);
  });
});
