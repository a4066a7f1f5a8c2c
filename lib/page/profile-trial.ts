import type { Page } from 'playwright-core';
import type { PageHooks } from './load-page.js';
import type { CpuProfile } from '../profile/cpu-profile.js';
import { forcedWork, pageMainThread, pageNavigation, workByKind } from './main-thread.js';
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
  work: { all: WorkTimes; inLongTasks: WorkTimes };
  /** Layouts and style recalculations the page's scripts forced. */
  forced: ForcedWork[];
}

const LONG_TASK_US = 50_000;
// `.stack` gives a layout or style recalculation that a script forced the script's stack.
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'devtools.timeline', 'blink.user_timing', '__metadata'];

/**
 * The long tasks of the page's main thread: `RunTask` events of 50 ms or more on the renderer main
 * thread (`CrRendererMain`) of the page ({@link pageMainThread}), on the same monotonic clock as the CPU profile.
 * @param events - the trace
 * @returns the long tasks, in order
 */
export function longTasksOf(events: readonly TraceEvent[]): TraceTask[] {
  const main = pageMainThread(events);
  return events
    .filter((e) => e.name === 'RunTask' && `${e.pid}:${e.tid}` === main && (e.dur ?? 0) >= LONG_TASK_US)
    .map((e) => ({ startUs: e.ts, durationUs: e.dur ?? 0 }))
    .sort((a, b) => a.startUs - b.startUs);
}

/**
 * Runs in the page (as text: the library is compiled without the DOM's types): its navigation and
 * resource timings, first contentful paint and the last largest-contentful-paint candidate.
 */
const TIMINGS_IN_PAGE = `(async () => {
  const lcp = await new Promise((resolve) => {
    let last = null;
    const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) last = entry.startTime; });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => { observer.disconnect(); resolve(last); }, 50);
  });
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const resources = performance.getEntriesByType('resource').map((r) => ({
    url: r.name, initiatorType: r.initiatorType, transferSize: r.transferSize, decodedBodySize: r.decodedBodySize,
    renderBlockingStatus: r.renderBlockingStatus ?? 'unknown', startTime: r.startTime, responseEnd: r.responseEnd,
  }));
  return {
    documentUrl: location.href, documentTransfer: nav?.transferSize ?? 0, documentDecoded: nav?.decodedBodySize ?? 0,
    documentEnd: nav?.responseEnd ?? 0, fcp: fcp?.startTime ?? null, lcp, resources,
  };
})()`;

async function readTimings(page: Page): Promise<PageTimings> {
  return page.evaluate<PageTimings>(TIMINGS_IN_PAGE);
}

interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

/** Bytes of each script in functions that never ran (DevTools best-effort coverage). */
function coverageOf(result: readonly { url: string; functions: { ranges: CoverageRange[] }[] }[]): ScriptCoverage[] {
  return result.flatMap((script) => {
    const outer = script.functions[0]?.ranges[0];
    if (script.url === '' || outer === undefined) return [];
    // A function that never ran is a range with count 0; nested ones inside it are not counted twice.
    const unused = script.functions
      .flatMap((f) => f.ranges.filter((r) => r.count === 0))
      .sort((a, b) => a.startOffset - b.startOffset);
    let unusedBytes = 0;
    let reached = -1;
    for (const r of unused) {
      const from = Math.max(r.startOffset, reached);
      if (r.endOffset > from) unusedBytes += r.endOffset - from;
      reached = Math.max(reached, r.endOffset);
    }
    return [{ url: script.url, unusedBytes, totalBytes: outer.endOffset - outer.startOffset }];
  });
}

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
export function trialProfiler(intervalUs: number, interacts: boolean): TrialProfiler {
  const events: TraceEvent[] = [];
  let traced: Promise<void> = Promise.resolve();
  let done: Omit<TrialRecording, 'longTasks' | 'navigationStartUs' | 'interactionStartUs' | 'work' | 'forced'> | null = null;
  const hooks: Required<PageHooks> = {
    beforeNavigate: async (_page, session) => {
      session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      traced = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => { resolve(); }));
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
      await session.send('Profiler.startPreciseCoverage', { callCount: false, detailed: false });
      await session.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
      await session.send('Profiler.start');
    },
    afterReady: async (page) => {
      if (interacts) await page.evaluate("console.timeStamp('perfflow-interaction')");
    },
    afterInteraction: async (page, session) => {
      const timings = await readTimings(page);
      const { profile } = await session.send('Profiler.stop');
      const coverage = (await session.send('Profiler.takePreciseCoverage')) as unknown as { result: { url: string; functions: { ranges: CoverageRange[] }[] }[] };
      await session.send('Tracing.end');
      await traced;
      done = { profile, timings, coverage: coverageOf(coverage.result) };
    },
  };
  const recording = (): TrialRecording => {
    if (done === null) throw new Error('the page trial ended before its profile was taken');
    const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'perfflow-interaction');
    const navigation = pageNavigation(events);
    const tasks = longTasksOf(events);
    const work = workByKind(events, tasks);
    return {
      ...done,
      longTasks: tasks.map((task, i) => ({ ...task, ...(work.perSpan[i] === undefined ? {} : { work: work.perSpan[i] }) })),
      navigationStartUs: navigation?.ts ?? done.profile.startTime,
      interactionStartUs: interacts ? (stamp?.ts ?? null) : null,
      work: { all: work.all, inLongTasks: work.inSpans },
      forced: forcedWork(events),
    };
  };
  return { hooks, recording };
}
