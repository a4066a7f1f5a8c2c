import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TargetError } from '../errors.js';
import { readCpuProfile } from './cpu-profile.js';
import { compiledProfileModule } from './harness-paths.js';
function isReply(value) {
    return typeof value === 'object' && value !== null && typeof value.ok === 'boolean';
}
/**
 * Profiles a function target in its own process through node:inspector: the tasks run round-robin,
 * first without the profiler (the rate the overhead is measured against), then with it.
 * @param options - module, tasks, duration, sampling interval, output directory
 * @returns the profile and the measured overhead
 * @throws TargetError `module-failed` when the module cannot be loaded or a task throws
 */
export async function profileFunctionTarget(options) {
    if (!existsSync(options.file))
        throw new TargetError('module-failed', `the task module ${options.file} does not exist`);
    const profilePath = join(options.dir, 'function.cpuprofile');
    const request = {
        file: options.file,
        tasks: options.tasks ?? null,
        durationMs: options.durationMs,
        overheadMs: options.overheadMs ?? Math.min(options.durationMs, 1000),
        warmupMs: options.warmupMs ?? 300,
        intervalUs: options.intervalUs,
        profilePath,
        waitsMs: options.waitsMs ?? Math.min(options.durationMs, 2000),
        waitsPath: options.waitsMs === 0 ? null : join(options.dir, 'calls.waits.json'),
    };
    const child = fork(compiledProfileModule('function-child'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    const reply = await new Promise((resolve) => {
        child.once('message', (message) => {
            resolve(isReply(message) ? message : { ok: false, message: 'the runner sent an unreadable reply' });
        });
        child.once('exit', (code) => {
            resolve({ ok: false, message: `the runner exited with code ${String(code)} before answering: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
        });
        child.send(request);
    });
    if (!reply.ok) {
        child.kill();
        throw new TargetError('module-failed', `profiling ${options.file} failed: ${reply.message}`);
    }
    const unprofiledRate = reply.unprofiled.calls / (reply.unprofiled.ms / 1000);
    const profiledRate = reply.profiled.calls / (reply.profiled.ms / 1000);
    return {
        profiles: [{ path: profilePath, profile: readCpuProfile(profilePath) }],
        eventLoop: null,
        cpuWait: reply.sched === null ? null : { ...reply.sched, processes: 1 },
        overhead: {
            method: `calls per second of the same task loop in the same process: ${Math.round(reply.profiled.ms)} ms profiled between two unprofiled halves of ${Math.round(reply.unprofiled.ms)} ms in all`,
            unprofiled_rate: Math.round(unprofiledRate * 10) / 10,
            profiled_rate: Math.round(profiledRate * 10) / 10,
            unit: 'calls/s',
            overhead: Math.round((1 - profiledRate / unprofiledRate) * 10_000) / 10_000,
        },
        load: { tasks: reply.tasks.join(', '), calls: reply.profiled.calls },
        notes: [],
    };
}
