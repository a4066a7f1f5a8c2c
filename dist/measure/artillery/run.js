// Runs Artillery as a child in its own process group: the group is killed on abort, on perfflow's
// own SIGINT/SIGTERM (process-groups.ts) and when the run overstays, so no worker outlives it.
// Its output is watched for the measured phase's start and end (reported to the caller; on a busy
// machine Artillery prints them seconds late), and its CPU is sampled every 100 ms so that the
// generator's CPU over the load window the report states can be worked out afterwards.
import { spawn } from 'node:child_process';
import { TargetError } from '../../errors.js';
import { groupMembers, readProcStat, signalGroup, trackGroup, untrackGroup } from '../process-groups.js';
import { MEASURE_PHASE } from './script.js';
/** Linux CPU clock ticks per second (USER_HZ; see resources.ts). */
const TICKS_PER_SECOND = 100;
/**
 * The CPU the Artillery process group used over a window, from the run's samples.
 * @param run - the run
 * @param fromMs - window start, epoch ms
 * @param toMs - window end, epoch ms
 * @returns percent of one core, or null when fewer than two samples fall around the window
 */
export function cpuPercentOver(run, fromMs, toMs) {
    const before = [...run.cpu].reverse().find((c) => c.at <= fromMs) ?? run.cpu[0];
    const after = run.cpu.find((c) => c.at >= toMs) ?? run.cpu[run.cpu.length - 1];
    if (before === undefined || after === undefined || after.at - before.at < 200)
        return null;
    return ((after.ticks - before.ticks) / TICKS_PER_SECOND / ((after.at - before.at) / 1000)) * 100;
}
function groupTicks(pgid) {
    let ticks = 0;
    for (const pid of groupMembers(pgid))
        ticks += readProcStat(pid)?.ticks ?? 0;
    return ticks;
}
/**
 * Runs Artillery once and waits for it.
 * @param argv - the program (node) and its arguments (launcher, command, flags, script)
 * @param options - working directory, extra environment (secrets), a deadline, an abort signal, and a
 *   callback at the measured phase's start and end
 * @returns when it started, its CPU samples and the output's tail
 * @throws TargetError `command-failed` when Artillery exits non-zero, overstays or is aborted
 */
export function runArtillery(argv, options) {
    const [program, ...args] = argv;
    if (program === undefined)
        return Promise.reject(new TargetError('command-failed', 'no Artillery command'));
    const started = Date.now();
    // Telemetry off: a measurement sends nothing anywhere but to the target.
    const env = { ...process.env, ...options.env, ARTILLERY_DISABLE_TELEMETRY: 'true', NO_COLOR: '1' };
    const child = spawn(program, args, { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid !== undefined)
        trackGroup(pid);
    let output = '';
    const seen = { start: false, end: false };
    const cpu = [];
    const sampler = setInterval(() => {
        if (pid !== undefined)
            cpu.push({ at: Date.now(), ticks: groupTicks(pid) });
    }, 100);
    const onData = (chunk) => {
        const text = chunk.toString('utf8');
        output = (output + text).slice(-8192);
        for (const [event, words] of [['start', 'Phase started'], ['end', 'Phase completed']]) {
            if (!seen[event] && text.includes(`${words}: ${MEASURE_PHASE}`)) {
                seen[event] = true;
                options.onPhase?.(event);
            }
        }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const kill = () => {
        if (pid !== undefined)
            signalGroup(pid, 'SIGKILL');
    };
    const timer = setTimeout(kill, options.timeoutMs);
    options.signal?.addEventListener('abort', kill, { once: true });
    return new Promise((resolve, reject) => {
        const done = (code, signal, error) => {
            clearTimeout(timer);
            clearInterval(sampler);
            options.signal?.removeEventListener('abort', kill);
            if (pid !== undefined) {
                signalGroup(pid, 'SIGKILL'); // worker threads end with the leader; anything it spawned goes too
                untrackGroup(pid);
            }
            const tail = output.trim().split('\n').slice(-5).join(' | ');
            if (error !== undefined || code !== 0) {
                const why = error?.message ?? (options.signal?.aborted === true ? 'aborted' : Date.now() - started >= options.timeoutMs ? `no result within ${String(Math.round(options.timeoutMs / 1000))} s` : `exit ${signal ?? `code ${String(code)}`}`);
                reject(new TargetError('command-failed', `artillery failed (${why}); last output: ${tail}`));
                return;
            }
            resolve({ spawnedAt: started, cpu, tail });
        };
        child.on('error', (error) => {
            done(null, null, error);
        });
        child.on('close', (code, signal) => {
            done(code, signal);
        });
    });
}
