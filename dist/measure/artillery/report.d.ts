import type { HttpMetrics } from '../../contracts/baseline-metrics.js';
/** Latency resolution of a target's figures (session length), µs: summaries rounded to 0.1 ms, within 1% of the value. */
export declare const ARTILLERY_RESOLUTION_US = 100;
/** Latency resolution of per-step figures (metrics-by-endpoint time to first byte), µs: whole milliseconds. */
export declare const ARTILLERY_STEP_RESOLUTION_US = 1000;
type Latency = HttpMetrics['latency_us'];
type FlowBlock = NonNullable<HttpMetrics['flow']>;
/** Counters and latency summaries of a report's aggregate, checked to be numbers. */
export interface ReportAggregate {
    counters: Map<string, number>;
    summaries: Map<string, Record<string, number>>;
    /** The first and the last metric Artillery recorded, epoch ms (the load's window); null when not given. */
    window: {
        from: number;
        to: number;
    } | null;
}
/**
 * Takes the aggregate of an Artillery JSON report.
 * @param report - the parsed file
 * @returns its counters and summaries
 * @throws InputError `invalid-file` when the file has no aggregate
 */
export declare function reportAggregate(report: unknown): ReportAggregate;
/**
 * A summary in ms as perfflow's latency block in µs (no standard deviation: Artillery gives none).
 * @param s - Artillery's summary (min, max, mean, p50, p90, p99, p999)
 * @param shiftMs - subtracted from every figure (a flow's think time), ms
 * @returns the latency block, zeros when the summary is missing
 */
export declare function latencyFromSummary(s: Record<string, number> | undefined, shiftMs?: number): Latency;
/** The request-level figures: what was sent, answered, failed, by status and error. */
export interface RequestFigures {
    requests: number;
    responses: number;
    errors: number;
    errorKinds: Record<string, number>;
    statusCodes: Record<string, number>;
    non2xx: number;
    bytesRead: number;
    latencyUs: Latency;
}
/**
 * The figures of a single-request target.
 * @param a - the report's aggregate
 * @returns requests, answers, errors, statuses and latency
 */
export declare function requestFigures(a: ReportAggregate): RequestFigures;
/** A flow as the reader needs it: its name, weight, step names (`<flow>.<step>`, methods and urls) and think time. */
export interface FlowOutline {
    name: string;
    weight: number;
    thinkMs: number;
    steps: {
        name: string;
        method: string;
        url: string;
    }[];
}
/**
 * The figures of a flow target: whole flows at the top (iterations = Artillery's virtual users, the
 * flow's latency = its session length less the think time), and per step from metrics-by-endpoint.
 * A virtual user stops at its first failed request, so a flow's failed iterations are its steps' errors.
 * @param a - the report's aggregate
 * @param flows - the target's flows
 * @returns the top-level figures and the `http.flow` block
 */
export declare function flowFigures(a: ReportAggregate, flows: FlowOutline[]): {
    top: RequestFigures;
    flow: FlowBlock;
    notes: string[];
};
export {};
