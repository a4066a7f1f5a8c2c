import type { PageHooks } from './load-page.js';
import type { CpuProfile } from '../profile/cpu-profile.js';
import type { ForcedWork, TraceEvent, WorkTimes } from './main-thread.js';
/** A main-thread task as the trace records it, on the profiler's clock (µs). */
export interface TraceTask {
    startUs: number;
    durationUs: number;
    /** The main thread's own time inside the task by kind of work, µs (absent where the trace was not read for it). */
    work?: WorkTimes;
}
/** One resource as the page's Resource Timing saw it. */
export interface ResourceTiming {
    url: string;
    initiatorType: string;
    transferSize: number;
    decodedBodySize: number;
    renderBlockingStatus: string;
    startTime: number;
    responseEnd: number;
}
/** What the page reported about its own load, ms after navigation start. */
export interface PageTimings {
    documentUrl: string;
    documentTransfer: number;
    documentDecoded: number;
    documentEnd: number;
    fcp: number | null;
    lcp: number | null;
    resources: ResourceTiming[];
}
/** Byte ranges of a script that ran while profiled. */
export interface ScriptCoverage {
    url: string;
    /** Bytes of the script inside functions that never ran. */
    unusedBytes: number;
    /** Size of the script, as the coverage's outermost range gives it. */
    totalBytes: number;
}
/** One profiled trial of a page. */
export interface TrialRecording {
    profile: CpuProfile;
    /** Main-thread tasks of 50 ms or more. */
    longTasks: TraceTask[];
    /** When the navigation started, on the profiler's clock. */
    navigationStartUs: number;
    /** When the interaction began, on the profiler's clock; null without one. */
    interactionStartUs: number | null;
    timings: PageTimings;
    coverage: ScriptCoverage[];
    /** The main thread's own time by kind of work, µs: over the whole trial, and inside its long tasks. */
    work: {
        all: WorkTimes;
        inLongTasks: WorkTimes;
    };
    /** Layouts and style recalculations the page's scripts forced. */
    forced: ForcedWork[];
}
/**
 * The long tasks of the page's main thread: `RunTask` events of 50 ms or more on the renderer main
 * thread (`CrRendererMain`) of the page ({@link pageMainThread}), on the same monotonic clock as the CPU profile.
 * @param events - the trace
 * @returns the long tasks, in order
 */
export declare function longTasksOf(events: readonly TraceEvent[]): TraceTask[];
/** Hooks for one trial of the page driver, and the recording they leave. */
export interface TrialProfiler {
    hooks: Required<PageHooks>;
    /** The recording, once the trial has run. */
    recording: () => TrialRecording;
}
/**
 * Profiles one trial of the page driver (`loadPage`): before the navigation it starts the DevTools
 * CPU profiler of the page's main thread, script coverage and a trace of its tasks (one clock for
 * both); once ready it marks the interaction's start in the trace; after the interaction it reads
 * the page's timings and stops all three.
 * @param intervalUs - sampling interval of the CPU profiler, µs
 * @param interacts - whether the target has an interaction
 * @returns the hooks to pass to the driver and the recording they fill in
 */
export declare function trialProfiler(intervalUs: number, interacts: boolean): TrialProfiler;
