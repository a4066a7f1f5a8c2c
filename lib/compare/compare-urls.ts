// `perfflow compare --base-url <u> --candidate-url <u>`: two running deployments (production and a
// canary, two local servers) compared with the paired design, with the same analysis, verdicts and
// artifacts as a comparison of commits. Nothing is started and nothing is checked out.
import { randomInt } from 'node:crypto';
import { DEFAULT_REMOTE_ABORT_ERROR_RATE, DEFAULT_REMOTE_MAX_RATE, displayUrl, hostOf, isLoopbackUrl, refuseRemote } from '../config/remote-host.js';
import type { HttpTargetConfig } from '../config/target-config.js';
import type { BenchmarkResults } from '../contracts/benchmark-results.js';
import type { PerformanceComparison } from '../contracts/performance-comparison.js';
import { InputError } from '../errors.js';
import { checkHealth } from '../measure/health-check.js';
import type { ComparisonOutcome, ComparisonSettings } from './compare-target.js';
import { runPaired } from './run-paired.js';
import type { PairedOutcome } from './run-paired.js';
import { openUrlPair } from './url-pair.js';

/** Options of {@link compareUrls}. */
export interface UrlCompareOptions extends ComparisonSettings {
  /** The request (or flows), load shape, guard rails and verdict settings; its own url is not used. */
  target: HttpTargetConfig;
  urls: { base: string; candidate: string };
  /** `--allow-remote` on the command line (the target's `allow_remote: true` allows as well). */
  allowRemote: boolean;
  /** Health URL or path checked on each deployment first (default: the target's). */
  health?: string | undefined;
  /** Warm-up slice before each measured slice, ms (default 200). */
  warmupMs?: number;
}

const RESAMPLES = 4000;
const ALPHA = 0.05;
const MINIMUM_FLOOR = 0.01;
const NOT_MEASURED = ['memory (max_rss) and CPU of the deployments: they run elsewhere and are not visible from here, so they are left out rather than estimated', 'throughput (capacity): perfflow does not drive a running deployment to its limit'];

/**
 * The request perfflow sends when the command line names no target: GET of the URL, 8 connections.
 * @param url - the base URL
 * @returns a target with every default filled in
 */
export function plainUrlTarget(url: string): HttpTargetConfig {
  return {
    name: 'deployments', kind: 'http', start: undefined, cwd: process.cwd(), env: {}, url, method: 'GET', headers: {}, body: undefined, connections: 8,
    durationMs: 5000, warmupMs: 1000, rate: undefined, readyTimeoutMs: 30_000, ignore: [], requests: [], objective: undefined, guards: {},
  };
}

function checkUrl(url: string, flag: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError('usage', `${flag} '${url}' is not a URL; write e.g. ${flag} https://staging.example.com/api/users`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError('usage', `${flag} '${displayUrl(url)}' must be an http or https URL`);
}

/** The target with guard rails for these two URLs: a rate cap and an error-rate abort by default when either is remote. */
function guarded(options: UrlCompareOptions): HttpTargetConfig {
  const { target, urls } = options;
  const remote = !isLoopbackUrl(urls.base) || !isLoopbackUrl(urls.candidate);
  const rails = target.guardRails;
  const maxRate = rails?.maxRate ?? (remote ? DEFAULT_REMOTE_MAX_RATE : undefined);
  if (target.rate !== undefined && maxRate !== undefined && target.rate > maxRate) {
    throw new InputError('usage', `the target's rate ${target.rate}/s is above the cap of ${maxRate}/s for these URLs; lower rate or set max_rate on the target`);
  }
  return {
    ...target,
    guardRails: {
      allowRemote: rails?.allowRemote ?? false,
      remote,
      host: hostOf(urls.base),
      health: options.health ?? rails?.health,
      healthTimeoutMs: rails?.healthTimeoutMs ?? 5000,
      maxRate,
      abortErrorRate: rails?.abortErrorRate ?? (remote ? DEFAULT_REMOTE_ABORT_ERROR_RATE : undefined),
    },
  };
}

function deployment(url: string): { url: string; host: string; remote: boolean } {
  return { url: displayUrl(url), host: hostOf(url), remote: !isLoopbackUrl(url) };
}

function comparisonOf(target: HttpTargetConfig, options: UrlCompareOptions, outcome: PairedOutcome, extra: { seed: number; budgetMs: number; environment: Record<string, unknown>; described: ReturnType<ReturnType<typeof openUrlPair>['describe']>; finishedAt: Date }): PerformanceComparison {
  const { schedule, metrics, behaviour, status, reasons, guards, objective } = outcome;
  const objectiveMetric = metrics.find((m) => m.role === 'objective');
  return {
    version: 2,
    target: target.name,
    kind: 'http',
    validation_status: status,
    status_reasons: reasons,
    objective: { metric: objective, direction: objectiveMetric?.direction ?? 'lower' },
    metrics,
    guards,
    harness: { source: { commit: 'none', label: target.name === 'deployments' ? 'the command line (GET of the URLs)' : `the target ${target.name} of the working tree's config` }, pinned: [], edited: [], added: [], tests_on_candidate: 'none' },
    noise_floor: {
      method: 'A/A calibration: the base URL measured a second time in every block like the candidate; floor = the size of its apparent effect against the base, at least the minimum',
      minimum: MINIMUM_FLOOR,
      objective: objectiveMetric?.noise_floor ?? MINIMUM_FLOOR,
    },
    behaviour,
    design: {
      pairs: schedule.blocks.length,
      trials_per_side: schedule.blocks.length,
      processes_per_side: null,
      unit: extra.described.unit,
      iterations: {},
      invalid_trials: extra.described.invalid_trials ?? 0,
      time_budget_ms: extra.budgetMs,
      elapsed_ms: Math.round(schedule.elapsedMs),
      stopped_by: schedule.stoppedBy,
      arms: 'the base URL (as the base and again as its A/A copy) and the candidate URL, each a slice of load, in a random order in every block',
      order_seed: extra.seed,
      estimator:
        '20% trimmed mean of the per-block log ratios (differences for rates) of the candidate against the mean of both base slices, expanded percentile bootstrap of the blocks (wider for few blocks); improved or regressed only when it differs significantly from each alone (intersection-union test; the objective at alpha, the guards Holm-adjusted among themselves) and beyond the floor',
      bootstrap_resamples: RESAMPLES,
      alpha: ALPHA,
      ...(outcome.sequential === null ? {} : { sequential: outcome.sequential }),
    },
    environment: extra.environment,
    base: { commit: 'deployment', ref: displayUrl(options.urls.base), dirty: false },
    candidate: { commit: 'deployment', ref: displayUrl(options.urls.candidate), dirty: false },
    base_dependencies: 'none',
    deployments: { base: deployment(options.urls.base), candidate: deployment(options.urls.candidate), not_measured: NOT_MEASURED },
    created_at: extra.finishedAt.toISOString(),
  };
}

/**
 * Compares two running deployments with the paired design: refuses a remote host that is not
 * allowed (before any request), checks each deployment's health, then measures base, its A/A copy
 * (the base URL again) and candidate in short slices in a random order in every block.
 * @param options - the URLs, the target whose request and guard rails apply, the budget
 * @returns the comparison and the raw blocks
 * @throws InputError for a bad or remote URL not allowed; TargetError `health-failed` or `error-rate-abort`
 */
export async function compareUrls(options: UrlCompareOptions): Promise<ComparisonOutcome> {
  checkUrl(options.urls.base, '--base-url');
  checkUrl(options.urls.candidate, '--candidate-url');
  const health = options.health ?? options.target.guardRails?.health;
  const absoluteHealth = health !== undefined && !health.startsWith('/') ? [{ url: health, key: 'the health URL' }] : [];
  refuseRemote([{ url: options.urls.base, key: '--base-url' }, { url: options.urls.candidate, key: '--candidate-url' }, ...absoluteHealth], options.allowRemote || options.target.guardRails?.allowRemote === true, 'pass --allow-remote, or add allow_remote: true to the target given with --target');
  const target = guarded(options);
  const rails = target.guardRails;
  const progress = options.progress ?? (() => undefined);
  if (rails?.health !== undefined) {
    for (const url of new Set([options.urls.base, options.urls.candidate])) {
      progress(`checking the health of ${displayUrl(new URL(rails.health, url).href)}`);
      await checkHealth(rails.health, url, rails.healthTimeoutMs);
    }
  }
  const clock = options.clock ?? (() => new Date());
  const seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
  const budgetMs = options.budgetMs ?? 60_000;
  const startedAt = clock();
  const runner = openUrlPair({ target, urls: options.urls, warmupMs: options.warmupMs ?? Math.min(200, target.warmupMs) });
  const measured = new Set(runner.metrics.map((m) => m.name));
  const guards = Object.fromEntries(Object.entries(target.guards).filter(([name]) => measured.has(name)));
  const outcome = await runPaired(runner, { budgetMs, minBlocks: options.minBlocks, seed, objective: options.objective ?? target.objective, guards, now: options.now, progress, resamples: RESAMPLES, alpha: ALPHA, sequential: options.sequential });
  const environment = { ...(await options.environment()), service: { remote: rails?.remote ?? false, base_host: hostOf(options.urls.base), candidate_host: hostOf(options.urls.candidate), max_rate: rails?.maxRate ?? null, abort_error_rate: rails?.abortErrorRate ?? null } };
  const finishedAt = clock();
  const comparison = comparisonOf(target, options, outcome, { seed, budgetMs, environment, described: runner.describe(), finishedAt });
  const results: BenchmarkResults = {
    version: 1, target: target.name, kind: 'http', base: { commit: 'deployment', dirty: false }, candidate: { commit: 'deployment', dirty: false },
    started_at: startedAt.toISOString(), finished_at: finishedAt.toISOString(), order_seed: seed, budget_ms: budgetMs, elapsed_ms: Math.round(outcome.schedule.elapsedMs),
    metrics: runner.metrics.map(({ name, unit, direction, scale }) => ({ name, unit, direction, scale })), blocks: outcome.schedule.blocks, environment,
  };
  return { comparison, results };
}
