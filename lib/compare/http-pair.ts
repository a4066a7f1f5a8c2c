import { readFileSync, writeFileSync } from 'node:fs';
import type { HttpTargetConfig } from '../config/load.js';
import { InputError, TargetError } from '../errors.js';
import { runLoad } from '../measure/load.js';
import type { LoadResult } from '../measure/load.js';
import { groupMembers } from '../measure/process-groups.js';
import { startServer } from '../measure/server.js';
import type { RunningServer } from '../measure/server.js';
import type { Arm, MetricSpec } from './analyze.js';
import { compareHttpResponses } from './behaviour.js';
import type { HttpSnapshot } from './behaviour.js';
import { TrialFailures } from './failures.js';
import type { PairedRunner } from './paired-runner.js';
import type { BehaviourCheck } from './status.js';

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

/**
 * Peak resident memory of a server's process group (Linux), KiB: the sum of each member's peak.
 * @param pgid - the server's process group
 * @returns KiB, or undefined where /proc is not available
 */
function peakRssKiB(pgid: number): number | undefined {
  let total = 0;
  let seen = false;
  for (const pid of groupMembers(pgid)) {
    try {
      const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match?.[1] !== undefined) {
        total += Number(match[1]);
        seen = true;
      }
    } catch {
      // The member is gone, or this is not Linux: it adds nothing.
    }
  }
  return seen ? total : undefined;
}

/** Resets the peak RSS of a group's members to their current RSS (Linux: `5` in /proc/<pid>/clear_refs). */
function resetPeakRss(pgid: number): void {
  for (const pid of groupMembers(pgid)) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      // Older kernel or not Linux: the peak then includes the warm-up, alike on every arm.
    }
  }
}

async function snapshot(url: string, request: { method: string; headers: Record<string, string>; body: string | undefined }): Promise<HttpSnapshot> {
  const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/**
 * P(X >= k) for X ~ Binomial(n, p), summed in log space so that large n do not underflow.
 * @param k - observed count
 * @param n - trials
 * @param p - probability of one
 * @returns the upper tail probability
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  let logPmf = n * Math.log1p(-p); // P(X = 0)
  let tail = 0;
  for (let i = 0; i < n; i += 1) {
    if (i >= k) tail += Math.exp(logPmf);
    logPmf += Math.log((n - i) / (i + 1)) + Math.log(p / (1 - p));
  }
  tail += Math.exp(logPmf); // i = n
  return Math.min(1, tail);
}

interface ErrorTally {
  requests: number;
  failed: number;
  kinds: Map<string, number>;
}

function tally(into: ErrorTally, result: LoadResult): void {
  into.requests += result.requests;
  into.failed += result.errors + result.non2xx;
  for (const [kind, count] of Object.entries(result.errorKinds)) into.kinds.set(kind, (into.kinds.get(kind) ?? 0) + count);
  for (const [status, count] of Object.entries(result.statusCodes)) {
    if (!/^2\d\d$/.test(status)) into.kinds.set(`status ${status}`, (into.kinds.get(`status ${status}`) ?? 0) + count);
  }
}

/**
 * Errors and non-2xx answers of the candidate against those of both copies of the base: a failed
 * check when the candidate's share is higher than chance allows (one-sided binomial test on how the
 * failed requests split between the arms, p < 0.01). A server that sheds load with fast errors reads
 * as faster; this is what stops it.
 * @param base - base and A/A copy together
 * @param candidate - the candidate
 * @returns the check
 */
export function errorShareCheck(base: ErrorTally, candidate: ErrorTally): BehaviourCheck {
  const name = 'errors and non-2xx answers';
  const total = base.failed + candidate.failed;
  const share = candidate.requests / Math.max(1, candidate.requests + base.requests);
  const p = binomialUpperTail(candidate.failed, total, share);
  const kinds = [...candidate.kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, c]) => `${k} x${c}`).join(', ');
  if (candidate.failed > 0 && p < 0.01) {
    return { name, kind: 'candidate-error', status: 'failed', detail: `the candidate answered ${candidate.failed} of ${candidate.requests} requests with an error or a non-2xx status (${kinds}), the base ${base.failed} of ${base.requests}` };
  }
  return { name, kind: 'candidate-error', status: 'passed', detail: `candidate ${candidate.failed} of ${candidate.requests}, base ${base.failed} of ${base.requests}: no more than chance` };
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
  const warmupMs = options.warmupMs ?? Math.min(target.warmupMs, 300);
  const capacityMs = options.capacityMs ?? 400;
  const loadShare = options.loadShare ?? 0.5;
  const failures = new TrialFailures(`the server '${start.text}'`, 'server-start');
  const errors: Record<'base' | 'candidate', ErrorTally> = { base: { requests: 0, failed: 0, kinds: new Map() }, candidate: { requests: 0, failed: 0, kinds: new Map() } };
  let rate = target.rate;
  let rateSource = 'the target\'s rate';
  let processes = 0;
  let invalid = 0;
  const latencyMs = (): number => Math.min(2000, Math.max(400, (LATENCY_SAMPLES / (rate ?? 100)) * 1000));
  const metrics: MetricSpec[] = [];
  const describeLoads = (): void => {
    const open = `open loop at ${(rate ?? 0).toFixed(rate !== undefined && rate < 10 ? 1 : 0)} req/s (${rateSource}), ${target.connections} connections`;
    const closed = `closed loop, ${target.connections} connections (capacity)`;
    metrics.splice(
      0,
      metrics.length,
      { name: 'latency_p50', unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: open },
      { name: 'latency_p99', unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: open },
      { name: 'throughput', unit: 'req/s', direction: 'higher', scale: 'log', minimumFloor: 0.01, load: closed },
      { name: 'error_rate', unit: 'share of requests', direction: 'lower', scale: 'difference', minimumFloor: 0.001, load: `${open}, then ${closed}` },
      { name: 'max_rss', unit: 'KiB', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: `peak during the ${open}` },
    );
  };
  describeLoads();
  const launch = (arm: Arm): Promise<RunningServer> =>
    startServer({ command: start.argv, cwd: options.cwd[arm], env: target.env, url: target.url, readyTimeoutMs: target.readyTimeoutMs });
  const load = (url: string, durationMs: number, openRate: number | undefined, minSamples: number): Promise<LoadResult> =>
    runLoad({ url, method: target.method, headers: target.headers, body: target.body, connections: target.connections, rate: openRate, durationMs, minSamples });
  const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
  return Promise.resolve<PairedRunner>({
    metrics,
    objective: 'latency_p50',
    behaviour: async (): Promise<BehaviourCheck[]> => {
      const base = await launch('base').catch((error: unknown) => {
        throw new TargetError('server-start', `base side: ${messageOf(error)}`, { cause: error });
      });
      let candidate: RunningServer;
      try {
        candidate = await launch('candidate');
      } catch (error) {
        await base.stop();
        failures.failAtOnce(`the server does not start: ${messageOf(error)}`);
        return [];
      }
      try {
        const requests = [{ method: target.method, path: '', headers: target.headers, body: target.body }, ...target.requests];
        const checks: BehaviourCheck[] = [];
        for (const request of requests) {
          const at = (server: RunningServer): string => (request.path === '' ? server.url : new URL(request.path, server.url).href);
          const label = `${request.method} ${request.path === '' ? new URL(base.url).pathname : request.path}`;
          const theirs = await snapshot(at(base), request);
          let ours: HttpSnapshot;
          try {
            ours = await snapshot(at(candidate), request);
          } catch (error) {
            checks.push({ name: `response to ${label}`, kind: 'http-response', status: 'failed', detail: `the candidate gave no answer: ${messageOf(error)}` });
            continue;
          }
          checks.push(compareHttpResponses(label, theirs, ours, target.ignore));
        }
        return checks;
      } finally {
        await Promise.all([base.stop(), candidate.stop()]);
      }
    },
    warmup: async () => {
      if (rate !== undefined || failures.settled()) return;
      // The offered load of the latency windows: half the base's capacity, measured once on a fresh
      // base server after the same warm-up every trial gets. The same rate for every arm throughout.
      const server = await launch('base').catch((error: unknown) => {
        throw new TargetError('server-start', `base side: ${messageOf(error)}`, { cause: error });
      });
      try {
        await load(server.url, warmupMs, undefined, 1);
        const capacity = await load(server.url, 1000, undefined, 1);
        const measured = capacity.throughputRps;
        rate = Math.max(1, Math.round(measured * loadShare * 10) / 10);
        rateSource = `${Math.round(loadShare * 100)}% of the base's capacity of ${measured.toFixed(0)} req/s`;
        describeLoads();
      } finally {
        await server.stop();
      }
    },
    trial: async (arm) => {
      let server: RunningServer;
      try {
        server = await launch(arm);
      } catch (error) {
        failures.record(arm, `the server does not start: ${messageOf(error)}`);
        return {};
      }
      processes += 1;
      const side = arm === 'candidate' ? 'candidate' : 'base';
      const life = { gone: false };
      void server.exited.then(() => {
        life.gone = true;
      });
      try {
        await load(server.url, warmupMs, undefined, 1);
        resetPeakRss(server.pid);
        const latency = await load(server.url, latencyMs(), rate, 5);
        const rss = peakRssKiB(server.pid);
        const capacity = await load(server.url, capacityMs, undefined, 5);
        tally(errors[side], latency);
        tally(errors[side], capacity);
        if (life.gone) {
          failures.record(arm, `the server exited during the trial: ${server.stderrTail(2)}`);
          return {};
        }
        failures.record(arm, null);
        if (latency.generator.saturated || capacity.generator.saturated) {
          invalid += 1;
          return {};
        }
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
      } finally {
        await server.stop();
      }
    },
    findings: () => [...failures.checks(), ...(errors.candidate.requests > 0 ? [errorShareCheck(errors.base, errors.candidate)] : [])],
    settled: () => failures.settled(),
    describe: () => ({
      unit: `one fresh server process per trial: ${warmupMs} ms closed-loop warm-up, ${latencyMs().toFixed(0)} ms open loop at ${(rate ?? 0).toFixed(1)} req/s (latency, memory), ${capacityMs} ms closed loop (capacity)`,
      processes_per_side: Math.floor(processes / 3),
      iterations: {},
      invalid_trials: invalid,
    }),
    close: () => Promise.resolve(),
  });
}
