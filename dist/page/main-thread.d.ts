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
        data?: {
            message?: string;
            documentLoaderURL?: string;
            isOutermostMainFrame?: boolean;
        };
        beginData?: {
            stackTrace?: readonly StackFrame[];
        };
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
export declare const WORK_KINDS: readonly ["script", "compile", "style", "layout", "render", "parse-html", "gc", "other"];
export type WorkKind = (typeof WORK_KINDS)[number];
/** Kinds of main-thread work as the texts name them. */
export declare const WORK_NAMES: Readonly<Record<WorkKind, string>>;
/** Own time by kind of work, µs. */
export type WorkTimes = Record<WorkKind, number>;
/**
 * The navigation of the page's document: a `navigationStart` of an outermost main frame with a
 * document URL (the blank document a new page starts with has none).
 * @param events - the trace
 * @returns the event, or undefined
 */
export declare function pageNavigation(events: readonly TraceEvent[]): TraceEvent | undefined;
/**
 * The page's renderer main thread (`CrRendererMain`): the one that navigated to the page's
 * document; when no event says so, the busiest. Other renderers run beside it (the browser's own
 * pages, a blank page) and may be busier.
 * @param events - the trace
 * @returns `pid:tid`, or undefined when the trace has no renderer main thread
 */
export declare function pageMainThread(events: readonly TraceEvent[]): string | undefined;
/** A span of the main thread's time, µs on the trace's clock. */
export interface Span {
    startUs: number;
    durationUs: number;
}
/**
 * The main thread's own time by kind of work, over the whole trace and inside each of the given
 * spans (the long tasks). An event whose name is not known (a task's own bookkeeping, V8's context
 * set-up) is `other`. An event is charged to the span it starts in.
 * @param events - the trace
 * @param spans - spans, e.g. the long tasks
 * @returns the times, µs: `all` over the trace, `inSpans` inside any span, `perSpan` in each
 */
export declare function workByKind(events: readonly TraceEvent[], spans: readonly Span[]): {
    all: WorkTimes;
    inSpans: WorkTimes;
    perSpan: WorkTimes[];
};
/**
 * The kind of work that took most of a span's time.
 * @param times - own time by kind
 * @returns the kind and its share of the total, or null for an empty span
 */
export declare function dominantWork(times: WorkTimes): {
    kind: WorkKind;
    share: number;
} | null;
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
export declare function forcedWork(events: readonly TraceEvent[]): ForcedWork[];
