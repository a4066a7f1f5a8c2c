/**
 * Why a request got no answer, in a word where node has one (ECONNREFUSED, ENOTFOUND), not `fetch failed`.
 * @param error - what fetch threw
 * @param timeoutMs - the timeout it ran under
 * @returns the reason
 */
export declare function reasonOf(error: unknown, timeoutMs: number): string;
/**
 * Checks that a health URL answers 2xx within the timeout.
 * @param health - the health URL, or a path resolved against `base`
 * @param base - the service's url (port filled in)
 * @param timeoutMs - how long the answer may take
 * @param headers - headers sent with the check (the target's, e.g. an auth header); never printed
 * @throws TargetError `health-failed` naming the URL (without credentials or query) and the status or error
 */
export declare function checkHealth(health: string, base: string, timeoutMs: number, headers?: Record<string, string>): Promise<void>;
