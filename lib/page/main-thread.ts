// What the page's main thread spent its time on, read from the trace of a page load: each event's
// own time (its duration less its children's) charged to a kind of work, as DevTools' summary and
// Lighthouse's main-thread breakdown group it; and the layouts and style recalculations a script
// forced while it ran (the trace gives their JavaScript stack). Written here because no library
// reads Chromium traces into these figures without bringing a browser of its own.

/** A trace event, as far as the profile reads it. */
export interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  ph?: string;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { message?: string; documentLoaderURL?: string; isOutermostMainFrame?: boolean };
    beginData?: { stackTrace?: readonly StackFrame[] };
  };
}

/** A frame of a trace event's JavaScript stack: 1-based line and column (unlike a CPU profile's call frames, which are 0-based). */
export interface StackFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The kinds of main-thread work, in the order reports list them. */
export const WORK_KINDS = ['script', 'compile', 'style', 'layout', 'render', 'parse-html', 'gc', 'other'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** Kinds of main-thread work as the texts name them. */
export const WORK_NAMES: Readonly<Record<WorkKind, string>> = {
  script: 'running scripts',
  compile: 'compiling scripts',
  style: 'style recalculation',
  layout: 'layout',
  render: 'paint and compositing',
  'parse-html': 'parsing HTML',
  gc: 'garbage collection',
  other: 'other work',
};

/** Own time by kind of work, µs. */
export type WorkTimes = Record<WorkKind, number>;

const KIND_OF: Readonly<Record<string, WorkKind>> = {
  EvaluateScript: 'script',
  'v8.run': 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  XHRReadyStateChange: 'script',
  XHRLoad: 'script',
  'V8.Execute': 'script',
  'v8.callFunction': 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.parseOnBackground': 'compile',
  CacheScript: 'compile',
  'v8.produceCache': 'compile',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  Paint: 'render',
  PrePaint: 'render',
  Layerize: 'render',
  UpdateLayer: 'render',
  UpdateLayerTree: 'render',
  CompositeLayers: 'render',
  Commit: 'render',
  PaintImage: 'render',
  'Decode Image': 'render',
  ImageDecodeTask: 'render',
  ParseHTML: 'parse-html',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCFinalizeMC': 'gc',
  'V8.GCIncrementalMarking': 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  GCEvent: 'gc',
};

/**
 * The navigation of the page's document: a `navigationStart` of an outermost main frame with a
 * document URL (the blank document a new page starts with has none).
 * @param events - the trace
 * @returns the event, or undefined
 */
export function pageNavigation(events: readonly TraceEvent[]): TraceEvent | undefined {
  return events.find((e) => (e.name === 'navigationStart' || e.name === 'NavigationStart') && (e.args?.data?.documentLoaderURL ?? '') !== '' && e.args?.data?.isOutermostMainFrame !== false);
}

/**
 * The page's renderer main thread (`CrRendererMain`): the one that navigated to the page's
 * document; when no event says so, the busiest. Other renderers run beside it (the browser's own
 * pages, a blank page) and may be busier.
 * @param events - the trace
 * @returns `pid:tid`, or undefined when the trace has no renderer main thread
 */
export function pageMainThread(events: readonly TraceEvent[]): string | undefined {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const navigation = pageNavigation(events);
  if (navigation !== undefined && mains.has(`${navigation.pid}:${navigation.tid}`)) return `${navigation.pid}:${navigation.tid}`;
  const busy = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name === 'RunTask' && mains.has(thread)) busy.set(thread, (busy.get(thread) ?? 0) + (e.dur ?? 0));
  }
  return [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A span of the main thread's time, µs on the trace's clock. */
export interface Span {
  startUs: number;
  durationUs: number;
}

function emptyTimes(): WorkTimes {
  return { script: 0, compile: 0, style: 0, layout: 0, render: 0, 'parse-html': 0, gc: 0, other: 0 };
}

/** A complete event of the main thread with its own time. */
interface Timed {
  event: TraceEvent;
  end: number;
  own: number;
}

/** The main thread's complete events, each with its own time (nesting by their start and end). */
function ownTimes(events: readonly TraceEvent[], thread: string): Timed[] {
  const complete = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && (e.ph === undefined || e.ph === 'X') && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: Timed[] = [];
  const open: Timed[] = [];
  for (const event of complete) {
    const timed: Timed = { event, end: event.ts + (event.dur ?? 0), own: event.dur ?? 0 };
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= event.ts) open.pop();
    const parent = open.at(-1);
    // A child reaching past its parent's end (clock rounding) is charged only up to it.
    if (parent !== undefined) parent.own -= Math.min(timed.end, parent.end) - event.ts;
    open.push(timed);
    out.push(timed);
  }
  return out;
}

/**
 * The main thread's own time by kind of work, over the whole trace and inside each of the given
 * spans (the long tasks). An event whose name is not known (a task's own bookkeeping, V8's context
 * set-up) is `other`. An event is charged to the span it starts in.
 * @param events - the trace
 * @param spans - spans, e.g. the long tasks
 * @returns the times, µs: `all` over the trace, `inSpans` inside any span, `perSpan` in each
 */
export function workByKind(events: readonly TraceEvent[], spans: readonly Span[]): { all: WorkTimes; inSpans: WorkTimes; perSpan: WorkTimes[] } {
  const all = emptyTimes();
  const inSpans = emptyTimes();
  const perSpan = spans.map(() => emptyTimes());
  const thread = pageMainThread(events);
  if (thread === undefined) return { all, inSpans, perSpan };
  for (const { event, own } of ownTimes(events, thread)) {
    const kind = KIND_OF[event.name] ?? 'other';
    const time = Math.max(0, own);
    all[kind] += time;
    const at = spans.findIndex((s) => event.ts >= s.startUs && event.ts < s.startUs + s.durationUs);
    const span = perSpan[at];
    if (span !== undefined) {
      inSpans[kind] += time;
      span[kind] += time;
    }
  }
  return { all, inSpans, perSpan };
}

/**
 * The kind of work that took most of a span's time.
 * @param times - own time by kind
 * @returns the kind and its share of the total, or null for an empty span
 */
export function dominantWork(times: WorkTimes): { kind: WorkKind; share: number } | null {
  const total = WORK_KINDS.reduce((sum, k) => sum + times[k], 0);
  if (total <= 0) return null;
  const kind = [...WORK_KINDS].sort((a, b) => times[b] - times[a])[0] ?? 'other';
  return { kind, share: times[kind] / total };
}

/** A layout or style recalculation a script forced: it ran inside the script, which waited for it. */
export interface ForcedWork {
  kind: 'layout' | 'style';
  durationUs: number;
  /** The innermost frame of the page's script that asked for it. */
  frame: StackFrame;
}

/**
 * The layouts and style recalculations a running script forced (reading a layout property after a
 * change: `offsetWidth`, `getBoundingClientRect`, ...): the trace gives such events the script's
 * stack (with the `disabled-by-default-devtools.timeline.stack` category); those the browser ran on
 * its own have none.
 * @param events - the trace
 * @returns each forced layout or recalculation with the frame that asked for it
 */
export function forcedWork(events: readonly TraceEvent[]): ForcedWork[] {
  const thread = pageMainThread(events);
  if (thread === undefined) return [];
  return events.flatMap((e) => {
    if (`${e.pid}:${e.tid}` !== thread || (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree')) return [];
    const frame = e.args?.beginData?.stackTrace?.find((f) => f.url !== '');
    return frame === undefined ? [] : [{ kind: e.name === 'Layout' ? 'layout' : 'style', durationUs: e.dur ?? 0, frame } as const];
  });
}
