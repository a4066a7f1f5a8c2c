// The web-vital figures of one page load, computed from the raw performance entries the page
// recorded. Pure functions, so their definitions are tested against hand-computed values.
/** A long task's share over this many ms blocks input (the total-blocking-time definition). */
export const BLOCKING_THRESHOLD_MS = 50;
/** A CLS session window closes after this gap without shifts, ms. */
const SESSION_GAP_MS = 1000;
/** A CLS session window spans at most this long, ms. */
const SESSION_MAX_MS = 5000;
/**
 * Cumulative layout shift by session windows: shifts without recent input are grouped into windows
 * (a new one after a 1 s gap or once a window spans 5 s); CLS is the largest window's sum.
 * @param shifts - the page's layout shifts
 * @returns CLS (unitless), 0 without shifts
 */
export function cumulativeLayoutShift(shifts) {
    let best = 0;
    let sum = 0;
    let first = Number.NEGATIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const s of [...shifts].filter((x) => !x.input).sort((a, b) => a.t - b.t)) {
        if (s.t - last > SESSION_GAP_MS || s.t - first > SESSION_MAX_MS) {
            sum = 0;
            first = s.t;
        }
        sum += s.value;
        last = s.t;
        best = Math.max(best, sum);
    }
    return best;
}
/**
 * Total blocking time in a window: every long task's part inside [from, to] beyond 50 ms, summed.
 * perfflow's window runs from first contentful paint (as the main thread rendered it) to the moment
 * the page was ready (the ready selector rendered, or the load event when the target names none),
 * where Lighthouse's runs to time-to-interactive.
 * @param tasks - the long tasks
 * @param from - window start, ms (first contentful paint)
 * @param to - window end, ms (ready)
 * @returns ms
 */
export function totalBlockingTime(tasks, from, to) {
    let total = 0;
    for (const task of tasks) {
        const start = Math.max(task.t, from);
        const end = Math.min(task.t + task.d, to);
        if (end - start > BLOCKING_THRESHOLD_MS)
            total += end - start - BLOCKING_THRESHOLD_MS;
    }
    return total;
}
/**
 * The page's largest contentful paint: the last candidate it reported before input.
 * @param candidates - LCP candidates' render times, ms, in the order reported
 * @returns ms, or undefined when the page reported none (nothing contentful drawn)
 */
export function largestContentfulPaint(candidates) {
    return candidates.length === 0 ? undefined : candidates[candidates.length - 1];
}
