import type { HttpTargetConfig } from '../config/load.js';
import { InputError, TargetError } from '../errors.js';
import { loadSlice } from '../measure/guarded-load.js';
import { loadUnit } from '../measure/http-load.js';
import type { LoadResult } from '../measure/load.js';
import { peakRssKiB, resetPeakRss } from '../measure/peak-rss.js';
import { startServer } from '../measure/server.js';
import type { RunningServer } from '../measure/server.js';
import type { Arm, MetricSpec } from './analyze.js';
import { compareHttpResponses } from './behaviour.js';
import { compareFlows } from './flow-behaviour.js';
import type { HttpSnapshot } from './behaviour.js';
import { errorShareCheck, tally } from './error-share.js';
import type { ErrorTally } from './error-share.js';
import { TrialFailures } from './failures.js';
import type { PairedRunner } from './paired-runner.js';
import type { BehaviourCheck } from './status.js';

export { binomialUpperTail, errorShareCheck } from './error-share.js';

/** Options of {@link openHttpPair}. */
export interface HttpPairOptions {
  /** The (pinned) target. */
  target: HttpTargetConfig;
  /** Working directory of the server command in each arm's checkout. */
  cwd: Record<Arm, string>;
  /** Closed-loop warm-up of each fresh server, ms (default: the target's warm-up, at most 300 ms). */
  warmupMs?: number;
  /** Share of the base's capacity offered in the latency window when the target sets no rate (default 0.5). */
  loadShare?: number;
  /** Closed-loop capacity window, ms (default 400). */
  capacityMs?: number;
}

/** Requests the latency window aims for; the window lasts between 0.4 s and 2 s to get them. */
const LATENCY_SAMPLES = 60;

async function snapshot(url: string, request: { method: string; headers: Record<string, string>; body: string | undefined }): Promise<HttpSnapshot> {
  const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/** What every phase of an http pair needs: the target, its settings, and how to start and load a server. */
interface HttpPair {
  target: HttpTargetConfig;
  warmupMs: number;
  capacityMs: number;
  loadShare: number;
  failures: TrialFailures;
  launch: (arm: Arm) => Promise<RunningServer>;
  load: (url: string, durationMs: number, openRate: number | undefined, minSamples: number) => Promise<LoadResult>;
}

/** What the trials of an http pair have settled or counted so far. */
interface HttpPairState {
  /** The offered load of the latency windows, req/s; undefined until the warm-up measures it. */
  rate: number | undefined;
  rateSource: string;
  /** The runner's metrics, described again once the rate is known. */
  metrics: MetricSpec[];
  processes: number;
  invalid: number;
  errors: Record<'base' | 'candidate', ErrorTally>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The metrics of an http target, in order (`perfflow ci` counts them before the target runs). */
export const HTTP_METRIC_NAMES = ['latency_p50', 'latency_p99', 'throughput', 'error_rate', 'max_rss'] as const;
type HttpMetricName = (typeof HTTP_METRIC_NAMES)[number];

/** How long a latency window lasts at an offered rate, ms. */
function latencyMs(rate: number | undefined): number {
  return Math.min(2000, Math.max(400, (LATENCY_SAMPLES / (rate ?? 100)) * 1000));
}

/** Describes the metrics again with the loads they are measured at (the rate may be known only after the warm-up). */
function describeLoads(target: HttpTargetConfig, state: HttpPairState): void {
  const { rate, rateSource } = state;
  const flows = loadUnit(target) === 'flow';
  const per = flows ? 'flows' : 'req';
  const users = flows ? 'virtual users' : 'connections';
  const open = `open loop at ${(rate ?? 0).toFixed(rate !== undefined && rate < 10 ? 1 : 0)} ${per}/s (${rateSource}), ${target.connections} ${users}`;
  const closed = `closed loop, ${target.connections} ${users} (capacity)`;
  const specs: Record<HttpMetricName, Omit<MetricSpec, 'name'>> = {
    latency_p50: { unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: open },
    latency_p99: { unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: open },
    throughput: { unit: `${per}/s`, direction: 'higher', scale: 'log', minimumFloor: 0.01, load: closed },
    error_rate: { unit: flows ? 'share of flows failed (any step)' : 'share of requests', direction: 'lower', scale: 'difference', minimumFloor: 0.001, load: `${open}, then ${closed}` },
    max_rss: { unit: 'KiB', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: `peak during the ${open}` },
  };
  state.metrics.splice(0, state.metrics.length, ...HTTP_METRIC_NAMES.map((name) => ({ name, ...specs[name] })));
}

/** Starts a base server; a base that does not start is a target that cannot run. */
function launchBase(pair: HttpPair): Promise<RunningServer> {
  return pair.launch('base').catch((error: unknown) => {
    throw new TargetError('server-start', `base side: ${messageOf(error)}`, { cause: error });
  });
}

/**
 * Sends the target's request (or runs its flows) and every extra request to base and candidate and
 * compares the answers.
 * @param target - the target: its request or flows, extra requests and ignored fields
 * @param baseUrl - the base's url (port filled in)
 * @param candidateUrl - the candidate's url
 * @returns one check per request and flow
 */
export async function compareAnswers(target: HttpTargetConfig, baseUrl: string, candidateUrl: string): Promise<BehaviourCheck[]> {
  const checks: BehaviourCheck[] = target.flows === undefined ? [] : await compareFlows(target, baseUrl, candidateUrl);
  const own = target.flows === undefined ? [{ method: target.method, path: '', headers: target.headers, body: target.body }] : [];
  const requests = [...own, ...target.requests];
  for (const request of requests) {
    const at = (url: string): string => (request.path === '' ? url : new URL(request.path, url).href);
    const label = `${request.method} ${request.path === '' ? new URL(baseUrl).pathname : request.path}`;
    const theirs = await snapshot(at(baseUrl), request);
    let ours: HttpSnapshot;
    try {
      ours = await snapshot(at(candidateUrl), request);
    } catch (error) {
      checks.push({ name: `response to ${label}`, kind: 'http-response', status: 'failed', detail: `the candidate gave no answer: ${messageOf(error)}` });
      continue;
    }
    checks.push(compareHttpResponses(label, theirs, ours, target.ignore));
  }
  return checks;
}

/** The behaviour checks: a base and a candidate server side by side, asked the same requests. */
async function behaviourChecks(pair: HttpPair): Promise<BehaviourCheck[]> {
  const base = await launchBase(pair);
  let candidate: RunningServer;
  try {
    candidate = await pair.launch('candidate');
  } catch (error) {
    await base.stop();
    pair.failures.failAtOnce(`the server does not start: ${messageOf(error)}`);
    return [];
  }
  try {
    return await compareAnswers(pair.target, base.url, candidate.url);
  } finally {
    await Promise.all([base.stop(), candidate.stop()]);
  }
}

/**
 * The offered load of the latency windows when the target sets none: a share of the base's capacity,
 * measured once on a fresh base server after the same warm-up every trial gets. The same rate for
 * every arm throughout.
 */
async function measureOfferedRate(pair: HttpPair, state: HttpPairState): Promise<void> {
  const server = await launchBase(pair);
  try {
    await pair.load(server.url, pair.warmupMs, undefined, 1);
    const capacity = await pair.load(server.url, 1000, undefined, 1);
    const measured = capacity.throughputRps;
    state.rate = Math.max(1, Math.round(measured * pair.loadShare * 10) / 10);
    state.rateSource = `${Math.round(pair.loadShare * 100)}% of the base's capacity of ${measured.toFixed(0)} ${loadUnit(pair.target) === 'flow' ? 'flows' : 'req'}/s`;
    describeLoads(pair.target, state);
  } finally {
    await server.stop();
  }
}

/** The metrics of one trial; latency and throughput only when the window got answers. */
function trialValues(latency: LoadResult, capacity: LoadResult, rss: number | undefined): Record<string, number> {
  const values: Record<string, number> = {
    error_rate: (latency.errors + latency.non2xx + capacity.errors + capacity.non2xx) / Math.max(1, latency.requests + capacity.requests),
  };
  if (latency.responses > 0) {
    values.latency_p50 = latency.latencyUs.p50;
    values.latency_p99 = latency.latencyUs.p99;
  }
  if (capacity.responses > 0) values.throughput = capacity.throughputRps;
  if (rss !== undefined) values.max_rss = rss;
  return values;
}

/** Measures a started server in the three phases of a trial: warm-up, latency window (with peak memory), capacity window. */
async function measureServer(pair: HttpPair, state: HttpPairState, arm: Arm, server: RunningServer): Promise<Record<string, number>> {
  const side = arm === 'candidate' ? 'candidate' : 'base';
  const life = { gone: false };
  void server.exited.then(() => {
    life.gone = true;
  });
  await pair.load(server.url, pair.warmupMs, undefined, 1);
  resetPeakRss(server.pid);
  const latency = await pair.load(server.url, latencyMs(state.rate), state.rate, 5);
  const rss = peakRssKiB(server.pid);
  const capacity = await pair.load(server.url, pair.capacityMs, undefined, 5);
  tally(state.errors[side], latency);
  tally(state.errors[side], capacity);
  if (life.gone) {
    pair.failures.record(arm, `the server exited during the trial: ${server.stderrTail(2)}`);
    return {};
  }
  pair.failures.record(arm, null);
  if (latency.generator.saturated || capacity.generator.saturated) {
    state.invalid += 1;
    return {};
  }
  return trialValues(latency, capacity, rss);
}

/** One trial of one arm: a fresh server from the arm's checkout, measured, then stopped. */
async function runTrial(pair: HttpPair, state: HttpPairState, arm: Arm): Promise<Record<string, number>> {
  let server: RunningServer;
  try {
    server = await pair.launch(arm);
  } catch (error) {
    pair.failures.record(arm, `the server does not start: ${messageOf(error)}`);
    return {};
  }
  state.processes += 1;
  try {
    return await measureServer(pair, state, arm, server);
  } finally {
    await server.stop();
  }
}

/**
 * Prepares an http target for a paired comparison. The process is the unit: every trial starts a
 * fresh server for its arm from that arm's checkout and measures it in three phases: a short
 * closed-loop warm-up (JIT and heap settle; without it, fresh processes differ by ~10% among
 * themselves), a latency window in open loop at one offered load for every arm (the target's
 * `rate`, else half the base's capacity measured before the trials), during which the peak memory
 * is taken, and a closed-loop window that measures capacity. So latency and memory are compared at
 * equal offered load, and throughput is capacity. Metrics: latency p50 and p99 (µs), throughput
 * (req/s), error rate, peak memory of the server's process group.
 * @param options - the target and each arm's working directory
 * @returns the runner
 * @throws InputError `usage` for a target without a start command (both sides would hit one server)
 */
export function openHttpPair(options: HttpPairOptions): Promise<PairedRunner> {
  const { target } = options;
  const start = target.start;
  if (start === undefined) {
    return Promise.reject(
      new InputError('usage', `target ${target.name} has no http.start: perfflow must start base and candidate servers itself to compare them; add the command that starts the server`),
    );
  }
  const pair: HttpPair = {
    target,
    warmupMs: options.warmupMs ?? Math.min(target.warmupMs, 300),
    capacityMs: options.capacityMs ?? 400,
    loadShare: options.loadShare ?? 0.5,
    failures: new TrialFailures(`the server '${start.text}'`, 'server-start'),
    launch: (arm) => startServer({ command: start.argv, cwd: options.cwd[arm], env: target.env, url: target.url, readyTimeoutMs: target.readyTimeoutMs }),
    // Through the guard rails: a target with max_rate is never loaded above it, here either.
    load: (url, durationMs, openRate, minSamples) => loadSlice(target, { url, connections: target.connections, rate: openRate, durationMs, minSamples }),
  };
  const state: HttpPairState = {
    rate: target.rate,
    rateSource: 'the target\'s rate',
    metrics: [],
    processes: 0,
    invalid: 0,
    errors: { base: { requests: 0, failed: 0, kinds: new Map() }, candidate: { requests: 0, failed: 0, kinds: new Map() } },
  };
  describeLoads(target, state);
  return Promise.resolve<PairedRunner>({
    metrics: state.metrics,
    objective: 'latency_p50',
    behaviour: () => behaviourChecks(pair),
    warmup: async () => {
      if (state.rate !== undefined || pair.failures.settled()) return;
      await measureOfferedRate(pair, state);
    },
    trial: (arm) => runTrial(pair, state, arm),
    findings: () => [...pair.failures.checks(), ...(state.errors.candidate.requests > 0 ? [errorShareCheck(state.errors.base, state.errors.candidate)] : [])],
    settled: () => pair.failures.settled(),
    describe: () => ({
      unit: `${target.engine === undefined ? '' : 'builtin load generator (engine: artillery is for baselines: its start-up of seconds per run outlasts a trial; docs/staging.md), '}one fresh server process per trial: ${pair.warmupMs} ms closed-loop warm-up, ${latencyMs(state.rate).toFixed(0)} ms open loop at ${(state.rate ?? 0).toFixed(1)} ${loadUnit(target) === 'flow' ? 'flows' : 'req'}/s (latency, memory), ${pair.capacityMs} ms closed loop (capacity)`,
      processes_per_side: Math.floor(state.processes / 3),
      iterations: {},
      invalid_trials: state.invalid,
    }),
    close: () => Promise.resolve(),
  });
}
