import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TargetError } from '../errors.js';
import { redactText, secretValuesFromEnv } from '../security/redact.js';
import { readRecordedWaits } from './analyze-waits.js';
import { readCpuProfile } from './cpu-profile.js';
import { readCpuWaits } from './cpu-wait.js';
import { compiledProfileModule } from './harness-paths.js';
function quoteOption(value) {
    return /[\s"\\]/.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : value;
}
async function runOnce(argv, cwd, env, timeoutMs) {
    const [program, ...args] = argv;
    if (program === undefined)
        throw new TargetError('command-failed', 'the command is empty');
    const started = performance.now();
    // Its own process group, so a timeout ends the command and everything it started.
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const timer = setTimeout(() => {
        try {
            if (child.pid !== undefined)
                process.kill(-child.pid, 'SIGKILL');
        }
        catch {
            // Already gone.
        }
    }, timeoutMs);
    try {
        return await new Promise((resolve, reject) => {
            child.once('error', (error) => {
                reject(new TargetError('command-failed', `cannot run '${program}': ${error.message}`, { cause: error }));
            });
            child.once('close', (code, signal) => {
                resolve({ code, signal, wallMs: performance.now() - started, stderr });
            });
        });
    }
    finally {
        clearTimeout(timer);
    }
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
/** Whether a profiled run awaited any operation of the user's code (its processes' `<pid>.waits.json`). */
function awaitedAnything(dir) {
    return readRecordedWaits(dir).some((r) => r.requests.some((q) => q.ops.length > 0));
}
/**
 * Reads the event-loop delay the preload wrote for each profiled process (`<pid>.eld.json`).
 * @param dir - the profile directory
 * @returns the delay of the process with the worst p99, or null when none was written
 */
export function readEventLoopDelay(dir) {
    const files = readdirSync(dir);
    let worst = null;
    for (const name of files.filter((f) => f.endsWith('.eld.json'))) {
        let parsed;
        try {
            parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
        }
        catch {
            // A process killed mid-write leaves no statistics; the others still count.
            continue;
        }
        if (typeof parsed !== 'object' || parsed === null)
            continue;
        const v = parsed;
        const num = (key) => (typeof v[key] === 'number' ? v[key] : 0);
        if (num('count') === 0)
            continue;
        const delay = { p50_ms: num('p50_ms'), p99_ms: num('p99_ms'), max_ms: num('max_ms'), mean_ms: num('mean_ms'), turns: num('count') };
        if (worst === null || delay.p99_ms > worst.p99_ms)
            worst = delay;
    }
    return worst;
}
/**
 * Profiles a command. Every Node process it starts (directly or through a shell or npm) loads the
 * profiling preload through NODE_OPTIONS, which writes its V8 profile, event-loop delay and the
 * operations the run awaited at exit; a command that starts no Node process gets its timing only.
 * A run that awaited operations is repeated (`runs`), so its waits have intervals across runs.
 * @param options - the command, directory, sampling interval and output directory
 * @returns the profiles, or the timing of a program that is not Node
 * @throws TargetError `command-failed` when the command cannot start or exits with an error
 */
export async function profileCommand(options) {
    const timeoutMs = options.timeoutMs ?? 120_000;
    const base = { ...process.env, ...options.env };
    const check = (result, what) => {
        if (result.code !== 0) {
            const tail = redactText(result.stderr.trim().split('\n').slice(-3).join(' | '), secretValuesFromEnv(base));
            const how = result.signal !== null ? `was killed by ${result.signal}${result.wallMs >= timeoutMs ? ` after the ${timeoutMs} ms timeout` : ''}` : `exited with code ${String(result.code)}`;
            throw new TargetError('command-failed', `the command ${what}${how}${tail === '' ? '' : `: ${tail}`}`);
        }
    };
    let unprofiledMs = null;
    if (options.measureOverhead !== false) {
        const plain = await runOnce(options.argv, options.cwd, base, timeoutMs);
        check(plain, '');
        unprofiledMs = plain.wallMs;
    }
    // Node 20 refuses --cpu-prof in NODE_OPTIONS, so the preload starts the same V8 profiler through
    // node:inspector and writes it at exit; every Node process the command starts inherits it.
    const nodeOptions = [base.NODE_OPTIONS ?? '', `--import=${quoteOption(pathToFileURL(compiledProfileModule('preload')).href)}`]
        .filter((s) => s !== '')
        .join(' ');
    const env = {
        ...base,
        NODE_OPTIONS: nodeOptions,
        PERFFLOW_PROFILE_DIR: options.dir,
        PERFFLOW_PROFILE_MODE: 'exit',
        PERFFLOW_PROFILE_INTERVAL_US: String(Math.max(1, Math.round(options.intervalUs))),
    };
    const walls = [];
    const runs = Math.max(1, options.runs ?? 1);
    for (let run = 1; run <= runs; run += 1) {
        const profiled = await runOnce(options.argv, options.cwd, { ...env, PERFFLOW_PROFILE_RUN: String(run) }, timeoutMs);
        check(profiled, 'under the profiler ');
        walls.push(profiled.wallMs);
        if (run === 1 && !awaitedAnything(options.dir))
            break;
    }
    const files = readdirSync(options.dir);
    const profileFiles = files.filter((f) => f.endsWith('.cpuprofile')).sort();
    const wallMs = median(walls);
    if (profileFiles.length === 0)
        return { node: false, wallMs };
    const profiles = profileFiles.map((name) => ({ path: join(options.dir, name), profile: readCpuProfile(join(options.dir, name)) }));
    const unprofiledRate = unprofiledMs === null ? null : 1000 / unprofiledMs;
    const profiledRate = 1000 / wallMs;
    const several = walls.length > 1 ? `the median of ${walls.length} profiled runs` : 'one with the profiler';
    return {
        node: true,
        wallMs,
        runs: walls.length,
        raw: {
            profiles,
            eventLoop: readEventLoopDelay(options.dir),
            cpuWait: readCpuWaits(options.dir),
            overhead: {
                method: unprofiledMs === null ? 'not measured (overhead run skipped)' : `runs per second of the whole command, one run without the profiler then ${several} (${Math.round(unprofiledMs)} ms vs ${Math.round(wallMs)} ms, process start included)`,
                unprofiled_rate: unprofiledRate === null ? null : Math.round(unprofiledRate * 1000) / 1000,
                profiled_rate: Math.round(profiledRate * 1000) / 1000,
                unit: 'runs/s',
                overhead: unprofiledRate === null ? null : Math.round((1 - profiledRate / unprofiledRate) * 10_000) / 10_000,
            },
            load: { command: redactText(options.argv.join(' '), secretValuesFromEnv(base)), wall_ms: Math.round(wallMs), runs: walls.length },
            notes: profiles.length > 1 ? [`${profiles.length} Node processes were profiled${walls.length > 1 ? ` in ${walls.length} runs` : ''}; their samples are analysed together`] : [],
        },
    };
}
