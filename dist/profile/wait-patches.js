// The operations a request can wait on, instrumented for the wait recorder (wait-recorder.ts):
// - `pg` queries: Client/Pool.prototype.query, patched when the program loads pg (pg publishes no
//   diagnostics channel); a Pool's query that finds every client busy is recorded in two parts,
//   its wait for a client (`pg-pool`) and then the query, and so is a direct Pool.connect that waits;
// - outgoing requests: undici's channels for fetch; http/https.request and get patched for the
//   start site, the request's 'close' for the end;
// - timers: setTimeout and timers/promises' setTimeout, when the user's code calls them;
// - fs.promises and callback fs calls, when the user's code calls them;
// - locks: async-mutex's Semaphore.acquire and waitForUnlock (a Mutex holds a Semaphore) and the
//   locks withTimeout and tryAcquire make, when the call queues, in its CommonJS build
//   (Module._load) and its ES build (module hooks, wait-loader-hooks.ts).
// Each wrapper first asks whether anything is followed (`current()`); while nothing is, it passes
// the call on untouched. Query parameters, headers, bodies and query strings are never recorded;
// SQL literals are replaced by `?`. Runs inside the profiled program: Node builtins only.
import dc from 'node:diagnostics_channel';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import timersPromises from 'node:timers/promises';
import { ASYNC_MUTEX_HANDOFF } from './wait-loader-hooks.js';
import { begin, beginOperation, current, nested, record, settle } from './wait-operations.js';
/**
 * SQL with its literals replaced, whitespace collapsed and the length bounded: a label, never data.
 * @param text - the query's text
 * @returns its shape
 */
export function sqlShape(text) {
    return text
        .replace(/'(?:[^']|'')*'/g, '?')
        .replace(/(?<![$\w])\d+(?:\.\d+)?\b/g, '?')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 160);
}
function queryText(args) {
    const first = args[0];
    if (typeof first === 'string')
        return sqlShape(first);
    if (first !== null && typeof first === 'object' && typeof first.text === 'string')
        return sqlShape(first.text);
    return '(query)';
}
/** A callback-last call's arguments with the callback wrapped to end the operation first; null when there is no callback. */
function withEnd(args, end) {
    const last = args.length - 1;
    if (last < 0 || typeof args[last] !== 'function')
        return null;
    const callback = args[last];
    const copy = [...args];
    copy[last] = function settled(...results) {
        end();
        return callback.apply(this, results);
    };
    return copy;
}
/*
 * The wrappers below take their arguments from `arguments`: most calls happen while nothing is
 * followed, and those must cost the program no more than a check and the call itself. Counted with
 * valgrind, a wrapped setTimeout that passes its call on costs about 180 instructions more than the
 * plain one: 0.4% of a request of the N+1 fixture, which makes nine.
 */
/* eslint-disable prefer-rest-params */
function wrapCallbackCall(original, kind, label, directOnly = false) {
    return function wrapped() {
        if (current() === null)
            return Reflect.apply(original, this, arguments);
        const args = Array.prototype.slice.call(arguments);
        const end = begin(kind, () => label(args), directOnly);
        if (end === null)
            return original.apply(this, args);
        const settled = withEnd(args, end);
        if (settled !== null)
            return nested(() => original.apply(this, settled));
        return settle(nested(() => original.apply(this, args)), end);
    };
}
/** The pool's size when every client is checked out (a query now waits for one), else null. */
function exhaustedSize(pool) {
    const { idleCount, totalCount, options } = pool;
    const max = options?.max;
    if (typeof idleCount !== 'number' || typeof totalCount !== 'number' || typeof max !== 'number')
        return null;
    return idleCount === 0 && totalCount >= max ? max : null;
}
const poolLabel = (size) => `wait for a free client (pool of ${size})`;
/** Set by a Pool.query that found the pool exhausted, for the connect call it makes synchronously. */
let onClient = null;
/** Pool.query: a query that found every client busy is two operations, the wait for a client and the query. */
function wrapPoolQuery(original) {
    return function query() {
        if (current() === null)
            return Reflect.apply(original, this, arguments);
        const args = Array.prototype.slice.call(arguments);
        const size = exhaustedSize(this);
        if (size === null) {
            const end = begin('pg', () => queryText(args));
            if (end === null)
                return original.apply(this, args);
            const settled = withEnd(args, end);
            return settled !== null ? nested(() => original.apply(this, settled)) : settle(nested(() => original.apply(this, args)), end);
        }
        const waiting = beginOperation('pg-pool', () => poolLabel(size));
        if (waiting === null)
            return original.apply(this, args);
        let queryEnd = null;
        const end = () => {
            // A query that never got a client (an error) ends its wait here.
            waiting.end();
            queryEnd?.();
        };
        onClient = (at) => {
            waiting.end(at);
            queryEnd = record(waiting.request, 'pg', queryText(args), waiting.frames, at, waiting.library);
        };
        try {
            const settled = withEnd(args, end);
            return settled !== null ? nested(() => original.apply(this, settled)) : settle(nested(() => original.apply(this, args)), end);
        }
        finally {
            onClient = null;
        }
    };
}
/** Pool.connect: tells a Pool.query when it got its client; a direct call that waits is a `pg-pool` operation. */
function wrapPoolConnect(original) {
    return function connect() {
        const handed = onClient;
        onClient = null;
        if (handed !== null) {
            const callback = arguments[0];
            if (typeof callback !== 'function')
                return Reflect.apply(original, this, arguments);
            return original.call(this, function acquired() {
                // A client handed over: the query starts now. An error (a connection timeout) handed none,
                // and the query's own end closes its wait. The callback runs as part of the operation: pg
                // calls its Client.query there, and a client released inside it is handed to the next
                // waiter at once, whose query must not be recorded again as the releasing request's.
                if (arguments[0] === null || arguments[0] === undefined)
                    handed(performance.now());
                // eslint-disable-next-line @typescript-eslint/no-this-alias -- the callback's receiver, passed on unchanged
                const receiver = this;
                const passed = arguments;
                return nested(() => Reflect.apply(callback, receiver, passed));
            });
        }
        if (current() === null)
            return Reflect.apply(original, this, arguments);
        const size = exhaustedSize(this);
        if (size === null)
            return Reflect.apply(original, this, arguments);
        const args = Array.prototype.slice.call(arguments);
        const end = begin('pg-pool', () => poolLabel(size));
        if (end === null)
            return original.apply(this, args);
        const settled = withEnd(args, end);
        return settled !== null ? nested(() => original.apply(this, settled)) : settle(nested(() => original.apply(this, args)), end);
    };
}
function patchPg(pg) {
    const marker = Symbol.for('perfflow.waits.pg');
    for (const name of ['Client', 'Pool']) {
        const cls = pg[name];
        const proto = cls?.prototype;
        if (proto === undefined || typeof proto.query !== 'function' || proto[marker] === true)
            continue;
        proto[marker] = true;
        if (name === 'Pool') {
            proto.query = wrapPoolQuery(proto.query);
            if (typeof proto.connect === 'function')
                proto.connect = wrapPoolConnect(proto.connect);
        }
        else {
            proto.query = wrapCallbackCall(proto.query, 'pg', (args) => queryText(args));
        }
    }
}
/** An async-mutex Semaphore's value (public getValue), or null when it has none. */
function valueOf(semaphore) {
    const { getValue } = semaphore;
    if (typeof getValue !== 'function')
        return null;
    const value = getValue.call(semaphore);
    return typeof value === 'number' ? value : null;
}
/** Set while the acquire or waitForUnlock of a withTimeout (or tryAcquire) lock runs: the call inside says whether it queued. */
let timed = null;
const lockLabel = (call) => `wait for a lock (async-mutex ${call})`;
/**
 * A lock call that queued, known once it returned: a call the program waits on through a
 * withTimeout lock tells that lock's wrapper, which records the wait up to what the program sees
 * (the grant or the timeout); any other is a `lock` operation from the call until the grant.
 */
function queuedCall(result, start, call) {
    if (timed !== null) {
        timed.queued = true;
        return result;
    }
    const end = begin('lock', () => lockLabel(call), false, start);
    return end === null ? result : settle(result, end);
}
/**
 * async-mutex's Semaphore.acquire (a Mutex holds a Semaphore of one; runExclusive calls acquire). A
 * grant at once takes its weight from the value before acquire returns (its Promise's executor runs
 * synchronously); a call whose value is unchanged queued (another holder, or a waiter before it)
 * and waits until it is granted. A grant at once waits on nothing and is not recorded.
 */
function wrapAcquire(original) {
    return function acquire() {
        if (current() === null)
            return Reflect.apply(original, this, arguments);
        const args = Array.prototype.slice.call(arguments);
        const start = performance.now();
        const before = valueOf(this);
        const result = nested(() => original.apply(this, args));
        if (before === null || valueOf(this) !== before)
            return result;
        return queuedCall(result, start, typeof args[0] === 'number' && args[0] !== 1 ? `acquire, weight ${args[0]}` : 'acquire');
    };
}
/** async-mutex's Semaphore.waitForUnlock: waits unless the lock could be taken at once (the check it makes itself). */
function wrapWaitForUnlock(original) {
    return function waitForUnlock() {
        if (current() === null)
            return Reflect.apply(original, this, arguments);
        const args = Array.prototype.slice.call(arguments);
        const weight = typeof args[0] === 'number' ? args[0] : 1;
        const could = this._couldLockImmediately;
        const value = valueOf(this);
        const queued = typeof could === 'function' ? could.call(this, weight, typeof args[1] === 'number' ? args[1] : 0) !== true : value !== null && value < weight;
        const start = performance.now();
        const result = nested(() => original.apply(this, args));
        return queued ? queuedCall(result, start, 'waitForUnlock') : result;
    };
}
/**
 * The acquire and waitForUnlock of a lock made by withTimeout (tryAcquire is withTimeout with 0
 * ms): the program waits for the grant or the timeout, whichever comes first, so a call that queued
 * is recorded up to what its own promise settles with. One that gave up still leaves its inner call
 * queued; that call is not recorded.
 */
function wrapTimed(original, call) {
    return function timedCall() {
        if (current() === null)
            return Reflect.apply(original, this, arguments);
        const args = Array.prototype.slice.call(arguments);
        const start = performance.now();
        const outer = timed;
        const mine = { queued: false };
        timed = mine;
        let result;
        try {
            result = original.apply(this, args);
        }
        finally {
            timed = outer;
        }
        if (!mine.queued)
            return result;
        const end = begin('lock', () => lockLabel(`${call} with a timeout`), false, start);
        return end === null ? result : settle(result, end);
    };
}
const PATCHED = Symbol.for('perfflow.waits.async-mutex.patched');
/** withTimeout, wrapped to wrap the lock it makes (the original unchanged when it is not a function). */
function wrapWithTimeout(original) {
    if (typeof original !== 'function' || original[PATCHED] === true)
        return original;
    const wrapped = function withTimeout() {
        const made = Reflect.apply(original, this, arguments);
        if (made !== null && typeof made === 'object') {
            const lock = made;
            for (const name of ['acquire', 'waitForUnlock'])
                if (typeof lock[name] === 'function')
                    lock[name] = wrapTimed(lock[name], name);
        }
        return made;
    };
    Object.defineProperty(wrapped, PATCHED, { value: true });
    return wrapped;
}
/**
 * Patches async-mutex's Semaphore and returns its withTimeout wrapped (the ES build's hand-off,
 * which assigns it back). Never throws: a version whose shape differs is left as it is.
 */
function patchAsyncMutex(exported) {
    try {
        const proto = exported.Semaphore?.prototype;
        if (proto !== undefined && typeof proto.acquire === 'function' && proto[PATCHED] !== true) {
            proto[PATCHED] = true;
            proto.acquire = wrapAcquire(proto.acquire);
            if (typeof proto.waitForUnlock === 'function')
                proto.waitForUnlock = wrapWaitForUnlock(proto.waitForUnlock);
        }
        return wrapWithTimeout(exported.withTimeout);
    }
    catch {
        return exported.withTimeout;
    }
}
/** Whether a CommonJS load is async-mutex's own withTimeout module (its index re-exports it through a getter). */
function isAsyncMutexWithTimeout(request, parent) {
    const from = parent?.filename;
    return request === './withTimeout' && typeof from === 'string' && /[\\/]node_modules[\\/]async-mutex[\\/]lib[\\/]/.test(from);
}
const hasFunctions = (exported, ...names) => exported !== null && typeof exported === 'object' && names.every((n) => typeof exported[n] === 'function');
function patchLoader() {
    const loader = Module;
    const load = loader._load;
    loader._load = function patchedLoad(...args) {
        const exported = load.apply(this, args);
        if (hasFunctions(exported, 'Client', 'Pool'))
            patchPg(exported);
        else if (isAsyncMutexWithTimeout(args[0], args[1]) && hasFunctions(exported, 'withTimeout')) {
            const module = exported;
            module.withTimeout = wrapWithTimeout(module.withTimeout);
        }
        else if (hasFunctions(exported, 'Mutex', 'Semaphore', 'withTimeout'))
            patchAsyncMutex({ Semaphore: exported.Semaphore });
        return exported;
    };
    // An ES module import never passes through Module._load: async-mutex's ES build hands its classes
    // over from a statement the module hooks append (wait-loader-hooks.ts). The hooks run on a thread
    // of their own that every later import goes through, so they are registered only in a project
    // that has async-mutex (resolved from the working directory). Node before 20.6 has no register:
    // the ES build is then not seen.
    globalThis[Symbol.for(ASYNC_MUTEX_HANDOFF)] = patchAsyncMutex;
    const { register } = Module;
    if (typeof register !== 'function' || !resolvable('async-mutex'))
        return;
    try {
        register('./wait-loader-hooks.js', import.meta.url);
    }
    catch {
        // A runtime that refuses module hooks (a permission model without workers): the ES build is not seen.
    }
}
/** Whether the program's working directory resolves a package (a few stat calls, once). */
function resolvable(name) {
    try {
        Module.createRequire(join(process.cwd(), 'noop.js')).resolve(name);
        return true;
    }
    catch {
        return false;
    }
}
/** Gives a wrapper the properties of the function it replaces (`setTimeout[promisify.custom]`), all but its prototype. */
function copyProperties(original, wrapper) {
    const { prototype: _prototype, ...descriptors } = Object.getOwnPropertyDescriptors(original);
    Object.defineProperties(wrapper, descriptors);
}
function patchTimers() {
    const original = globalThis.setTimeout;
    /** Recorded timers not yet fired: one cleared first was a timeout that did not happen, not a wait. */
    const pending = new WeakMap();
    const patched = function setTimeout(callback, ms) {
        if (current() === null || typeof callback !== 'function')
            return Reflect.apply(original, this, arguments);
        const rest = Array.prototype.slice.call(arguments, 2);
        const end = begin('timer', () => `setTimeout(${Math.round(ms ?? 0)} ms)`, true);
        if (end === null)
            return original.call(this, callback, ms, ...rest);
        const timer = original.call(this, function fired(...args) {
            end();
            pending.delete(timer);
            return callback.apply(this, args);
        }, ms, ...rest);
        if (timer !== null && typeof timer === 'object')
            pending.set(timer, end);
        return timer;
    };
    copyProperties(original, patched);
    globalThis.setTimeout = patched;
    const clear = globalThis.clearTimeout;
    const patchedClear = function clearTimeout(timer) {
        if (timer !== null && typeof timer === 'object') {
            pending.get(timer)?.cancel?.();
            pending.delete(timer);
        }
        return Reflect.apply(clear, this, arguments);
    };
    copyProperties(clear, patchedClear);
    globalThis.clearTimeout = patchedClear;
    const sleep = timersPromises.setTimeout;
    timersPromises.setTimeout = function setTimeout() {
        if (current() === null)
            return Reflect.apply(sleep, this, arguments);
        const args = Array.prototype.slice.call(arguments);
        const end = begin('timer', () => `setTimeout(${Math.round(Number(args[0] ?? 0))} ms)`, true);
        const result = nested(() => sleep.apply(this, args));
        return end === null ? result : settle(result, end);
    };
}
const FS_CALLS = ['readFile', 'writeFile', 'appendFile', 'readdir', 'stat', 'lstat', 'access', 'open', 'unlink', 'rename', 'mkdir', 'rm', 'copyFile'];
function patchFs() {
    const label = (name) => (args) => `fs.${name}${typeof args[0] === 'string' ? ` ${args[0].split('/').slice(-2).join('/')}` : ''}`;
    const promises = fs.promises;
    const callbacks = fs;
    for (const name of FS_CALLS) {
        if (typeof promises[name] === 'function')
            promises[name] = wrapCallbackCall(promises[name], 'fs', label(name), true);
        if (typeof callbacks[name] === 'function')
            callbacks[name] = wrapCallbackCall(callbacks[name], 'fs', label(name), true);
    }
}
/**
 * The URL an outgoing http.request names (a string, a URL or options), without its user and
 * password: the label is written to the report.
 */
export function whereOf(scheme, first) {
    if (typeof first === 'string' || first instanceof URL) {
        try {
            const url = new URL(first);
            url.username = '';
            url.password = '';
            return url.href;
        }
        catch {
            return String(first).replace(/\/\/[^/@]*@/, '//');
        }
    }
    const options = first;
    return `${scheme}://${options?.hostname ?? options?.host ?? 'localhost'}${options?.path ?? '/'}`;
}
function patchHttpClient() {
    for (const [scheme, module] of [['http', http], ['https', https]]) {
        const target = module;
        for (const name of ['request', 'get']) {
            const original = target[name];
            target[name] = function request() {
                if (current() === null)
                    return Reflect.apply(original, this, arguments);
                const args = Array.prototype.slice.call(arguments);
                const end = begin('http', () => `${scheme.toUpperCase()} ${whereOf(scheme, args[0]).replace(/[?#].*$/, '')}`);
                const req = end === null ? original.apply(this, args) : nested(() => original.apply(this, args));
                if (end !== null && req !== null && typeof req === 'object')
                    req.once('close', () => {
                        end();
                    });
                return req;
            };
        }
    }
}
/* eslint-enable prefer-rest-params */
/** fetch: undici publishes its requests' start, trailers and errors. */
function subscribeUndici() {
    const ends = new WeakMap();
    dc.subscribe('undici:request:create', (message) => {
        const { request } = message;
        const end = begin('http', () => `${request.method ?? 'GET'} ${request.origin ?? ''}${(request.path ?? '').replace(/[?#].*$/, '')}`);
        if (end !== null)
            ends.set(request, end);
    });
    for (const channel of ['undici:request:trailers', 'undici:request:error']) {
        dc.subscribe(channel, (message) => {
            const { request } = message;
            ends.get(request)?.();
            ends.delete(request);
        });
    }
}
/** Installs every operation's instrument (once, at preload time). */
export function patchOperations() {
    patchLoader();
    patchTimers();
    patchFs();
    patchHttpClient();
    subscribeUndici();
}
