/** One layout shift as the page reported it. */
export interface ShiftEntry {
    /** Start time, ms since navigation. */
    t: number;
    value: number;
    /** True when it followed user input (such shifts do not count). */
    input: boolean;
}
/** One long task (over 50 ms on the main thread). */
export interface LongTaskEntry {
    /** Start time, ms since navigation. */
    t: number;
    /** Duration, ms. */
    d: number;
}
/** A long task's share over this many ms blocks input (the total-blocking-time definition). */
export declare const BLOCKING_THRESHOLD_MS = 50;
/**
 * Cumulative layout shift by session windows: shifts without recent input are grouped into windows
 * (a new one after a 1 s gap or once a window spans 5 s); CLS is the largest window's sum.
 * @param shifts - the page's layout shifts
 * @returns CLS (unitless), 0 without shifts
 */
export declare function cumulativeLayoutShift(shifts: readonly ShiftEntry[]): number;
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
export declare function totalBlockingTime(tasks: readonly LongTaskEntry[], from: number, to: number): number;
/**
 * The page's largest contentful paint: the last candidate it reported before input.
 * @param candidates - LCP candidates' render times, ms, in the order reported
 * @returns ms, or undefined when the page reported none (nothing contentful drawn)
 */
export declare function largestContentfulPaint(candidates: readonly number[]): number | undefined;
