import type { HttpTargetConfig } from '../config/target-config.js';
import type { HttpLoadShape } from './http-load.js';
import type { LoadResult } from './load.js';
/** How far back the error share looks, ms of load. */
export declare const ABORT_WINDOW_MS = 3000;
/** Fewer requests in the window decide nothing: one failure of three is not a 33% error rate. */
export declare const ABORT_MIN_REQUESTS = 20;
/** The failures of the last slices against one URL. */
export interface ErrorWatch {
    readonly url: string;
    readonly limit: number;
    slices: {
        durationMs: number;
        requests: number;
        failed: number;
        kinds: Record<string, number>;
    }[];
}
/**
 * A watch over the error share of the load sent to one URL.
 * @param url - the URL the load goes to
 * @param limit - the share (0..1) that stops the load
 * @returns the watch, empty
 */
export declare function newErrorWatch(url: string, limit: number): ErrorWatch;
/**
 * The rate a slice may offer: the asked open-loop rate, never above the cap; a closed loop (which
 * offers as much as the service takes) becomes an open loop at the cap.
 * @param asked - the open-loop rate asked for, undefined for closed loop
 * @param maxRate - the cap, undefined for none
 * @returns the rate to run at, undefined for closed loop
 */
export declare function cappedRate(asked: number | undefined, maxRate: number | undefined): number | undefined;
/**
 * Adds a slice to the watch and stops the load when the share of failed requests over the last
 * {@link ABORT_WINDOW_MS} of load passes the limit (with at least {@link ABORT_MIN_REQUESTS} in it).
 * @param watch - the URL's watch, changed in place
 * @param result - the slice's result
 * @throws TargetError `error-rate-abort` naming the share, the limit and the URL
 */
export declare function observe(watch: ErrorWatch, result: LoadResult): void;
/**
 * Runs one slice of the target's load under its guard rails.
 * @param target - the target: its request or flows, and its guard rails
 * @param shape - url, connections, window and asked rate
 * @param watch - the URL's error watch, when the target sets abort_error_rate
 * @returns the slice's result
 * @throws TargetError `error-rate-abort` when the error share passes the limit, checked every second
 */
export declare function loadSlice(target: HttpTargetConfig, shape: HttpLoadShape, watch?: ErrorWatch): Promise<LoadResult>;
