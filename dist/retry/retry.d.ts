import type { RetryPolicy } from '../contracts/workflow.js';
/** The kinds of failure perfflow tells apart; the first five are transient. */
export type ErrorKind = 'timeout' | 'rate_limit' | 'network' | 'overloaded' | 'server_error' | 'permanent';
/** How an error was classified. */
export interface ErrorClass {
    kind: ErrorKind;
    /** True when trying again later may succeed. */
    transient: boolean;
    /** A delay the server asked for (Retry-After), in ms. */
    retryAfterMs: number | null;
}
/** The default policy of the seed journey: 3 attempts, 1 s, 2 s, 4 s, transient errors only. */
export declare const DEFAULT_RETRY_POLICY: RetryPolicy;
/**
 * The delay before the retry that follows failed attempt `attempt` (1-based): exponential, capped.
 * Pure: the same inputs always give the same delay.
 * @param attempt - the attempt that just failed (1 for the first)
 * @param policy - the retry policy
 * @returns milliseconds to wait (1000, 2000, 4000 for the default policy)
 */
export declare function backoffDelay(attempt: number, policy?: RetryPolicy): number;
/**
 * Parses an HTTP `Retry-After` value: delay-seconds or an HTTP date.
 * @param value - the header value
 * @param now - the current time in ms since the epoch
 * @returns the delay in ms, or null when absent or unreadable
 */
export declare function parseRetryAfter(value: string | null | undefined, now: number): number | null;
/**
 * Classifies an error as transient (worth retrying) or permanent. Understands Node system errors,
 * undici errors, HTTP statuses (`status` on SDK errors), `Retry-After` headers, abort/timeout
 * errors, and — for errors reported as text (e.g. a subagent's failure message) — their wording.
 * @param error - anything thrown, or a message
 * @param now - the current time in ms (for HTTP-date Retry-After)
 * @returns the kind, whether it is transient, and any delay the server asked for
 */
export declare function classifyError(error: unknown, now?: number): ErrorClass;
/** Options of {@link retry}. */
export interface RetryOptions {
    policy?: RetryPolicy;
    /** Injected sleep (tests pass a fake that only records). */
    sleep?: (ms: number) => Promise<void>;
    /** Injected clock in ms. */
    now?: () => number;
    /** Injected classifier. */
    classify?: (error: unknown, now: number) => ErrorClass;
    /** Called before each wait with the attempt that failed, its classification and the delay. */
    onRetry?: (info: {
        attempt: number;
        error: unknown;
        errorClass: ErrorClass;
        delayMs: number;
    }) => void;
    /** Longest delay honoured from a server's Retry-After, in ms (default 60 s). */
    maxRetryAfterMs?: number;
}
/**
 * Runs `fn`, retrying transient failures with exponential backoff (or the server's Retry-After when
 * longer). Permanent errors and the last transient error are rethrown unchanged.
 * @param fn - the action; receives the attempt number (1-based)
 * @param options - policy and injected time
 * @returns what `fn` returns
 * @throws the error of the last attempt
 */
export declare function retry<T>(fn: (attempt: number) => Promise<T>, options?: RetryOptions): Promise<T>;
