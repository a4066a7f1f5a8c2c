import type { IntervalHistogram } from 'node:perf_hooks';
import type { LoadOptions } from './load.js';
import type { LoadRun, LoadTimeline } from './load-run.js';
/** The generator's own load over the measured window. */
export interface GeneratorWatch {
    measuring: boolean;
    cpuStart: NodeJS.CpuUsage;
    windowStartedAt: number;
    windowEndedAt: number;
    readonly loopDelay: IntervalHistogram;
}
/** What the generator used over the measured window. */
export interface GeneratorUsage {
    /** CPU of the generator process, percent of one core. */
    cpuPercent: number;
    eventLoopDelayP99Ms: number;
}
/**
 * Starts watching the generator: at once when there is no warm-up, else when the window opens.
 * @param timeline - the run's timeline
 * @returns the watch
 */
export declare function watchGenerator(timeline: LoadTimeline): GeneratorWatch;
/**
 * Stops watching the generator.
 * @param watch - the watch
 * @returns its CPU and event-loop delay over the window
 */
export declare function stopWatch(watch: GeneratorWatch): GeneratorUsage;
/**
 * Starts the 50 ms ticker of a run.
 * @param run - the run
 * @param watch - the generator's watch
 * @param options - the run's options, for `onProgress`
 * @returns the interval, to clear once the run is finished
 */
export declare function startTicker(run: LoadRun, watch: GeneratorWatch, options: LoadOptions): NodeJS.Timeout;
