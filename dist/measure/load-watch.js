// What runs every 50 ms while a load run lasts: opening and closing the measured window, timing out
// requests, giving up at the drain deadline and reporting progress. It also watches the generator
// itself, its CPU and event-loop delay over the window, which tell whether the generator rather
// than the server was the limit.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { abandonInFlight, maybeDone, timeOutRequests } from './load-connections.js';
import { endRun, endWindowNow, liveCounts } from './load-run.js';
import { dropUnsent } from './load-schedule.js';
/**
 * Starts watching the generator: at once when there is no warm-up, else when the window opens.
 * @param timeline - the run's timeline
 * @returns the watch
 */
export function watchGenerator(timeline) {
    const watch = {
        measuring: false,
        cpuStart: process.cpuUsage(),
        windowStartedAt: timeline.measureStart,
        windowEndedAt: timeline.measureEnd,
        loopDelay: monitorEventLoopDelay({ resolution: 10 }),
    };
    if (timeline.warmupMs === 0) {
        watch.measuring = true;
        watch.loopDelay.enable();
    }
    return watch;
}
/**
 * Stops watching the generator.
 * @param watch - the watch
 * @returns its CPU and event-loop delay over the window
 */
export function stopWatch(watch) {
    const cpu = process.cpuUsage(watch.cpuStart);
    watch.loopDelay.disable();
    // Recording is exact (by origin time); the CPU window follows the 50 ms ticker.
    const cpuPercent = ((cpu.user + cpu.system) / 1000 / Math.max(1, watch.windowEndedAt - watch.windowStartedAt)) * 100;
    const eventLoopDelayP99Ms = watch.loopDelay.count === 0 ? 0 : watch.loopDelay.percentile(99) / 1e6;
    return { cpuPercent, eventLoopDelayP99Ms };
}
/**
 * Starts the 50 ms ticker of a run.
 * @param run - the run
 * @param watch - the generator's watch
 * @param options - the run's options, for `onProgress`
 * @returns the interval, to clear once the run is finished
 */
export function startTicker(run, watch, options) {
    const { t0, warmupMs, durationMs } = run.timeline;
    let lastProgress = t0;
    return setInterval(() => {
        const now = performance.now();
        tick(run, watch, now);
        if (now - lastProgress >= 1000) {
            lastProgress = now;
            options.onProgress?.(Math.min(now - t0, warmupMs + durationMs), warmupMs + durationMs);
            if (options.stopIf !== undefined && run.phase === 'load' && watch.measuring && options.stopIf(liveCounts(run.tally)))
                endWindowNow(run.timeline, now);
        }
    }, 50);
}
/** Moves the run through its phases and times out requests. */
function tick(run, watch, now) {
    const timeline = run.timeline;
    if (!watch.measuring && now >= timeline.measureStart && run.phase === 'load') {
        watch.measuring = true;
        watch.windowStartedAt = now;
        watch.cpuStart = process.cpuUsage();
        watch.loopDelay.enable();
    }
    if (run.phase === 'load' && now >= timeline.measureEnd) {
        run.phase = 'drain';
        watch.windowEndedAt = now;
        maybeDone(run);
    }
    if (run.phase === 'drain' && now >= timeline.drainDeadline) {
        abandonInFlight(run);
        if (run.queue !== undefined)
            dropUnsent(run.queue, run.tally, timeline.measureStart);
        endRun(run);
    }
    timeOutRequests(run, now);
}
