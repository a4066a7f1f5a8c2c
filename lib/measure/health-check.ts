// The health check of a service perfflow does not start: one request before any load, which must
// answer 2xx in time. A service that is down or unwell is not measured: its figures would describe
// error pages and time-outs.
import { displayUrl } from '../config/remote-host.js';
import { TargetError } from '../errors.js';

/**
 * Why a request got no answer, in a word where node has one (ECONNREFUSED, ENOTFOUND), not `fetch failed`.
 * @param error - what fetch threw
 * @param timeoutMs - the timeout it ran under
 * @returns the reason
 */
export function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${(timeoutMs / 1000).toFixed(1)} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  return code !== '' ? code : cause instanceof Error ? cause.message : String(cause);
}

/**
 * Checks that a health URL answers 2xx within the timeout.
 * @param health - the health URL, or a path resolved against `base`
 * @param base - the service's url (port filled in)
 * @param timeoutMs - how long the answer may take
 * @param headers - headers sent with the check (the target's, e.g. an auth header); never printed
 * @throws TargetError `health-failed` naming the URL (without credentials or query) and the status or error
 */
export async function checkHealth(health: string, base: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<void> {
  const url = new URL(health, base).href;
  let status: number;
  try {
    const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    status = response.status;
    await response.body?.cancel();
  } catch (error) {
    throw new TargetError('health-failed', `health check of ${displayUrl(url)} failed: ${reasonOf(error, timeoutMs)}; nothing was measured`, { cause: error });
  }
  if (status < 200 || status > 299) {
    throw new TargetError('health-failed', `health check of ${displayUrl(url)} answered HTTP ${status}, not 2xx; nothing was measured`);
  }
}
