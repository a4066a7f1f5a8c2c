import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { runLoad } from '../measure/load.js';
import { startServer } from '../measure/server.js';
import { compareHttpResponses } from './behaviour.js';
const METRICS = [
    { name: 'latency_p50', unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01 },
    { name: 'latency_p99', unit: 'µs', direction: 'lower', scale: 'log', minimumFloor: 0.01 },
    { name: 'throughput', unit: 'req/s', direction: 'higher', scale: 'log', minimumFloor: 0.01 },
    { name: 'error_rate', unit: 'share of requests', direction: 'lower', scale: 'difference', minimumFloor: 0.001 },
    { name: 'max_rss', unit: 'KiB', direction: 'lower', scale: 'log', minimumFloor: 0.01 },
];
function sideOf(arm) {
    return arm === 'candidate' ? 'candidate' : 'base';
}
/** Peak resident memory of a process (Linux), KiB; undefined where /proc is not available. */
function peakRssKiB(pid) {
    try {
        const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match?.[1] === undefined ? undefined : Number(match[1]);
    }
    catch {
        return undefined; // not Linux, or the process is gone: memory is simply not reported
    }
}
async function snapshot(url, request) {
    const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
    const headers = {};
    response.headers.forEach((value, key) => {
        headers[key] = value;
    });
    return { status: response.status, headers, body: await response.text() };
}
/**
 * Prepares an http target for a paired comparison. The process is the unit: every trial starts a
 * fresh server for its arm (base from the worktree, candidate from the working tree), warms it,
 * measures it under the target's load with the shared load generator, and stops it. Metrics: median
 * and p99 latency (µs), throughput, error rate (errors and non-2xx per request), peak server memory.
 * A trial in which the load generator saturated is dropped (counted in `invalid_trials`).
 * @param options - the target and both working directories
 * @returns the runner
 * @throws InputError `usage` for a target without a start command (both sides would hit one server)
 */
export function openHttpPair(options) {
    const { target } = options;
    const start = target.start;
    if (start === undefined) {
        return Promise.reject(new InputError('usage', `target ${target.name} has no http.start: perfflow must start base and candidate servers itself to compare them; add the command that starts the server`));
    }
    const trialMs = options.trialMs ?? Math.min(target.durationMs, 1500);
    const warmupMs = options.warmupMs ?? Math.min(target.warmupMs, 500);
    let processes = 0;
    let invalid = 0;
    const launch = (side) => startServer({ command: start.argv, cwd: options.cwd[side], env: target.env, url: target.url, readyTimeoutMs: target.readyTimeoutMs }).catch((error) => {
        if (error instanceof Error)
            error.message = `${side} side: ${error.message}`;
        throw error;
    });
    const load = (url, durationMs, warmup) => runLoad({ url, method: target.method, headers: target.headers, body: target.body, connections: target.connections, rate: target.rate, durationMs, warmupMs: warmup, minSamples: 20 });
    return Promise.resolve({
        metrics: METRICS,
        objective: 'latency_p50',
        behaviour: async () => {
            const servers = { base: await launch('base'), candidate: await launch('candidate') };
            try {
                const requests = [{ method: target.method, path: '', headers: target.headers, body: target.body }, ...target.requests];
                const checks = [];
                for (const request of requests) {
                    const at = (server) => (request.path === '' ? server.url : new URL(request.path, server.url).href);
                    const label = `${request.method} ${request.path === '' ? new URL(servers.base.url).pathname : request.path}`;
                    checks.push(compareHttpResponses(label, await snapshot(at(servers.base), request), await snapshot(at(servers.candidate), request), target.ignore));
                }
                return checks;
            }
            finally {
                await Promise.all([servers.base.stop(), servers.candidate.stop()]);
            }
        },
        warmup: () => Promise.resolve(),
        trial: async (arm) => {
            const server = await launch(sideOf(arm));
            processes += 1;
            try {
                const result = await load(server.url, trialMs, warmupMs);
                const rss = peakRssKiB(server.pid);
                if (!result.valid) {
                    invalid += 1;
                    return {};
                }
                const values = {
                    latency_p50: result.latencyUs.p50,
                    latency_p99: result.latencyUs.p99,
                    throughput: result.throughputRps,
                    error_rate: result.requests === 0 ? 1 : (result.errors + result.non2xx) / result.requests,
                };
                if (rss !== undefined)
                    values.max_rss = rss;
                return values;
            }
            finally {
                await server.stop();
            }
        },
        describe: () => ({
            unit: `one fresh server process per trial, ${warmupMs} ms warm-up then ${trialMs} ms of load`,
            processes_per_side: Math.floor(processes / 3),
            iterations: {},
            invalid_trials: invalid,
        }),
        close: () => Promise.resolve(),
    });
}
