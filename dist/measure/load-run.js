// The state one load run shares between its connections (load-connections.ts), its open-loop schedule
// (load-schedule.ts) and its 50 ms watch (load-watch.ts). It is made once per run and updated in
// place, so that sending and answering a request allocate nothing.
import { performance } from 'node:perf_hooks';
/**
 * The timeline of a run starting now.
 * @param options - warm-up, duration and timeout of {@link LoadOptions}
 * @param t0 - the start, from `performance.now()`
 * @returns the timeline
 */
export function loadTimeline(options, t0) {
    const warmupMs = options.warmupMs ?? 0;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const measureStart = t0 + warmupMs;
    const measureEnd = measureStart + options.durationMs;
    const drainDeadline = measureEnd + Math.min(timeoutMs, Math.max(1000, options.durationMs));
    return { t0, warmupMs, durationMs: options.durationMs, measureStart, measureEnd, drainDeadline, timeoutMs };
}
/**
 * A run in its load phase, with no connection yet.
 * @param target - where to connect and what to send
 * @param timeline - when to measure
 * @param tally - where to count
 * @param queue - the open loop's due requests, undefined in closed loop
 * @returns the run
 */
export function newLoadRun(target, timeline, tally, queue) {
    let finish = () => undefined;
    const finished = new Promise((resolve) => {
        finish = resolve;
    });
    return { phase: 'load', target, timeline, tally, queue, connections: [], finished, finish };
}
/**
 * The window's counts so far, for {@link LoadOptions.stopIf}.
 * @param tally - the run's tally
 * @returns requests and failed ones (no answer, or an answer outside 2xx)
 */
export function liveCounts(tally) {
    let non2xx = 0;
    tally.statuses.forEach((count, status) => {
        if (count > 0 && (status < 200 || status > 299))
            non2xx += count;
    });
    return { requests: tally.requests, failed: tally.errors + non2xx };
}
/**
 * Ends the measured window now and abandons what is in flight (a stop asked by `stopIf`).
 * @param timeline - the run's timeline, changed in place
 * @param now - the time, from `performance.now()`
 */
export function endWindowNow(timeline, now) {
    timeline.measureEnd = Math.min(timeline.measureEnd, now);
    timeline.drainDeadline = Math.min(timeline.drainDeadline, now);
}
/**
 * Ends the run: nothing more is sent, and `finished` resolves.
 * @param run - the run
 */
export function endRun(run) {
    run.phase = 'done';
    run.finish();
}
/**
 * Sends the run's request on a connection; it is recorded when it was intended in the measured window.
 * @param run - the run
 * @param conn - a connection with no request in flight
 * @param origin - where the request's latency counts from
 * @param intended - when the request was meant to go out
 */
export function send(run, conn, origin, intended) {
    const socket = conn.socket;
    if (socket === undefined)
        return;
    const now = performance.now();
    conn.busy = true;
    conn.origin = origin;
    conn.sentAt = now;
    conn.record = intended >= run.timeline.measureStart && intended < run.timeline.measureEnd;
    conn.parser.headRequest = run.target.headRequest;
    if (conn.record)
        run.tally.requests += 1;
    socket.write(run.target.request);
}
