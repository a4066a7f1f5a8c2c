import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRun, submitStep } from '../../lib/workflow/engine.js';
import type { RunHandle } from '../../lib/state/run-store.js';
import { rateFile } from '../../lib/rater/rate-file.js';
import type { PublishResult } from '../../lib/publish/publish-run.js';
import { performAction } from '../../lib/workflow/actions/action.js';
import { publishAction } from '../../lib/workflow/actions/publish.js';
import { readRun } from '../../lib/state/run-store.js';
import { tempRepo, writeFile } from './temp-repo.js';
import { goodPlan } from './plan-fixtures.js';

/** A flow with every step whose artifacts the report shows, without the measuring engines. */
export const REPORT_FLOW = `
version: 1
name: report-flow
description: the artifacts of a whole run, written by the test
agents: [performance-engineer, planner, architect, developer, qa, orchestrator]
defaults:
  retry:
    max_attempts: 3
    backoff: { initial_ms: 1000, factor: 2, max_ms: 4000 }
    on: [timeout, rate_limit, network, overloaded, server_error]
steps:
  - id: analysis
    name: Analysis
    agent: performance-engineer
    instructions: Profile.
    inputs: []
    outputs: [{ path: bottleneck-report.json, schema: bottleneck-report }]
    gate: { checks: [outputs-valid, bottlenecks-found] }
  - id: planning
    name: Planning
    agent: planner
    instructions: Plan.
    inputs: []
    outputs: [{ path: "plan-{{workflow_id}}.json", schema: plan }]
    gate: { checks: [outputs-valid] }
  - id: plan-rating
    name: Plan rating
    agent: orchestrator
    skill: response-rater
    instructions: Rate.
    inputs: []
    outputs: [{ path: "plans/{{plan_id}}-rating.json", schema: rating }]
    gate:
      checks: [outputs-valid, rating-passed]
      minimum_score: 7
      on_fail: { return_to: planning, max_loops: 3 }
  - id: implementation
    name: Implementation
    agent: developer
    instructions: Implement.
    inputs: []
    outputs: [{ path: dev-manifest.json, schema: dev-manifest }]
    gate: { checks: [outputs-valid, manifest-files-changed] }
  - id: validation
    name: Validation
    agent: qa
    instructions: Validate.
    inputs: []
    outputs:
      - { path: benchmark-results.json, schema: benchmark-results }
      - { path: performance-comparison.json, schema: performance-comparison }
    gate:
      checks: [outputs-valid, validation-passed]
      pass_when: "validation_status == 'pass'"
      on_fail: { rollback_to: implementation }
  - id: publish
    name: Publish
    agent: orchestrator
    skill: artifact-publisher
    condition: "validation_status == 'pass'"
    instructions: Publish.
    inputs: []
    outputs: []
    gate: { checks: [published] }
`;

/** A seeded generator so that the fixture's numbers are the same in every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const METRICS = [
  { name: 'latency_p50', unit: 'ms', direction: 'lower', base: 18, candidate: 12.5 },
  { name: 'latency_p90', unit: 'ms', direction: 'lower', base: 31, candidate: 21 },
  { name: 'latency_p99', unit: 'ms', direction: 'lower', base: 42, candidate: 29 },
  { name: 'throughput', unit: 'req/s', direction: 'higher', base: 1820, candidate: 2470 },
  { name: 'max_rss', unit: 'MiB', direction: 'lower', base: 88, candidate: 88.6 },
] as const;

/** Options that make the fixture hostile or failing. */
export interface FixtureOptions {
  /** Text planted in the plan, the bottleneck names and the manifest (e.g. a script tag). */
  hostile?: string;
  /** A secret planted in the environment record and the manifest. */
  secret?: string;
  /** Write a failing comparison instead of a passing one. */
  failValidation?: boolean;
}

function comparison(status: 'pass' | 'fail', options: FixtureOptions, commit: string): unknown {
  return {
    version: 2,
    target: 'api/users',
    kind: 'http',
    validation_status: status,
    status_reasons: status === 'pass' ? ['latency_p99 improved by 31.0% [−34.2%, −27.6%], beyond the 2.0% noise floor', 'no metric regressed; behaviour unchanged'] : ['latency_p99 regressed by 3.1% [+1.2%, +5.0%]'],
    objective: { metric: 'latency_p99', direction: 'lower' },
    metrics: METRICS.map((m, i) => {
      const ratio = status === 'pass' ? m.candidate / m.base : (m.direction === 'lower' ? 1.031 : 0.97);
      const improved = m.name !== 'max_rss';
      const verdict = status === 'fail' && i === 2 ? 'regressed' : improved && status === 'pass' ? 'improved' : 'unchanged';
      return {
        name: m.name,
        unit: m.unit,
        direction: m.direction,
        scale: 'log',
        objective: m.name === 'latency_p99',
        base: m.base,
        candidate: m.base * ratio,
        effect: ratio,
        ci95: improved ? [ratio * 0.95, ratio * 1.05] : [0.99, 1.02],
        ci95_each: improved ? [[ratio * 0.94, ratio * 1.06], [ratio * 0.94, ratio * 1.06]] : [[0.98, 1.03], [0.98, 1.03]],
        p: improved ? 0.0004 : 0.41,
        p_adjusted: improved ? 0.0016 : 0.41,
        noise_floor: 0.02,
        noise_floor_measured: 0.012,
        pairs: 20,
        verdict,
        role: m.name === 'latency_p99' ? 'objective' : 'guard',
        tolerance: m.name === 'latency_p99' ? null : m.name === 'max_rss' ? 0.1 : 0,
        load: m.name === 'throughput' ? 'closed loop, 8 connections (capacity)' : 'open loop at 400 req/s (50% of the base\'s capacity of 800 req/s), 8 connections',
      };
    }),
    guards: METRICS.filter((m) => m.name !== 'latency_p99').map((m) => ({
      metric: m.name,
      change: `${m.name} change`,
      tolerance: m.name === 'max_rss' ? 0.1 : 0,
      verdict: status === 'fail' ? 'regressed' : 'unchanged',
      outcome: status === 'fail' ? 'exceeded' : 'ok',
      load: 'open loop at 400 req/s',
    })),
    harness: {
      source: { commit, label: `the base commit HEAD (${commit.slice(0, 12)})` },
      pinned: ["the target's entry in perfflow.config.yaml (api/users)"],
      edited: [],
      added: [],
      tests_on_candidate: 'none',
    },
    noise_floor: { method: 'A/A calibration (base against itself)', minimum: 0.01, objective: 0.02 },
    behaviour: { passed: true, checks: [{ name: 'GET /api/users body', kind: 'http-response', status: 'passed', detail: 'identical JSON in 20 pairs' }] },
    design: { pairs: 20, trials_per_side: 20, processes_per_side: 4, unit: 'process', iterations: {}, invalid_trials: 0, time_budget_ms: 120000, elapsed_ms: 98400, stopped_by: 'budget', arms: 'each from its own checkout', order_seed: 42, estimator: '20% trimmed mean of per-pair log ratios', bootstrap_resamples: 10000, alpha: 0.05 },
    environment: {
      cpu_model: 'AMD EPYC 7B13',
      cores: 2,
      node: 'v20.19.0',
      load_average: [0.41, 0.38, 0.3],
      ...(options.secret === undefined ? {} : { env_ANTHROPIC_API_KEY: options.secret, note: `started with key ${options.secret}` }),
    },
    base: { commit, ref: 'HEAD', dirty: false },
    candidate: { commit, dirty: true },
    base_dependencies: 'linked',
    created_at: '2026-11-24T10:30:00.000Z',
  };
}

function results(commit: string): unknown {
  const random = seeded(7);
  const blocks = Array.from({ length: 20 }, (_, index) => {
    const arm = (side: 'base' | 'candidate') => Object.fromEntries(METRICS.map((m) => [m.name, m[side] * (1 + (random() - 0.5) * 0.16)]));
    return { index, order: index % 2 === 0 ? ['base', 'candidate', 'base-aa'] : ['candidate', 'base-aa', 'base'], values: { base: arm('base'), candidate: arm('candidate'), 'base-aa': arm('base') } };
  });
  return {
    version: 1,
    target: 'api/users',
    kind: 'http',
    base: { commit, dirty: false },
    candidate: { commit, dirty: true },
    started_at: '2026-11-24T10:28:00.000Z',
    finished_at: '2026-11-24T10:29:38.000Z',
    order_seed: 42,
    budget_ms: 120000,
    elapsed_ms: 98400,
    metrics: METRICS.map((m) => ({ name: m.name, unit: m.unit, direction: m.direction, scale: 'log' })),
    blocks,
    environment: { cores: 2 },
  };
}

/**
 * A schema-valid bottleneck report of three ranked bottlenecks.
 * @param hostile - text planted in names and reasons
 * @returns the report
 */
export function bottleneckReport(hostile = ''): Record<string, unknown> {
  const entry = (rank: number, fn: string, file: string, line: number, self: number, total: number, reason: string) => ({
    id: `${fn.replace(/\s+/g, '_')}@${file}:${line}`,
    rank,
    function: fn,
    file,
    line,
    self_share: self,
    total_share: total,
    share_interval: { low: self - 0.03, high: self + 0.03, method: 'wilson-95' },
    samples: Math.round(self * 4200),
    category: 'user',
    categories: { user: 0.3, json: 0.7 },
    callers: [{ function: 'getUsers', file: 'lib/users.js', line: 12, share: 1 }],
    call_sites: [],
    hottest_stacks: [{ stack: ['handleRequest', 'getUsers', fn, '[json]'], share: 0.9 }],
    recursive: false,
    separated_from_next: true,
    reason,
  });
  return {
    version: 1,
    target: 'api/users',
    kind: 'http',
    created_at: '2026-11-24T10:10:00.000Z',
    samples: { count: 5200, active: 4200, idle: 1000, interval_us: 1000, mean_interval_us: 1040, duration_ms: 5400, processes: 1, min_active: 200 },
    bottlenecks: [
      entry(1, `serializeUsers${hostile}`, 'lib/users.js', 30, 0.61, 0.64, `JSON.stringify of the whole user list on every request ${hostile}`),
      entry(2, 'filterActive', 'lib/users.js', 18, 0.14, 0.15, 'Array.filter over all users per request'),
      entry(3, 'formatDate', 'lib/format.js', 4, 0.06, 0.06, 'toISOString in a loop'),
    ],
    categories: { user: 0.3, json: 0.45, gc: 0.08, node: 0.17 },
    unattributed_share: 0.05,
    findings: [{ kind: 'gc', measured: true, significant: true, summary: 'GC takes 8% of active samples, mostly after serializeUsers', share: 0.08, share_interval: { low: 0.07, high: 0.09, method: 'wilson-95' }, metrics: {}, call_sites: [] }],
    no_bottleneck_found: null,
    profiler_overhead: { method: 'throughput with and without the inspector', unprofiled_rate: 1820, profiled_rate: 1700, unit: 'req/s', overhead: 0.066 },
    load: { connections: 8, duration: '5s' },
    files: { cpuprofile: 'profile.cpuprofile', collapsed: 'profile.collapsed' },
    notes: [],
  };
}

const COLLAPSED = [
  'node;processTicksAndRejections;handleRequest;getUsers;serializeUsers;[json] 1900',
  'node;processTicksAndRejections;handleRequest;getUsers;serializeUsers 660',
  'node;processTicksAndRejections;handleRequest;getUsers;filterActive 590',
  'node;processTicksAndRejections;handleRequest;getUsers;formatDate 250',
  'node;processTicksAndRejections;handleRequest;writeHead 180',
  'node;processTicksAndRejections;handleRequest;parseUrl;URL 140',
  'node;[gc] 330',
  'node;listOnTimeout;socketOnData;parserOnHeadersComplete 150',
].join('\n');

/** A run whose every step up to validation has passed (validation fails with `failValidation`). */
export interface ReportFixture {
  root: string;
  handle: RunHandle;
}

/**
 * Builds a project with a run whose artifacts cover every section of the report, and submits
 * each step up to validation through the engine.
 * @param options - hostile text, a planted secret, a failing validation
 * @returns the project root and the run
 */
export async function reportFixture(options: FixtureOptions = {}): Promise<ReportFixture> {
  const hostile = options.hostile ?? '';
  const root = tempRepo({
    '.claude/workflows/performance-flow.yaml': REPORT_FLOW,
    'lib/users.js': 'export function serializeUsers(users) { return JSON.stringify(users); }\n',
    'app.js': 'console.log(1)\n',
  });
  const { handle, run } = await initRun({ cwd: root, target: 'api/users' }, { user: 'Test User' });
  const commit = run.base.commit;
  const write = (rel: string, value: unknown): void => {
    writeFile(handle.dir, rel, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  };
  const pass = async (step: string): Promise<void> => {
    const result = await submitStep(handle, step, { user: 'Test User' });
    if (result.record.decision !== 'passed') throw new Error(`fixture step ${step} failed: ${result.record.reasons.join('; ')}`);
  };
  write('bottleneck-report.json', bottleneckReport(hostile));
  write('profile.collapsed', `${COLLAPSED}\n`);
  write('profile.cpuprofile', '{"nodes":[],"startTime":0,"endTime":1,"samples":[],"timeDeltas":[]}');
  await pass('analysis');
  const plan = goodPlan('plan-users');
  plan.summary = `Cache the serialized user list. ${hostile}`;
  (plan.risks as { risk: string }[])[0] = { risk: `Stale responses after an update ${hostile}`, mitigation: 'Invalidate on write, with a test' } as never;
  write(`plan-${run.workflow_id}.json`, plan);
  write(`plan-${run.workflow_id}.md`, `# Plan\n\n${hostile}\n`);
  await pass('planning');
  await rateFile({ file: join(handle.dir, `plan-${run.workflow_id}.json`), cwd: root, projectRoot: root, run: { ...handle, run: readRun(handle.dir) }, env: { ANTHROPIC_API_KEY: '' } });
  await pass('plan-rating');
  writeFileSync(join(root, 'lib/users.js'), 'let cached = null;\nexport function serializeUsers(users) { return (cached ??= JSON.stringify(users)); }\n');
  write('dev-manifest.json', {
    version: 1,
    summary: `Cache the serialized list ${hostile}`,
    changes: [{ file: 'lib/users.js', optimization_id: 'o1', description: `memoize serializeUsers ${options.secret === undefined ? '' : `(token ${options.secret})`}` }],
  });
  write('optimization-plan.json', {
    version: 1,
    summary: 'Cache the serialized users',
    optimizations: [{ id: 'o1', title: 'Memoize serializeUsers', addresses: ['serializeUsers@lib/users.js:30'], approach: 'Keep the JSON string until a write invalidates it', files: ['lib/users.js'], expected_gain: 'p99 −30%', risk: 'stale data', behaviour_preserved_by: 'invalidation test' }],
  });
  await pass('implementation');
  write('benchmark-results.json', results(commit));
  write('performance-comparison.json', comparison(options.failValidation === true ? 'fail' : 'pass', options, commit));
  if (options.failValidation !== true) await pass('validation');
  else await submitStep(handle, 'validation', { user: 'Test User' });
  return { root, handle };
}

/**
 * Publishes the fixture's run the way `perfflow publish` does: the workflow's publish action.
 * @param handle - the run
 * @param env - the environment (for its secrets)
 * @returns what was published
 */
export async function publish(handle: RunHandle, env: NodeJS.ProcessEnv): Promise<PublishResult> {
  return performAction({ ...handle, run: readRun(handle.dir) }, publishAction, { env, user: 'Test User' });
}

/**
 * A schema-valid performance-comparison.json with a given status, for flows that test the engine
 * without measuring.
 * @param status - the validation status
 * @param reasons - its status reasons (default none)
 * @returns JSON text
 */
export function comparisonJson(status: 'pass' | 'fail' | 'inconclusive', reasons: string[] = []): string {
  const value = comparison(status === 'pass' ? 'pass' : 'fail', {}, '0'.repeat(40)) as Record<string, unknown>;
  return JSON.stringify({ ...value, validation_status: status, status_reasons: reasons });
}
