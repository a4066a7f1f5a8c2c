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
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  max_attempts: 3,
  backoff: { initial_ms: 1000, factor: 2, max_ms: 4000 },
  on: ['timeout', 'rate_limit', 'network', 'overloaded', 'server_error'],
};

/**
 * The delay before the retry that follows failed attempt `attempt` (1-based): exponential, capped.
 * Pure: the same inputs always give the same delay.
 * @param attempt - the attempt that just failed (1 for the first)
 * @param policy - the retry policy
 * @returns milliseconds to wait (1000, 2000, 4000 for the default policy)
 */
export function backoffDelay(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const { initial_ms: initial, factor, max_ms: max } = policy.backoff;
  const raw = initial * factor ** Math.max(0, attempt - 1);
  return Math.min(raw, Math.max(max, initial));
}

/**
 * Parses an HTTP `Retry-After` value: delay-seconds or an HTTP date.
 * @param value - the header value
 * @param now - the current time in ms since the epoch
 * @returns the delay in ms, or null when absent or unreadable
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const NETWORK_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH',
  'EHOSTUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_CONNECT_TIMEOUT',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ABORT_ERR']);

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function headerValue(headers: unknown, name: string): string | null {
  if (headers === null || headers === undefined) return null;
  const get = field(headers, 'get');
  if (typeof get === 'function') {
    const value: unknown = (get as (n: string) => unknown).call(headers, name);
    return typeof value === 'string' ? value : null;
  }
  const direct = field(headers, name) ?? field(headers, name.toLowerCase());
  return typeof direct === 'string' ? direct : null;
}

function classifyStatus(status: number): ErrorKind | null {
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limit';
  if (status === 529 || status === 503) return 'overloaded';
  if (status >= 500 && status <= 599) return 'server_error';
  return null;
}

function classifyMessage(message: string): ErrorKind | null {
  if (/timed? ?out|timeout/i.test(message)) return 'timeout';
  if (/rate.?limit|too many requests/i.test(message)) return 'rate_limit';
  if (/overloaded/i.test(message)) return 'overloaded';
  if (/socket hang up|connection (reset|refused|closed)|network|ECONNRESET|ECONNREFUSED|EAI_AGAIN/i.test(message)) return 'network';
  return null;
}

/**
 * Classifies an error as transient (worth retrying) or permanent. Understands Node system errors,
 * undici errors, HTTP statuses (`status` on SDK errors), `Retry-After` headers, abort/timeout
 * errors, and — for errors reported as text (e.g. a subagent's failure message) — their wording.
 * @param error - anything thrown, or a message
 * @param now - the current time in ms (for HTTP-date Retry-After)
 * @returns the kind, whether it is transient, and any delay the server asked for
 */
export function classifyError(error: unknown, now: number = Date.now()): ErrorClass {
  const permanent: ErrorClass = { kind: 'permanent', transient: false, retryAfterMs: null };
  if (error === null || error === undefined) return permanent;
  const status = field(error, 'status');
  const retryAfterMs = parseRetryAfter(headerValue(field(error, 'headers'), 'retry-after'), now);
  if (typeof status === 'number') {
    const kind = classifyStatus(status);
    return kind === null ? permanent : { kind, transient: true, retryAfterMs };
  }
  for (let node: unknown = error, depth = 0; node !== undefined && node !== null && depth < 5; depth += 1) {
    const code = field(node, 'code');
    if (typeof code === 'string') {
      if (TIMEOUT_CODES.has(code)) return { kind: 'timeout', transient: true, retryAfterMs };
      if (NETWORK_CODES.has(code)) return { kind: 'network', transient: true, retryAfterMs };
    }
    const name = field(node, 'name');
    if (name === 'TimeoutError' || name === 'AbortError' || name === 'APIConnectionTimeoutError') {
      return { kind: 'timeout', transient: true, retryAfterMs };
    }
    if (name === 'APIConnectionError') return { kind: 'network', transient: true, retryAfterMs };
    node = field(node, 'cause');
  }
  const message = typeof error === 'string' ? error : field(error, 'message');
  if (typeof message === 'string') {
    const kind = classifyMessage(message);
    if (kind !== null) return { kind, transient: true, retryAfterMs };
  }
  return permanent;
}

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
  onRetry?: (info: { attempt: number; error: unknown; errorClass: ErrorClass; delayMs: number }) => void;
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
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const classify = options.classify ?? classifyError;
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (error) {
      const errorClass = classify(error, now());
      const retryable = errorClass.transient && (policy.on as readonly string[]).includes(errorClass.kind);
      if (!retryable || attempt >= policy.max_attempts) throw error;
      const delayMs = Math.max(backoffDelay(attempt, policy), Math.min(errorClass.retryAfterMs ?? 0, maxRetryAfter));
      options.onRetry?.({ attempt, error, errorClass, delayMs });
      await sleep(delayMs);
    }
  }
}
