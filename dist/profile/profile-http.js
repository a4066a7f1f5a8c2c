import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, TargetError } from '../errors.js';
import { targetLoad } from '../measure/http-load.js';
import { probeFlows } from '../measure/flow-probe.js';
import { readProcStat } from '../measure/process-groups.js';
import { startServer } from '../measure/server.js';
import { readCpuProfile } from './cpu-profile.js';
import { readCpuWaits } from './cpu-wait.js';
import { compiledProfileModule } from './harness-paths.js';
import { readEventLoopDelay } from './profile-command.js';
/** Linux CPU-time clock ticks per second (USER_HZ, 100 on mainstream kernels). */
const USER_HZ = 100;
async function waitFor(probe, timeoutMs, what) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = probe();
        if (value !== undefined)
            return value;
        if (Date.now() > deadline)
            throw new TargetError('server-exit', `the server did not ${what} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}
/**
 * Profiles an http server while it serves its measured load: perfflow starts it (same lifecycle
 * as the measurement engine) with a preload, drives it with the target's load, asks the preload
 * to start the V8 profiler and later to stop and write the profile, all while the server keeps
 * running; then stops it. The load just before profiling, in the same process, is the baseline of
 * the profiler's overhead.
 * @param options - the target, duration, sampling interval, directory
 * @returns the profiles (one per Node process of the server), event-loop delay and overhead
 * @throws InputError `invalid-config` when the target has no start command
 * @throws TargetError when the server does not start, is not a Node process, or dies
 */
export async function profileHttpTarget(options) {
    const { target, dir } = options;
    if (target.start === undefined) {
        throw new InputError('invalid-config', `targets['${target.name}'].http.start is missing: perfflow can only profile a server it starts; add the command that starts it`);
    }
    const controlTimeoutMs = options.controlTimeoutMs ?? 15_000;
    const server = await startServer({
        command: target.start.argv,
        cwd: target.cwd,
        env: { ...target.env, PERFFLOW_PROFILE_DIR: dir, PERFFLOW_PROFILE_MODE: 'on-demand', PERFFLOW_PROFILE_INTERVAL_US: String(Math.max(1, Math.round(options.intervalUs))) },
        url: target.url,
        readyTimeoutMs: target.readyTimeoutMs,
        nodeOptions: [`--import=${pathToFileURL(compiledProfileModule('preload')).href}`],
    });
    try {
        const pids = readdirSync(dir).flatMap((f) => /^ready-(\d+)\.json$/.exec(f)?.[1] ?? []).map(Number);
        if (pids.length === 0) {
            throw new TargetError('server-start', `'${target.start.text}' is not a Node.js server (no Node process loaded the profiler), so there is no V8 profile to take; measure it with 'perfflow bench ${target.name}' instead`);
        }
        const cpuTicks = () => pids.reduce((sum, pid) => sum + (readProcStat(pid)?.ticks ?? 0), 0);
        // Throughput per CPU-second of the server, not per wall second: on a shared machine a server under
        // closed-loop load is often bound by wake-up latency, which the profiler's sampling signals even
        // shorten, so wall-clock throughput can rise under the profiler and hide its cost.
        const load = async (durationMs) => {
            const before = cpuTicks();
            const result = await targetLoad(target, { url: server.url, connections: target.connections, rate: target.rate, durationMs, minSamples: 1 });
            const cpuSeconds = (cpuTicks() - before) / USER_HZ;
            return { result, perCpuSecond: cpuSeconds > 0 ? result.responses / cpuSeconds : 0 };
        };
        if (target.flows !== undefined)
            await probeFlows(target, server.url);
        await load(target.warmupMs);
        const plain = options.measureOverhead === false ? null : await load(Math.min(options.durationMs, 3000));
        const command = async (word, marker) => {
            writeFileSync(join(dir, 'command'), word);
            for (const pid of pids) {
                try {
                    process.kill(pid, 'SIGUSR2');
                }
                catch (error) {
                    throw new TargetError('server-exit', `the server process ${pid} is gone: ${server.stderrTail(3)}`, { cause: error });
                }
            }
            await waitFor(() => (pids.every((pid) => existsSync(join(dir, marker(pid)))) ? true : undefined), controlTimeoutMs, `${word} the profiler`);
        };
        await command('start', (pid) => `${pid}.started`);
        const { result: profiled, perCpuSecond } = await load(options.durationMs);
        await command('stop', (pid) => `${pid}.cpuprofile`);
        const profiles = pids.map((pid) => ({ path: join(dir, `${pid}.cpuprofile`), profile: readCpuProfile(join(dir, `${pid}.cpuprofile`)) }));
        const unit = target.flows === undefined ? 'requests' : 'flows';
        const overhead = plain === null || plain.perCpuSecond === 0 || perCpuSecond === 0 ? null : 1 - perCpuSecond / plain.perCpuSecond;
        return {
            profiles,
            eventLoop: readEventLoopDelay(dir),
            cpuWait: readCpuWaits(dir),
            overhead: {
                method: plain === null
                    ? 'not measured (overhead run skipped)'
                    : `${unit} per CPU-second of the same server process under the same load, ${Math.round(plain.result.durationMs)} ms without then ${Math.round(profiled.durationMs)} ms with the profiler (wall-clock ${Math.round(plain.result.throughputRps)} vs ${Math.round(profiled.throughputRps)} ${unit}/s)`,
                unprofiled_rate: plain === null ? null : Math.round(plain.perCpuSecond * 10) / 10,
                profiled_rate: Math.round(perCpuSecond * 10) / 10,
                unit: `${unit} per CPU-second`,
                overhead: overhead === null ? null : Math.round(overhead * 10_000) / 10_000,
            },
            load: {
                url: server.url.replace(/\?.*$/, ''),
                method: target.method,
                connections: target.connections,
                mode: profiled.mode,
                duration_ms: Math.round(profiled.durationMs),
                requests: profiled.responses,
                errors: profiled.errors,
                throughput_rps: Math.round(profiled.throughputRps * 10) / 10,
                p99_latency_us: Math.round(profiled.latencyUs.p99),
            },
            notes: profiles.length > 1 ? [`${profiles.length} Node processes of the server were profiled; their samples are analysed together`] : [],
        };
    }
    finally {
        await server.stop();
    }
}
