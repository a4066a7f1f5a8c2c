import type { HttpTargetConfig } from '../config/load.js';
import type { Environment, HttpMetrics, Resources } from '../contracts/baseline-metrics.js';
import type { LoadResult } from './load.js';
import type { FlowLoadSummary } from './load-result.js';
/** Settings that override the config for one measurement (CLI flags). */
export interface HttpOverrides {
    durationMs?: number | undefined;
    warmupMs?: number | undefined;
    connections?: number | undefined;
    rate?: number | undefined;
}
/** What measuring an http target produced. */
export interface HttpMeasurement {
    http: HttpMetrics;
    resources: Resources | null;
    /** The load's answers (the builtin engine's whole result has more). */
    load: Pick<LoadResult, 'responses' | 'errors'>;
    /** Responses during the warm-up (not recorded). */
    warmupResponses: number;
    healthReasons: string[];
    invalidReasons: string[];
    /** The load engine for the environment block; absent for the builtin generator. */
    loadEngine?: Environment['load_engine'];
}
/**
 * Judges the health of a load result: failed requests and non-2xx answers make a baseline unhealthy
 * (a baseline of error pages measures the wrong thing).
 * @param load - the load result
 * @returns one reason per problem, empty when healthy
 */
export declare function healthOf(load: Pick<LoadResult, 'errors' | 'requests' | 'errorKinds' | 'non2xx' | 'statusCodes' | 'responses'> & {
    flow?: unknown;
}): string[];
/**
 * The per-flow and per-step figures as baseline-metrics.json writes them.
 * @param f - the flow load's summary
 * @returns the `http.flow` block
 */
export declare function flowMetrics(f: FlowLoadSummary): NonNullable<HttpMetrics['flow']>;
/**
 * Measures an http target: starts its server (PORT in the environment, the Node probe in
 * NODE_OPTIONS), warms up, drives the measured load while sampling the server's resources, and
 * stops the server whatever happens.
 * @param target - the target from the config
 * @param options - overrides and a progress reporter
 * @returns the metrics, resources and the reasons the result is unhealthy or invalid
 * @throws TargetError `server-start`/`port-taken` when the server cannot be started, `server-exit`
 * when it dies during the measurement
 */
export declare function measureHttp(target: HttpTargetConfig, options?: {
    overrides?: HttpOverrides;
    progress?: (message: string) => void;
}): Promise<HttpMeasurement>;
