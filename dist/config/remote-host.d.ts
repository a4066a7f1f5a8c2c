import type { HttpTargetFile } from '../contracts/config.js';
import type { GuardRails } from './target-config.js';
/** The rate cap of a remote host whose target names none, requests (or flows) per second. */
export declare const DEFAULT_REMOTE_MAX_RATE = 50;
/** The error share that stops the load against a remote host whose target names none. */
export declare const DEFAULT_REMOTE_ABORT_ERROR_RATE = 0.05;
/** How long a health check may take when the target sets no `health_timeout`, ms. */
export declare const DEFAULT_HEALTH_TIMEOUT_MS = 5000;
/**
 * Tells whether a URL's host is this machine's loopback: 127.0.0.0/8, ::1 (or IPv4-mapped
 * 127.x) or the name `localhost`. Any other name counts as remote, even one that resolves to
 * loopback: the decision is made without a DNS lookup, so without a network call.
 * @param url - an http(s) URL; `${PORT}` may stand for the port
 * @returns true for loopback
 */
export declare function isLoopbackUrl(url: string): boolean;
/**
 * The host of a URL without brackets, port, credentials or path.
 * @param url - an http(s) URL; `${PORT}` may stand for the port
 * @returns the host name or address
 */
export declare function hostOf(url: string): string;
/**
 * A URL as messages and reports show it: scheme, host, port and path; credentials and the query
 * (which may carry a token) are left out.
 * @param url - a concrete URL
 * @returns the URL without secrets
 */
export declare function displayUrl(url: string): string;
/**
 * Refuses load against a host that is not loopback unless it was allowed explicitly.
 * @param urls - every URL the load or the checks would reach, with the key that names each
 * @param allowed - whether `allow_remote: true` (or `--allow-remote`) was given
 * @param how - how the user allows it, for the message
 * @throws InputError `invalid-config` naming the first remote URL and how to allow it
 */
export declare function refuseRemote(urls: {
    url: string;
    key: string;
}[], allowed: boolean, how: string): void;
/**
 * Reads the guard rails of an http target and refuses a remote host that is not allowed.
 * @param t - the target as written
 * @param key - its key, e.g. `targets.api.http`
 * @param stepUrls - absolute URLs of its flow steps
 * @returns the guard rails with their defaults
 * @throws InputError `invalid-config` for a remote host without `allow_remote: true` or a rate above `max_rate`
 */
export declare function guardRailsOf(t: HttpTargetFile, key: string, stepUrls: string[]): GuardRails;
