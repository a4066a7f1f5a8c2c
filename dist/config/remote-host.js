// The guard rails of load against a service: which hosts count as this machine, and what a target
// that points elsewhere must say before perfflow sends it a single request.
import { BlockList, isIP } from 'node:net';
import { InputError } from '../errors.js';
import { parseDuration } from './duration.js';
/** The rate cap of a remote host whose target names none, requests (or flows) per second. */
export const DEFAULT_REMOTE_MAX_RATE = 50;
/** The error share that stops the load against a remote host whose target names none. */
export const DEFAULT_REMOTE_ABORT_ERROR_RATE = 0.05;
/** How long a health check may take when the target sets no `health_timeout`, ms. */
export const DEFAULT_HEALTH_TIMEOUT_MS = 5000;
// node's own address matcher rather than hand-written octet tests: it also knows IPv4-mapped IPv6.
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');
/**
 * Tells whether a URL's host is this machine's loopback: 127.0.0.0/8, ::1 (or IPv4-mapped
 * 127.x) or the name `localhost`. Any other name counts as remote, even one that resolves to
 * loopback: the decision is made without a DNS lookup, so without a network call.
 * @param url - an http(s) URL; `${PORT}` may stand for the port
 * @returns true for loopback
 */
export function isLoopbackUrl(url) {
    let host;
    try {
        host = hostOf(url).toLowerCase().replace(/\.$/, '');
    }
    catch {
        return false; // a host that does not parse (a placeholder in it) cannot be shown to be loopback: remote
    }
    if (host === 'localhost')
        return true;
    const family = isIP(host);
    if (family === 0)
        return false;
    return LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
}
/**
 * The host of a URL without brackets, port, credentials or path.
 * @param url - an http(s) URL; `${PORT}` may stand for the port
 * @returns the host name or address
 */
export function hostOf(url) {
    return new URL(url.split('${PORT}').join('1')).hostname.replace(/^\[|\]$/g, '');
}
/**
 * A URL as messages and reports show it: scheme, host, port and path; credentials and the query
 * (which may carry a token) are left out.
 * @param url - a concrete URL
 * @returns the URL without secrets
 */
export function displayUrl(url) {
    try {
        const u = new URL(url.split('${PORT}').join('1'));
        return `${u.protocol}//${u.host}${u.pathname}${u.search === '' ? '' : '?…'}`;
    }
    catch {
        return '(a URL that does not parse)';
    }
}
/**
 * Refuses load against a host that is not loopback unless it was allowed explicitly.
 * @param urls - every URL the load or the checks would reach, with the key that names each
 * @param allowed - whether `allow_remote: true` (or `--allow-remote`) was given
 * @param how - how the user allows it, for the message
 * @throws InputError `invalid-config` naming the first remote URL and how to allow it
 */
export function refuseRemote(urls, allowed, how) {
    if (allowed)
        return;
    const remote = urls.find((u) => !isLoopbackUrl(u.url));
    if (remote === undefined)
        return;
    throw new InputError('invalid-config', `${remote.key}: ${hostOf(remote.url)} is not this machine (loopback); perfflow sends load only to 127.0.0.1, ::1 or localhost unless you allow it: ${how}`);
}
/**
 * Reads the guard rails of an http target and refuses a remote host that is not allowed.
 * @param t - the target as written
 * @param key - its key, e.g. `targets.api.http`
 * @param stepUrls - absolute URLs of its flow steps
 * @returns the guard rails with their defaults
 * @throws InputError `invalid-config` for a remote host without `allow_remote: true` or a rate above `max_rate`
 */
export function guardRailsOf(t, key, stepUrls) {
    const healthUrl = t.health === undefined ? undefined : t.health.startsWith('/') ? new URL(t.health, t.url.split('${PORT}').join('1')).href : t.health;
    const urls = [{ url: t.url, key: `${key}.url` }, ...stepUrls.map((url) => ({ url, key: `${key} flow step url` })), ...(healthUrl === undefined ? [] : [{ url: healthUrl, key: `${key}.health` }])];
    refuseRemote(urls, t.allow_remote === true, `add allow_remote: true to ${key} (and set max_rate)`);
    const remote = urls.some((u) => !isLoopbackUrl(u.url));
    const maxRate = t.max_rate ?? (remote ? DEFAULT_REMOTE_MAX_RATE : undefined);
    if (t.rate !== undefined && maxRate !== undefined && t.rate > maxRate) {
        throw new InputError('invalid-config', `${key}.rate ${t.rate}/s is above its max_rate of ${maxRate}/s${t.max_rate === undefined ? ' (the default for a remote host)' : ''}; lower rate or raise max_rate`);
    }
    return {
        allowRemote: t.allow_remote === true,
        remote,
        host: hostOf(t.url),
        health: t.health,
        healthTimeoutMs: t.health_timeout === undefined ? DEFAULT_HEALTH_TIMEOUT_MS : parseDuration(t.health_timeout, `${key}.health_timeout`),
        maxRate,
        abortErrorRate: t.abort_error_rate ?? (remote ? DEFAULT_REMOTE_ABORT_ERROR_RATE : undefined),
    };
}
