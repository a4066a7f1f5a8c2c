// Measures an http target with Artillery instead of the builtin generator: the same server
// lifecycle and flow probe as measure-http.ts, a warm-up run and a measured run, each one
// `artillery run` (or run-lambda / run-fargate), read back into baseline-metrics' shape with the
// figures Artillery does not give left out and named.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpTargetConfig } from '../../config/target-config.js';
import type { Environment, HttpMetrics } from '../../contracts/baseline-metrics.js';
import { healthOf } from '../measure-http.js';
import type { HttpMeasurement, HttpOverrides } from '../measure-http.js';
import { createNodeProbe, sampleResources } from '../resources.js';
import { reachService } from '../reach-service.js';
import type { RunningServer } from '../server.js';
import { ARTILLERY_RESOLUTION_US } from './report.js';
import { runArtilleryLoad } from './artillery-load.js';
import type { ArtilleryLoad } from './artillery-load.js';
import type { ArtilleryEngine } from './command.js';

/** Figures the builtin generator gives and Artillery does not, and why. */
const ALWAYS_MISSING = [
  'latency stddev: Artillery summarizes its histograms without one',
  'generator event-loop delay and send lag: Artillery does not report them',
  'latency from the due time when the generator lags: Artillery times a virtual user from when it started it, so arrivals a busy generator starts late are not charged for the delay (its arrivals count is checked instead)',
];

/** Why a run cannot be trusted: arrivals Artillery did not start, or a generator near its CPU limit. */
function invalidReasons(load: ArtilleryLoad, platform: ArtilleryEngine['platform']): string[] {
  const reasons: string[] = [];
  const { intended, started } = load.arrivals;
  if (started < 0.95 * intended) reasons.push(`Artillery started ${String(started)} of ${String(intended)} arrivals: it could not hold the rate, so the figures are the generator's; lower the rate or add workers`);
  const cpu = load.cpuPercent;
  if (platform === 'local' && cpu !== null && cpu >= 90 * load.workers) {
    reasons.push(`Artillery used ${cpu.toFixed(0)}% CPU across its ${String(load.workers)} worker thread(s) (limit ${String(90 * load.workers)}%): the timings are the generator's; lower the rate`);
  }
  return reasons;
}

function notMeasured(load: ArtilleryLoad, platform: ArtilleryEngine['platform'], target: HttpTargetConfig): string[] {
  return [
    ...ALWAYS_MISSING,
    ...(platform === 'local' ? [] : ['generator CPU: the load came from AWS workers, whose CPU perfflow cannot see']),
    ...(target.start === undefined ? [] : ['server CPU and memory means: sampled from Artillery\'s printed phase start to its printed phase end, which a busy machine delays by seconds, so the means may include idle time (the maxima do not suffer)']),
    ...(target.flows !== undefined ? ['per-step unexpected status and failed captures: Artillery counts a failed capture among the step\'s errors and does not check expected statuses'] : []),
    ...load.notes,
  ];
}

function httpMetrics(target: HttpTargetConfig, engine: ArtilleryEngine, url: string, load: ArtilleryLoad, warmupMs: number, connections: number, rate: number): HttpMetrics {
  const f = load.figures;
  const cpu = engine.platform === 'local' ? load.cpuPercent : null;
  return {
    url,
    method: target.method,
    mode: 'open',
    connections,
    rate,
    duration_ms: load.windowMs,
    warmup_ms: warmupMs,
    latency_us: f.latencyUs,
    latency_resolution_us: ARTILLERY_RESOLUTION_US,
    requests: f.requests,
    responses: f.responses,
    throughput_rps: (f.responses / load.windowMs) * 1000,
    errors: f.errors,
    error_rate: f.errors / Math.max(1, f.requests),
    non_2xx: f.non2xx,
    non_2xx_rate: f.non2xx / Math.max(1, f.responses),
    status_codes: f.statusCodes,
    error_kinds: f.errorKinds,
    bytes_read: f.bytesRead,
    bytes_per_second: (f.bytesRead / load.windowMs) * 1000,
    generator: { ...(cpu === null ? {} : { cpu_percent: cpu }), send_lag_p99_ms: null, saturated: invalidReasons(load, engine.platform).length > 0 },
    ...(load.flow === undefined ? {} : { flow: load.flow }),
    not_measured: notMeasured(load, engine.platform, target),
  };
}

/**
 * Measures an http target through Artillery: starts its server when it has a start command (else
 * loads the url as it is, whoever runs it), runs each flow once, warms up with a short Artillery run
 * at the same rate, then measures one run while sampling the server's resources over the measured
 * phase only (Artillery's start-up of several seconds is left out).
 * @param target - the target, with engine artillery
 * @param engine - platform, workers, region
 * @param options - overrides and a progress reporter
 * @returns the measurement, with the engine for the environment block
 * @throws InputError `missing-engine` when Artillery is not installed; TargetError when the server or Artillery fails
 */
export async function measureHttpWithArtillery(
  target: HttpTargetConfig,
  engine: ArtilleryEngine,
  options: { overrides?: HttpOverrides; progress?: (message: string) => void } = {},
): Promise<HttpMeasurement> {
  const o = options.overrides ?? {};
  const rate = o.rate ?? target.rate ?? 0;
  const connections = o.connections ?? target.connections;
  const warmupMs = o.warmupMs ?? target.warmupMs;
  const progress = options.progress ?? (() => undefined);
  const resolveFrom = [target.cwd, dirname(fileURLToPath(import.meta.url))];
  const probe = createNodeProbe();
  let server: RunningServer | undefined;
  try {
    // AWS workers load the url from elsewhere: whether it answers from here says nothing about them.
    const reached = await reachService(target, probe, { progress, probeAnswers: engine.platform === 'local' });
    const { url } = reached;
    server = reached.server;
    const shape = { url, rate, connections };
    if (warmupMs > 0) {
      progress(`warming up through Artillery for ${(warmupMs / 1000).toFixed(0)} s (plus its start-up)`);
      await runArtilleryLoad(target, engine, { ...shape, durationMs: warmupMs }, { resolveFrom });
    }
    const pid = server?.pid;
    let sampler: ReturnType<typeof sampleResources> | undefined;
    let resources: HttpMeasurement['resources'] = null;
    progress(`measuring through Artillery (${engine.platform}) at ${String(rate)}/s for ${((o.durationMs ?? target.durationMs) / 1000).toFixed(0)} s`);
    const load = await runArtilleryLoad(target, engine, { ...shape, durationMs: o.durationMs ?? target.durationMs }, {
      resolveFrom,
      onPhase: (event) => {
        if (event === 'start' && pid !== undefined) sampler = sampleResources(pid, { probe });
        if (event === 'end') resources = sampler?.stop() ?? null;
      },
    });
    resources ??= sampler?.stop() ?? null;
    const http = httpMetrics(target, engine, url, load, warmupMs, connections, rate);
    const loadEngine: NonNullable<Environment['load_engine']> = {
      name: 'artillery', version: load.install.version, platform: engine.platform, workers: load.workers,
      ...(engine.region === undefined ? {} : { region: engine.region }),
    };
    const health = healthOf({ ...load.figures, ...(load.flow === undefined ? {} : { flow: load.flow }) });
    return { http, resources, load: { responses: load.figures.responses, errors: load.figures.errors }, warmupResponses: 0, healthReasons: health, invalidReasons: invalidReasons(load, engine.platform), loadEngine };
  } finally {
    await server?.stop();
    probe.dispose();
  }
}
