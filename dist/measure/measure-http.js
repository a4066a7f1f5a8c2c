import { TargetError } from '../errors.js';
import { measureHttpWithArtillery } from './artillery/measure-artillery.js';
import { cappedRate, loadSlice, newErrorWatch } from './guarded-load.js';
import { loadUnit } from './http-load.js';
import { createNodeProbe, sampleResources } from './resources.js';
import { reachService } from './reach-service.js';
function describeCounts(counts) {
    return Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(', ');
}
/**
 * Judges the health of a load result: failed requests and non-2xx answers make a baseline unhealthy
 * (a baseline of error pages measures the wrong thing).
 * @param load - the load result
 * @returns one reason per problem, empty when healthy
 */
export function healthOf(load) {
    const reasons = [];
    const unit = load.flow === undefined ? 'requests' : 'flows';
    if (load.errors > 0) {
        reasons.push(`${String(load.errors)} of ${String(load.requests)} ${unit} failed (${describeCounts(load.errorKinds)}), error rate ${(100 * (load.errors / Math.max(1, load.requests))).toFixed(2)}%`);
    }
    if (load.non2xx > 0) {
        const bad = Object.fromEntries(Object.entries(load.statusCodes).filter(([code]) => !code.startsWith('2')));
        const server = Object.entries(bad).filter(([code]) => code.startsWith('5')).reduce((s, [, n]) => s + n, 0);
        reasons.push(`${String(load.non2xx)} of ${String(load.responses)} responses were not 2xx (${describeCounts(bad)})${server > 0 ? `: the server answers with errors (5xx)` : ''}`);
    }
    return reasons;
}
/**
 * The per-flow and per-step figures as baseline-metrics.json writes them.
 * @param f - the flow load's summary
 * @returns the `http.flow` block
 */
export function flowMetrics(f) {
    return {
        flows: f.flows,
        steps: f.steps.map((s) => ({
            flow: s.flow,
            name: s.name,
            method: s.method,
            url: s.url,
            requests: s.requests,
            responses: s.responses,
            errors: s.errors,
            error_kinds: s.errorKinds,
            non_2xx: s.non2xx,
            status_codes: s.statusCodes,
            unexpected_status: s.unexpectedStatus,
            capture_failures: s.captureFailures,
            latency_us: s.latencyUs,
        })),
        think_ms: f.thinkMs,
    };
}
/** The unmeasured load before the window; with an error watch, in slices of a second, each checked. */
async function warmUp(target, shape, warmupMs, watch) {
    if (watch === undefined)
        return (await loadSlice(target, { ...shape, durationMs: warmupMs, minSamples: 0 })).responses;
    let responses = 0;
    for (let left = warmupMs; left > 0; left -= 1000)
        responses += (await loadSlice(target, { ...shape, durationMs: Math.min(1000, left), minSamples: 0 }, watch)).responses;
    return responses;
}
/**
 * Measures an http target: starts its server (PORT in the environment, the Node probe in
 * NODE_OPTIONS), warms up, drives the measured load while sampling the server's resources, and
 * stops the server whatever happens.
 * @param target - the target from the config
 * @param options - overrides and a progress reporter
 * @returns the metrics, resources and the reasons the result is unhealthy or invalid
 * @throws TargetError `server-start`/`port-taken` when the server cannot be started, `server-exit`
 * when it dies during the measurement
 */
export async function measureHttp(target, options = {}) {
    if (target.engine?.name === 'artillery')
        return measureHttpWithArtillery(target, target.engine, options);
    const o = options.overrides ?? {};
    const durationMs = o.durationMs ?? target.durationMs;
    const warmupMs = o.warmupMs ?? target.warmupMs;
    const connections = o.connections ?? target.connections;
    const rails = target.guardRails;
    const rate = cappedRate(o.rate ?? target.rate, rails?.maxRate);
    const progress = options.progress ?? (() => undefined);
    const probe = createNodeProbe();
    let server;
    try {
        const reached = await reachService(target, probe, { progress });
        const { url } = reached;
        server = reached.server;
        const watch = rails?.abortErrorRate === undefined ? undefined : newErrorWatch(url, rails.abortErrorRate);
        const shape = { url, connections, rate };
        let warmupResponses = 0;
        if (warmupMs > 0) {
            progress(`warming up for ${(warmupMs / 1000).toFixed(1)} s`);
            warmupResponses = await warmUp(target, shape, warmupMs, watch);
        }
        const sampler = server === undefined ? undefined : sampleResources(server.pid, { probe });
        const unit = loadUnit(target);
        progress(`measuring for ${(durationMs / 1000).toFixed(1)} s (${rate === undefined ? `${String(connections)} ${unit === 'flow' ? 'virtual users' : 'connections'}, closed loop` : `${String(rate)} ${unit}s/s, open loop`})`);
        // With abort_error_rate the measured window is checked when it ends (the builtin generator measures it in one piece); the warm-up before it, second by second.
        const onProgress = (elapsed, total) => {
            progress(`measuring ${(elapsed / 1000).toFixed(0)}/${(total / 1000).toFixed(0)} s`);
        };
        const load = await loadSlice(target, { ...shape, durationMs, onProgress }, watch);
        const resources = sampler?.stop() ?? null;
        if (server !== undefined) {
            const exit = await Promise.race([server.exited, Promise.resolve(undefined)]);
            if (exit !== undefined) {
                throw new TargetError('server-exit', `the server exited (${exit.signal ?? `code ${String(exit.code)}`}) during the measurement; last output: ${server.stderrTail(5).split('\n').join(' | ')}`);
            }
        }
        const http = {
            url,
            method: target.method,
            mode: load.mode,
            connections,
            rate: load.rate,
            duration_ms: load.durationMs,
            warmup_ms: warmupMs,
            latency_us: load.latencyUs,
            latency_resolution_us: load.resolutionUs,
            requests: load.requests,
            responses: load.responses,
            throughput_rps: load.throughputRps,
            errors: load.errors,
            error_rate: load.errors / Math.max(1, load.requests),
            non_2xx: load.non2xx,
            non_2xx_rate: load.non2xx / Math.max(1, load.responses),
            status_codes: load.statusCodes,
            error_kinds: load.errorKinds,
            bytes_read: load.bytesRead,
            bytes_per_second: load.bytesPerSecond,
            generator: {
                cpu_percent: load.generator.cpuPercent,
                event_loop_delay_p99_ms: load.generator.eventLoopDelayP99Ms,
                send_lag_p99_ms: load.generator.sendLagP99Ms,
                saturated: load.generator.saturated,
            },
            ...(load.flow === undefined ? {} : { flow: flowMetrics(load.flow) }),
        };
        return { http, resources, load, warmupResponses, healthReasons: healthOf(load), invalidReasons: load.invalidReasons };
    }
    finally {
        await server?.stop();
        probe.dispose();
    }
}
