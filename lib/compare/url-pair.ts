// The paired comparison of two running deployments (`perfflow compare --base-url --candidate-url`):
// nothing is started or checked out. The arms are the base URL (twice: the base and its A/A copy)
// and the candidate URL, loaded in short alternating slices in a random order in every block.
import type { HttpTargetConfig } from '../config/target-config.js';
import { displayUrl } from '../config/remote-host.js';
import { TargetError } from '../errors.js';
import { reasonOf } from '../measure/health-check.js';
import { loadUnit } from '../measure/http-load.js';
import { loadSlice, newErrorWatch } from '../measure/guarded-load.js';
import type { ErrorWatch } from '../measure/guarded-load.js';
import type { LoadResult } from '../measure/load.js';
import type { Arm, MetricSpec } from './analyze.js';
import { errorShareCheck, tally } from './error-share.js';
import type { ErrorTally } from './error-share.js';
import { compareAnswers } from './http-pair.js';
import type { PairedRunner } from './paired-runner.js';

/** Options of {@link openUrlPair}. */
export interface UrlPairOptions {
  /** The request (or flows), load shape and guard rails; its own url is not used. */
  target: HttpTargetConfig;
  /** The two deployments. */
  urls: { base: string; candidate: string };
  /** Load before each measured slice, ms (default 200). */
  warmupMs?: number;
  /** Share of the base's capacity offered when neither the target's rate nor a rate cap sets the load (default 0.5; loopback only). */
  loadShare?: number;
}

/** Requests a measured slice aims for; it lasts between 0.4 s and 2 s to get them. */
const SLICE_SAMPLES = 60;

/** What a URL comparison settles and counts while it runs. */
interface UrlPairState {
  rate: number | undefined;
  rateSource: string;
  metrics: MetricSpec[];
  slices: number;
  invalid: number;
  errors: Record<'base' | 'candidate', ErrorTally>;
  watches: Map<string, ErrorWatch>;
}

function sliceMs(rate: number | undefined): number {
  return Math.min(2000, Math.max(400, (SLICE_SAMPLES / (rate ?? 100)) * 1000));
}

/** Memory and CPU of a deployment are not visible from here: the metrics are latency and errors only. */
function describeMetrics(target: HttpTargetConfig, state: UrlPairState): void {
  const per = loadUnit(target) === 'flow' ? 'flows' : 'req';
  const open = `open loop at ${(state.rate ?? 0).toFixed(1)} ${per}/s (${state.rateSource}), ${target.connections} connections`;
  state.metrics.splice(
    0,
    state.metrics.length,
    { name: 'latency_p50', unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: open },
    { name: 'latency_p99', unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: open },
    { name: 'error_rate', unit: per === 'flows' ? 'share of flows failed (any step)' : 'share of requests', direction: 'lower', scale: 'difference', minimumFloor: 0.001, load: open },
  );
}

function urlOf(options: UrlPairOptions, arm: Arm): string {
  return arm === 'candidate' ? options.urls.candidate : options.urls.base;
}

function watchOf(target: HttpTargetConfig, state: UrlPairState, url: string): ErrorWatch | undefined {
  const limit = target.guardRails?.abortErrorRate;
  if (limit === undefined) return undefined;
  const known = state.watches.get(url);
  if (known !== undefined) return known;
  const watch = newErrorWatch(url, limit);
  state.watches.set(url, watch);
  return watch;
}

/** The offered load when neither the target nor its cap sets one: a share of the base's capacity, measured once (loopback only: a cap is always set for a remote host). */
async function settleRate(options: UrlPairOptions, state: UrlPairState, warmupMs: number): Promise<void> {
  const { target } = options;
  const cap = target.guardRails?.maxRate;
  if (state.rate !== undefined) return;
  if (cap !== undefined) {
    state.rate = cap;
    state.rateSource = 'the max_rate cap';
  } else {
    const watch = watchOf(target, state, options.urls.base);
    await loadSlice(target, { url: options.urls.base, connections: target.connections, durationMs: warmupMs, minSamples: 1 }, watch);
    const capacity = await loadSlice(target, { url: options.urls.base, connections: target.connections, durationMs: 1000, minSamples: 1 }, watch);
    const share = options.loadShare ?? 0.5;
    state.rate = Math.max(1, Math.round(capacity.throughputRps * share * 10) / 10);
    state.rateSource = `${Math.round(share * 100)}% of the base's capacity of ${capacity.throughputRps.toFixed(0)}/s`;
  }
  describeMetrics(target, state);
}

function sliceValues(result: LoadResult): Record<string, number> {
  const values: Record<string, number> = { error_rate: (result.errors + result.non2xx) / Math.max(1, result.requests) };
  if (result.responses > 0) {
    values.latency_p50 = result.latencyUs.p50;
    values.latency_p99 = result.latencyUs.p99;
  }
  return values;
}

/** Measured slices one trial may take when the generator, not the service, fell behind (a loaded machine). */
const SLICE_ATTEMPTS = 3;

/**
 * One trial: a short warm-up slice, then the measured slice at the offered rate, against the arm's
 * URL. A slice in which the generator itself fell behind (late sends, a stalled event loop) is
 * dropped and measured again at once, at most {@link SLICE_ATTEMPTS} times: the decision looks at
 * the generator's own timing only, never at the service's figures.
 */
async function runSlice(options: UrlPairOptions, state: UrlPairState, arm: Arm, warmupMs: number): Promise<Record<string, number>> {
  const { target } = options;
  const url = urlOf(options, arm);
  const watch = watchOf(target, state, url);
  const shape = { url, connections: target.connections, rate: state.rate };
  if (warmupMs > 0) await loadSlice(target, { ...shape, durationMs: warmupMs, minSamples: 1 }, watch);
  for (let attempt = 0; attempt < SLICE_ATTEMPTS; attempt += 1) {
    const result = await loadSlice(target, { ...shape, durationMs: sliceMs(state.rate), minSamples: 5 }, watch);
    state.slices += 1;
    tally(state.errors[arm === 'candidate' ? 'candidate' : 'base'], result);
    if (!result.generator.saturated) return sliceValues(result);
    state.invalid += 1;
  }
  return {};
}

/**
 * Prepares a paired comparison of two running deployments. Each trial is a slice of load against
 * one URL: a short warm-up, then a measured slice in open loop at one offered load for every arm
 * (the target's rate, else its max_rate, else on loopback half the base's capacity), never above
 * the cap, stopped for good when the error share passes abort_error_rate. The A/A copy is the base
 * URL measured again in its own slices, so the noise floor is the base against itself. Memory and
 * CPU of a deployment are not visible: the metrics are latency p50 and p99 and the error rate.
 * @param options - the target and the two URLs
 * @returns the runner
 */
export function openUrlPair(options: UrlPairOptions): PairedRunner {
  const { target } = options;
  const warmupMs = options.warmupMs ?? 200;
  const cap = target.guardRails?.maxRate;
  const rate = target.rate === undefined ? undefined : Math.min(target.rate, cap ?? Number.POSITIVE_INFINITY);
  const state: UrlPairState = {
    rate,
    rateSource: rate === target.rate ? "the target's rate" : 'the max_rate cap',
    metrics: [],
    slices: 0,
    invalid: 0,
    errors: { base: { requests: 0, failed: 0, kinds: new Map() }, candidate: { requests: 0, failed: 0, kinds: new Map() } },
    watches: new Map(),
  };
  describeMetrics(target, state);
  const per = loadUnit(target) === 'flow' ? 'flows' : 'req';
  return {
    metrics: state.metrics,
    objective: 'latency_p50',
    behaviour: () =>
      compareAnswers(target, options.urls.base, options.urls.candidate).catch((error: unknown) => {
        // The candidate's failures are checks (compareAnswers); a base that gives no answer leaves nothing to compare with.
        throw new TargetError('server-start', `the base ${displayUrl(options.urls.base)} gives no answer: ${reasonOf(error, 30_000)}`, { cause: error });
      }),
    warmup: () => settleRate(options, state, warmupMs),
    trial: (arm) => runSlice(options, state, arm, warmupMs),
    findings: () => (state.errors.candidate.requests > 0 ? [errorShareCheck(state.errors.base, state.errors.candidate)] : []),
    settled: () => false,
    describe: () => ({
      unit: `one slice of load per trial against the arm's URL (base ${displayUrl(options.urls.base)}, candidate ${displayUrl(options.urls.candidate)}): ${warmupMs} ms warm-up, ${sliceMs(state.rate).toFixed(0)} ms open loop at ${(state.rate ?? 0).toFixed(1)} ${per}/s; nothing started, nothing checked out`,
      processes_per_side: null,
      iterations: {},
      invalid_trials: state.invalid,
    }),
    close: () => Promise.resolve(),
  };
}
