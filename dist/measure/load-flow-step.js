// One request of a flow: the step's url, headers and body filled in with the values captured so far,
// sent on the virtual user's own keep-alive connection (undici: flows need every answer's headers
// and body, which the framing-only parser of load-connections.ts never builds), the answer read
// whole, its status checked and its captures taken.
import { performance } from 'node:perf_hooks';
import { Client } from 'undici';
import { fillPlaceholders } from '../config/parse-flows.js';
/**
 * A virtual user with no connection yet.
 * @param vu - its number, the `{{vu}}` of its steps
 * @param timeoutMs - an answer not complete after this long is an error
 * @returns the user
 */
export function newVirtualUser(vu, timeoutMs) {
    return { clients: new Map(), values: new Map([['vu', String(vu)]]), timeoutMs };
}
/**
 * Closes a virtual user's connections at once (requests in flight fail).
 * @param user - the user
 */
export async function closeVirtualUser(user) {
    await Promise.all([...user.clients.values()].map((c) => c.destroy().catch(() => undefined)));
    user.clients.clear();
}
/**
 * Resolves a JSON pointer (RFC 6901) in a parsed body. Hand-written: ten lines against a dependency.
 * @param value - the parsed body
 * @param pointer - e.g. `/data/token` (`''` is the whole body)
 * @returns the value there, or undefined
 */
export function atPointer(value, pointer) {
    if (pointer === '')
        return value;
    let node = value;
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, token))
            return undefined;
        node = node[token];
    }
    return node;
}
function parseBody(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function cookieValue(setCookie, name) {
    for (const line of (setCookie ?? '').split('\n')) {
        const pair = line.split(';')[0] ?? '';
        const eq = pair.indexOf('=');
        if (eq > 0 && pair.slice(0, eq).trim() === name)
            return pair.slice(eq + 1).trim();
    }
    return undefined;
}
/** The captured value, or undefined when the answer holds none. */
function captureOne(spec, answer, body) {
    switch (spec.from) {
        case 'json': {
            const v = atPointer(body(), spec.pointer);
            if (v === undefined || v === null || v === '')
                return undefined;
            return typeof v === 'string' ? v : JSON.stringify(v);
        }
        case 'header':
            return answer.headers[spec.name];
        case 'cookie':
            return cookieValue(answer.headers['set-cookie'], spec.name);
        default: {
            const never = spec;
            return never;
        }
    }
}
/**
 * Where a capture looked, for messages: `/token`, `header etag`, `cookie sid`.
 * @param spec - the capture
 * @returns the description
 */
export function captureSource(spec) {
    return spec.from === 'json' ? spec.pointer || '(the whole body)' : `${spec.from} ${spec.name}`;
}
/**
 * Takes a step's captures into the user's values.
 * @returns undefined when all were found, else where the first one found nothing
 */
function takeCaptures(step, answer, values) {
    let parsed;
    const body = () => (parsed ??= { value: parseBody(answer.body) }).value;
    for (const [name, spec] of Object.entries(step.capture)) {
        const value = captureOne(spec, answer, body);
        if (value === undefined)
            return captureSource(spec);
        values.set(name, value);
    }
    return undefined;
}
function statusOk(step, status) {
    return step.expect.length === 0 ? status >= 200 && status <= 299 : step.expect.includes(status);
}
function clientFor(user, origin) {
    let client = user.clients.get(origin);
    if (client === undefined) {
        client = new Client(origin, { pipelining: 1, headersTimeout: user.timeoutMs, bodyTimeout: user.timeoutMs, keepAliveTimeout: 30_000 });
        user.clients.set(origin, client);
    }
    return client;
}
function headersOf(raw) {
    const out = {};
    for (const [k, v] of Object.entries(raw))
        if (v !== undefined)
            out[k.toLowerCase()] = Array.isArray(v) ? v.join('\n') : v;
    return out;
}
/**
 * Sends one step with the user's values filled in and reads its answer whole.
 * @param user - the virtual user
 * @param step - the step
 * @param baseUrl - the target's url (port filled in); a step's path is relative to it
 * @returns how the step ended; its latency counts from the send to the last byte of the body
 */
export async function runStep(user, step, baseUrl) {
    const base = new URL(baseUrl);
    const url = new URL(fillPlaceholders(step.url, user.values).split('${PORT}').join(base.port), base);
    const headers = {};
    for (const [k, v] of Object.entries(step.headers))
        headers[k] = fillPlaceholders(v, user.values);
    const body = step.body === undefined ? undefined : fillPlaceholders(step.body, user.values);
    const started = performance.now();
    try {
        const res = await clientFor(user, url.origin).request({ path: `${url.pathname}${url.search}`, method: step.method, headers, body });
        const text = await res.body.text();
        const elapsedMs = performance.now() - started;
        const answer = { status: res.statusCode, headers: headersOf(res.headers), body: text };
        const bytes = Buffer.byteLength(text);
        if (!statusOk(step, res.statusCode)) {
            const wanted = step.expect.length === 0 ? '2xx' : step.expect.join(' or ');
            return { kind: 'status', answer, elapsedMs, bytes, detail: `step '${step.name}' answered ${String(res.statusCode)} (expected ${wanted})` };
        }
        const missing = takeCaptures(step, answer, user.values);
        if (missing !== undefined)
            return { kind: 'capture', answer, elapsedMs, bytes, detail: `step '${step.name}' captured nothing at ${missing}` };
        return { kind: 'ok', answer, elapsedMs, bytes };
    }
    catch (error) {
        const code = error.code;
        const kind = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' ? 'timeout' : typeof code === 'string' ? code : 'error';
        return { kind: 'error', code: kind, elapsedMs: performance.now() - started };
    }
}
