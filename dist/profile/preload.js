// Loaded into a profiled Node process through NODE_OPTIONS (`--import`; Node 20 does not accept
// --cpu-prof there). It never changes what the program does; it only watches it through the V8
// profiler of node:inspector and perf_hooks' event-loop delay histogram:
// - mode `exit` (commands): profiles from load to exit and writes `<pid>.cpuprofile` at exit (the
//   in-thread inspector session answers synchronously, so this works inside the 'exit' handler).
// - mode `on-demand` (servers, which never exit on their own): announces itself with
//   `ready-<pid>.json`, then on SIGUSR2 reads `command` in the control directory and starts the
//   profiler (`start`) or stops it and writes `<pid>.cpuprofile` (`stop`) while the server keeps
//   serving.
// Event-loop delay is recorded while profiling and written as `<pid>.eld.json`, the main thread's
// time on a CPU and waiting for one (cpu-wait.ts) as `<pid>.sched.json`; where each request
// waited (wait-recorder.ts) as `<pid>.waits.json`, unless PERFFLOW_PROFILE_WAITS=0: a server's
// requests, or a command's whole run as one followed call (PERFFLOW_PROFILE_RUN names the run, so
// the processes of one run are joined). Files are written to a temp name and renamed, so a reader
// never sees half a profile.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { threadTimes, timesBetween } from './cpu-wait.js';
import { followCall, installWaitRecorder, startWaits, stopWaits } from './wait-recorder.js';
const dir = process.env.PERFFLOW_PROFILE_DIR;
const mode = process.env.PERFFLOW_PROFILE_MODE;
const intervalUs = Number(process.env.PERFFLOW_PROFILE_INTERVAL_US ?? '1000');
function writeAtomic(path, text) {
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, path);
}
function delayOf(histogram) {
    const ms = (ns) => (Number.isFinite(ns) ? ns / 1e6 : 0);
    return {
        p50_ms: ms(histogram.percentile(50)),
        p99_ms: ms(histogram.percentile(99)),
        max_ms: ms(histogram.max),
        mean_ms: ms(histogram.mean),
        count: histogram.count,
    };
}
function post(session, method, params) {
    return new Promise((resolve, reject) => {
        session.post(method, params ?? {}, (error, result) => {
            if (error === null)
                resolve(result);
            else
                reject(error);
        });
    });
}
function profileOf(result) {
    return typeof result === 'object' && result !== null ? result.profile : undefined;
}
if (dir !== undefined && (mode === 'exit' || mode === 'on-demand')) {
    const waits = process.env.PERFFLOW_PROFILE_WAITS !== '0';
    const run = process.env.PERFFLOW_PROFILE_RUN ?? null;
    if (waits)
        installWaitRecorder();
    const session = new Session();
    session.connect();
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    let running = false;
    let timesAtStart = null;
    const start = () => {
        if (running)
            return;
        timesAtStart = threadTimes();
        session.post('Profiler.enable');
        session.post('Profiler.setSamplingInterval', { interval: intervalUs });
        session.post('Profiler.start');
        histogram.reset();
        histogram.enable();
        if (waits)
            startWaits({ requests: mode === 'on-demand' });
        running = true;
    };
    /** Writes what was recorded; `timesAtStop` is read before the profiler stops (building the profile is work no sample covers). */
    const stopAndWrite = (profile, timesAtStop) => {
        histogram.disable();
        const times = timesBetween(timesAtStart, timesAtStop);
        if (times !== null)
            writeAtomic(join(dir, `${process.pid}.sched.json`), JSON.stringify(times));
        writeAtomic(join(dir, `${process.pid}.eld.json`), JSON.stringify(delayOf(histogram)));
        if (waits)
            writeAtomic(join(dir, `${process.pid}.waits.json`), JSON.stringify({ ...stopWaits(), run, time_origin: performance.timeOrigin }));
        writeAtomic(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(profile));
    };
    if (mode === 'exit') {
        start();
        // The whole run is one followed call: a variable names it, so no async hook is needed.
        const ended = waits ? followCall(`run ${run ?? '1'}`) : null;
        process.on('exit', () => {
            ended?.();
            const timesAtStop = threadTimes();
            session.post('Profiler.stop', (error, result) => {
                if (error !== null)
                    return;
                try {
                    stopAndWrite(result.profile, timesAtStop);
                }
                catch {
                    // The directory may be gone when the parent gave up; the program's own exit matters more.
                }
            });
        });
    }
    else {
        let busy = Promise.resolve();
        process.on('SIGUSR2', () => {
            let command = '';
            try {
                command = readFileSync(join(dir, 'command'), 'utf8').trim();
            }
            catch {
                // No command file: nothing was asked.
                return;
            }
            busy = busy
                .then(async () => {
                if (command === 'start') {
                    start();
                    writeAtomic(join(dir, `${process.pid}.started`), String(Date.now()));
                }
                else if (command === 'stop' && running) {
                    running = false;
                    const timesAtStop = threadTimes();
                    stopAndWrite(profileOf(await post(session, 'Profiler.stop')), timesAtStop);
                }
            })
                .catch((error) => {
                writeAtomic(join(dir, `${process.pid}.error`), error instanceof Error ? error.message : String(error));
            });
        });
        writeAtomic(join(dir, `ready-${process.pid}.json`), JSON.stringify({ pid: process.pid, argv: process.argv.slice(1) }));
    }
}
