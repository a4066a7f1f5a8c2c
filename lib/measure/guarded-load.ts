// One slice of load under the target's guard rails: never above its max_rate, and stopped for good
// once the share of failed answers over the last seconds passes abort_error_rate. Every load against
// a service perfflow does not start goes through loadSlice; another engine plugs in here, behind the
// same caps and the same abort.
import { displayUrl } from '../config/remote-host.js';
import type { HttpTargetConfig } from '../config/target-config.js';
import { TargetError } from '../errors.js';
import { targetLoad } from './http-load.js';
import type { HttpLoadShape } from './http-load.js';
import type { LiveCounts, LoadResult } from './load.js';

/** How far back the error share looks, ms of load. */
export const ABORT_WINDOW_MS = 3000;

/** Fewer requests in the window decide nothing: one failure of three is not a 33% error rate. */
export const ABORT_MIN_REQUESTS = 20;

/** The failures of the last slices against one URL. */
export interface ErrorWatch {
  readonly url: string;
  readonly limit: number;
  slices: { durationMs: number; requests: number; failed: number; kinds: Record<string, number> }[];
}

/**
 * A watch over the error share of the load sent to one URL.
 * @param url - the URL the load goes to
 * @param limit - the share (0..1) that stops the load
 * @returns the watch, empty
 */
export function newErrorWatch(url: string, limit: number): ErrorWatch {
  return { url, limit, slices: [] };
}

/**
 * The rate a slice may offer: the asked open-loop rate, never above the cap; a closed loop (which
 * offers as much as the service takes) becomes an open loop at the cap.
 * @param asked - the open-loop rate asked for, undefined for closed loop
 * @param maxRate - the cap, undefined for none
 * @returns the rate to run at, undefined for closed loop
 */
export function cappedRate(asked: number | undefined, maxRate: number | undefined): number | undefined {
  if (maxRate === undefined) return asked;
  return asked === undefined ? maxRate : Math.min(asked, maxRate);
}

function kindsOf(result: LoadResult): Record<string, number> {
  const kinds: Record<string, number> = { ...result.errorKinds };
  for (const [code, n] of Object.entries(result.statusCodes)) if (!code.startsWith('2')) kinds[`HTTP ${code}`] = (kinds[`HTTP ${code}`] ?? 0) + n;
  return kinds;
}

/**
 * Adds a slice to the watch and stops the load when the share of failed requests over the last
 * {@link ABORT_WINDOW_MS} of load passes the limit (with at least {@link ABORT_MIN_REQUESTS} in it).
 * @param watch - the URL's watch, changed in place
 * @param result - the slice's result
 * @throws TargetError `error-rate-abort` naming the share, the limit and the URL
 */
export function observe(watch: ErrorWatch, result: LoadResult): void {
  watch.slices.push({ durationMs: result.durationMs, requests: result.requests, failed: result.errors + result.non2xx, kinds: kindsOf(result) });
  const over = overLimit(watch.limit, watch.slices);
  if (over !== null) throw abortError(watch, over.requests, over.failed, watch.slices);
}

/** Keeps the slices of the last {@link ABORT_WINDOW_MS} (in place); their totals when over the limit. */
function overLimit(limit: number, slices: ErrorWatch['slices']): { requests: number; failed: number } | null {
  let covered = 0;
  let keep = 0;
  for (let i = slices.length - 1; i >= 0 && covered < ABORT_WINDOW_MS; i -= 1) {
    covered += slices[i]?.durationMs ?? 0;
    keep += 1;
  }
  slices.splice(0, slices.length - keep);
  const requests = slices.reduce((s, x) => s + x.requests, 0);
  const failed = slices.reduce((s, x) => s + x.failed, 0);
  return requests < ABORT_MIN_REQUESTS || failed / requests <= limit ? null : { requests, failed };
}

function abortError(watch: ErrorWatch, requests: number, failed: number, slices: ErrorWatch['slices']): TargetError {
  const kinds: Record<string, number> = {};
  for (const slice of slices) for (const [k, n] of Object.entries(slice.kinds)) kinds[k] = (kinds[k] ?? 0) + n;
  const top = Object.entries(kinds).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k}: ${n}`).join(', ');
  return new TargetError(
    'error-rate-abort',
    `stopped the load: ${((100 * failed) / requests).toFixed(1)}% of the last ${requests} requests to ${displayUrl(watch.url)} failed${top === '' ? '' : ` (${top})`}, above abort_error_rate ${(watch.limit * 100).toFixed(1)}%; no verdict was made`,
  );
}

/**
 * The check a slice runs about once a second while it measures: the window's counts so far become
 * one-second slices after the watch's earlier ones, so a long window stops as soon as the error
 * share of its last seconds passes the limit, not at its end.
 */
function liveCheck(watch: ErrorWatch): { check: (counts: LiveCounts) => boolean; tripped: { requests: number; failed: number } | null } {
  const slices = watch.slices.map((x) => ({ ...x }));
  let last = { at: performance.now(), requests: 0, failed: 0 };
  const state: ReturnType<typeof liveCheck> = {
    tripped: null,
    check: (counts) => {
      const now = performance.now();
      slices.push({ durationMs: now - last.at, requests: counts.requests - last.requests, failed: counts.failed - last.failed, kinds: {} });
      last = { at: now, ...counts };
      state.tripped = overLimit(watch.limit, slices);
      return state.tripped !== null;
    },
  };
  return state;
}

/**
 * Runs one slice of the target's load under its guard rails.
 * @param target - the target: its request or flows, and its guard rails
 * @param shape - url, connections, window and asked rate
 * @param watch - the URL's error watch, when the target sets abort_error_rate
 * @returns the slice's result
 * @throws TargetError `error-rate-abort` when the error share passes the limit, checked every second
 */
export async function loadSlice(target: HttpTargetConfig, shape: HttpLoadShape, watch?: ErrorWatch): Promise<LoadResult> {
  const rate = cappedRate(shape.rate, target.guardRails?.maxRate);
  const live = watch === undefined ? undefined : liveCheck(watch);
  const result = await targetLoad(target, { ...shape, rate, ...(live === undefined ? {} : { stopIf: live.check }) });
  if (watch === undefined) return result;
  if (live?.tripped != null) {
    const kinds = [{ durationMs: result.durationMs, requests: result.requests, failed: result.errors + result.non2xx, kinds: kindsOf(result) }];
    throw abortError(watch, live.tripped.requests, live.tripped.failed, kinds);
  }
  observe(watch, result);
  return result;
}
