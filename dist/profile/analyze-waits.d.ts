/** One frame of the user's code as wait-recorder.ts writes it, innermost first (column 1-based). */
type RecordedFrame = [fn: string, file: string, line: number, column: number, awaited: boolean];
/** `library`: some capture of this stack went on into a library's code past its outermost frame (a helper a framework calls). */
interface RecordedGroup {
    kind: string;
    label: string;
    frames: RecordedFrame[];
    library?: boolean;
}
interface RecordedRequest {
    start: number;
    end: number;
    name: string;
    status: number;
    ops: [number, number, number][];
}
/** What one process recorded (`<pid>.waits.json`). */
export interface RecordedWaits {
    groups: RecordedGroup[];
    requests: RecordedRequest[];
    blocked?: [number, number][];
    dropped: number;
    /** Operations past the recorder's cap per request, call or run, not recorded. */
    dropped_operations?: number;
    following?: {
        open_ms: number;
        recording_ms: number;
    };
    /** A command's run the process belonged to (every Node process of one run carries the same). */
    run?: string | null;
    /** performance.timeOrigin of the process: its times are ms after it (puts processes of one run on one clock). */
    time_origin?: number;
}
/** The interval method of each unit: requests and calls are many, a command's runs few. */
type IntervalMethod = 'normal-95-requests' | 't-95-runs';
/** A frame as reports name it. */
export interface WaitFrame {
    function: string;
    file: string;
    line: number;
}
/** Operations of one kind and label started from one stack of the user's code. */
export interface WaitSite {
    key: string;
    kind: string;
    operation: string;
    /** The frame that started the operation (a helper shared by several sites is skipped). */
    site: WaitFrame;
    /** The user's frames, outermost first. */
    path: WaitFrame[];
    /** Mean share of each request's wall time spent waiting on it (overlaps split evenly). */
    share: number;
    interval: {
        low: number;
        high: number;
        method: IntervalMethod;
    };
    perRequest: number;
    requestsWith: number;
    calls: number;
    meanMs: number;
    p95Ms: number;
    /** In requests with more than one, the operations of this site never overlapped. */
    sequential: boolean;
}
/** One request's operations, for a waterfall. */
export interface Waterfall {
    request: string;
    latency_ms: number;
    operations: {
        site: string;
        operation: string;
        start_ms: number;
        duration_ms: number;
    }[];
}
/** Where the requests' wall time went. */
export interface WaitAnalysis {
    /** What was followed: a server's requests, a function target's calls or a command's runs. */
    unit: 'request' | 'call' | 'run';
    requests: number;
    latency: {
        p50_ms: number;
        p99_ms: number;
    };
    /** Mean share of wall time during which the request waited on at least one recorded operation. */
    waitShare: number;
    waitInterval: {
        low: number;
        high: number;
        method: IntervalMethod;
    };
    sites: WaitSite[];
    waterfalls: {
        typical: Waterfall;
        p99: Waterfall;
    } | null;
    dropped: number;
    /** Operations not recorded: past the cap of one request, call or run. */
    droppedOperations: number;
    /** Share of the recording time during which requests were followed (a server's windows), null when not known. */
    followedShare: number | null;
}
/** Reads every `<pid>.waits.json` of a profiling directory. */
export declare function readRecordedWaits(dir: string): RecordedWaits[];
/**
 * How a site is named in text and waterfalls: `function (file:line)`.
 * @param frame - the site's frame
 * @returns the text
 */
export declare function siteText(frame: WaitFrame): string;
/**
 * Where the recorded requests waited: per site of the user's code, the mean share of request wall
 * time (with a 95% interval over requests, or over a command's runs), calls per request, durations,
 * and whether a site's calls ran one after another; plus a typical and a p99 request's waterfall.
 * @param recorded - what each profiled process recorded
 * @param projectRoot - paths are shown relative to it
 * @param unit - what was followed: requests, calls or runs (a run joins every process of it)
 * @returns the analysis, or null when no request completed
 */
export declare function analyzeWaits(recorded: RecordedWaits[], projectRoot: string, unit?: WaitAnalysis['unit']): WaitAnalysis | null;
export {};
