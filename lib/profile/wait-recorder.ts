// Loaded by the profiling preload into the target: records where each request's wall time waits.
// Node builtins only (this runs inside the user's process) and no change to what the program does:
// - a request starts at diagnostics_channel `http.server.request.start` (AsyncLocalStorage carries it
//   into every continuation of the handler) and ends at `http.server.response.finish`;
// - an operation is something the request waits on: a `pg` query (Client/Pool.prototype.query, patched
//   when the program loads pg: pg publishes no diagnostics channel), an outgoing request (undici's
//   channels for fetch; http/https.request patched for the start site, the request's 'close' for the
//   end), a timer (setTimeout, timers/promises) and fs.promises / callback fs calls. Each records its
//   start and end and the stack of the user's code that started it (structured V8 call sites, at
//   most 48 frames, captured only while recording).
// A 1 ms probe timer records when the event loop was blocked (a tick more than 2 ms late): time an
// operation's callback spent queued behind other work is the loop's, not the operation's.
// Nothing is recorded while recording is off; `stop` writes `<pid>.waits.json`. Query parameters,
// headers, bodies and query strings are never recorded; SQL literals are replaced by `?`.
import { AsyncLocalStorage } from 'node:async_hooks';
import dc from 'node:diagnostics_channel';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import Module, { syncBuiltinESMExports } from 'node:module';
import { performance } from 'node:perf_hooks';
import timersPromises from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** One frame of the user's code, innermost first in a stack. */
type Frame = [fn: string, file: string, line: number, column: number, awaited: boolean];
interface Group { kind: string; label: string; frames: Frame[] }
interface RequestRecord { start: number; end: number; name: string; status: number; ops: [group: number, start: number, end: number][] }

/** Requests kept per process: enough for stable shares, a bounded file. */
const MAX_REQUESTS = 20_000;
/**
 * Requests are followed in windows, and between windows AsyncLocalStorage is disabled, and with it
 * the async hook that costs every promise of the program its share (bench/waits.bench.mjs measured
 * ~20% of a pg server's throughput with it on all the time). A window follows the requests that
 * start in its first FOLLOW_MS (at most MAX_PER_WINDOW) and closes when they have answered. The next
 * one opens after a pause that keeps the hook on for about DUTY of the wall time: a server whose
 * requests are fast gets short windows close together, a slow or saturated one long windows far
 * apart. The first window stays open until it has followed FIRST_FOLLOWED requests, so that even a
 * short profile of a slow endpoint has enough of them; the duty cycle bounds the cost after that. Fixed windows of 150 ms every second kept
 * the hook on for 15% of the time and cost examples/orders-api 18% of its throughput per
 * CPU-second. Requests are alike under one target's load, so the followed ones estimate the rest.
 */
const FOLLOW_MS = 150;
const MAX_PER_WINDOW = 25;
const DUTY = 0.05;
const MIN_GAP_MS = 50;
const MAX_GAP_MS = 30_000;
const FIRST_FOLLOWED = 40;
/** A followed request that never answers stops holding the hook on after this long. */
const DRAIN_LIMIT_MS = 5000;
const SELF = fileURLToPath(new URL('.', import.meta.url));

const store = new AsyncLocalStorage<RequestRecord>();
const groups: Group[] = [];
const groupIndex = new Map<string, number>();
const finished: RequestRecord[] = [];
let recording = false;
let dropped = 0;
/** Intervals during which the event loop was blocked, ms. */
const blocked: [number, number][] = [];
const MAX_BLOCKED = 100_000;
let probe: NodeJS.Timeout | null = null;
/** setTimeout as the program found it (the probe must not record itself). */
let plainSetInterval: typeof setInterval = setInterval;

/** Operations started synchronously inside another operation's start (Pool.query calling Client.query) are that operation. */
let depth = 0;

/** The user's frames of the current stack, and whether the innermost frame (the caller) is the user's own. */
/** Stack frames of V8, at most `depth` (structured: no text is formatted). */
function callSites(depth: number): NodeJS.CallSite[] {
  const limit = Error.stackTraceLimit;
  const { prepareStackTrace: prepare } = Error as { prepareStackTrace?: unknown };
  Error.stackTraceLimit = depth;
  Error.prepareStackTrace = (_error, sites) => sites;
  const holder: { stack?: NodeJS.CallSite[] } = {};
  Error.captureStackTrace(holder, callSites);
  const sites = holder.stack ?? [];
  Error.stackTraceLimit = limit;
  (Error as { prepareStackTrace?: unknown }).prepareStackTrace = prepare;
  return sites;
}

/** File paths of script names (ESM scripts are named by file: URLs), converted once each. */
const paths = new Map<string, string>();
function pathOf(name: string): string {
  let path = paths.get(name);
  if (path === undefined) {
    path = name.startsWith('file://') ? fileURLToPath(name) : name;
    paths.set(name, path);
  }
  return path;
}

/** The user's frames of the current stack, and whether the innermost frame (the caller) is the user's own. */
function userFrames(): { frames: Frame[]; direct: boolean } {
  // Most operations are started a few frames below the user's code: look at 16 frames first and
  // at 48 only when none of them is the user's (fetch starts deep inside undici).
  let result = framesOf(callSites(16));
  if (result.frames.length === 0) result = framesOf(callSites(48));
  return result;
}

function framesOf(sites: NodeJS.CallSite[]): { frames: Frame[]; direct: boolean } {
  const frames: Frame[] = [];
  let direct: boolean | null = null;
  for (const site of sites) {
    const file = pathOf(site.getFileName() ?? '');
    if (file.startsWith(SELF)) continue;
    const own = file !== '' && !file.startsWith('node:') && !file.includes('/node_modules/');
    direct ??= own;
    if (!own) continue;
    const awaited = typeof (site as { isAsync?: () => boolean }).isAsync === 'function' && (site as { isAsync: () => boolean }).isAsync();
    frames.push([site.getFunctionName() ?? site.getMethodName() ?? '', file, site.getLineNumber() ?? 0, site.getColumnNumber() ?? 0, awaited]);
    if (frames.length === 6) break;
  }
  return { frames, direct: direct === true };
}

/** The call of a function target being followed (see {@link followCall}). */
let call: RequestRecord | null = null;

function current(): RequestRecord | null {
  if (!recording) return null;
  return call ?? store.getStore() ?? null;
}

function keep(record: RequestRecord): void {
  if (finished.length < MAX_REQUESTS) finished.push(record);
  else dropped += 1;
}

/**
 * Follows one call of a function target: the operations started from the call until its end are
 * its own. A function target's calls run one after another, so a variable names the call and no
 * async hook is needed (work a call leaves running after it settled is charged to the next one).
 * @param name - the task's name
 * @returns the end of the call, to run when it has settled; it returns how many operations the call started
 */
export function followCall(name: string): () => number {
  const record: RequestRecord = { start: performance.now(), end: -1, name, status: 0, ops: [] };
  call = record;
  probeOn();
  return () => {
    record.end = performance.now();
    if (call === record) call = null;
    keep(record);
    return record.ops.length;
  };
}

/**
 * Starts an operation of the current request; returns its end, or null when nothing is recorded
 * (recording off, no request, or no frame of the user's code started it: a library's own timers).
 */
function begin(kind: string, describe: () => string, directOnly = false): (() => void) | null {
  // Nothing, not even the label, is computed for an operation that is not recorded: most are not
  // (between windows), and shaping a query's text takes four regular expressions per query.
  const request = current();
  if (request === null || depth > 0) return null;
  const { frames, direct } = userFrames();
  if (frames.length === 0 || (directOnly && !direct)) return null;
  const label = describe();
  const key = `${kind}\u0000${label}\u0000${frames.map((f) => `${f[1]}:${f[2]}:${f[3]}`).join('|')}`;
  let group = groupIndex.get(key);
  if (group === undefined) {
    group = groups.length;
    groups.push({ kind, label, frames });
    groupIndex.set(key, group);
  }
  const op: [number, number, number] = [group, performance.now(), -1];
  request.ops.push(op);
  return () => {
    if (op[2] < 0) op[2] = performance.now();
  };
}

function settle<T>(result: T, end: () => void): T {
  if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
    (result as unknown as Promise<unknown>).then(end, end);
  } else {
    end();
  }
  return result;
}

/** SQL with its literals replaced, whitespace collapsed and the length bounded: a label, never data. */
export function sqlShape(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/(?<![$\w])\d+(?:\.\d+)?\b/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

function queryText(args: unknown[]): string {
  const first = args[0];
  if (typeof first === 'string') return sqlShape(first);
  if (first !== null && typeof first === 'object' && typeof (first as { text?: unknown }).text === 'string') return sqlShape((first as { text: string }).text);
  return '(query)';
}

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

function nested<T>(run: () => T): T {
  depth += 1;
  try {
    return run();
  } finally {
    depth -= 1;
  }
}

/*
 * The wrappers below take their arguments from `arguments`: most calls happen while nothing is
 * followed, and those must cost the program no more than a check and the call itself (bench/waits:
 * a server that does little besides nine timers a request paid ~13% with a rest array and a label
 * closure made on every call).
 */
/* eslint-disable prefer-rest-params */
function wrapCallbackCall(original: AnyFunction, kind: string, label: (args: unknown[]) => string, directOnly = false): AnyFunction {
  return function wrapped(this: unknown): unknown {
    if (current() === null) return Reflect.apply(original, this, arguments);
    const args: unknown[] = Array.prototype.slice.call(arguments);
    const end = begin(kind, () => label(args), directOnly);
    if (end === null) return original.apply(this, args);
    const last = args.length - 1;
    if (last >= 0 && typeof args[last] === 'function') {
      const callback = args[last] as AnyFunction;
      args[last] = function settled(this: unknown, ...results: unknown[]): unknown {
        end();
        return callback.apply(this, results);
      };
      return nested(() => original.apply(this, args));
    }
    return settle(nested(() => original.apply(this, args)), end);
  };
}

function patchPg(pg: Record<string, unknown>): void {
  const marker = Symbol.for('perfflow.waits.pg');
  for (const name of ['Client', 'Pool']) {
    const cls = pg[name] as { prototype?: Record<string | symbol, unknown> } | undefined;
    const proto = cls?.prototype;
    if (proto === undefined || typeof proto.query !== 'function' || proto[marker] === true) continue;
    proto[marker] = true;
    proto.query = wrapCallbackCall(proto.query as AnyFunction, 'pg', (args) => queryText(args));
  }
}

function patchLoader(): void {
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const load = loader._load;
  loader._load = function patchedLoad(this: unknown, ...args: [string, unknown, boolean]): unknown {
    const exported = load.apply(this, args);
    if (exported !== null && typeof exported === 'object' && typeof (exported as { Client?: unknown }).Client === 'function' && typeof (exported as { Pool?: unknown }).Pool === 'function') {
      patchPg(exported as Record<string, unknown>);
    }
    return exported;
  };
}

function patchTimers(): void {
  const original = globalThis.setTimeout;
  const patched = function setTimeout(this: unknown, callback: unknown, ms?: number): unknown {
    if (current() === null || typeof callback !== 'function') return Reflect.apply(original, this, arguments);
    const rest: unknown[] = Array.prototype.slice.call(arguments, 2);
    const end = begin('timer', () => `setTimeout(${Math.round(ms ?? 0)} ms)`, true);
    if (end === null) return (original as AnyFunction).call(this, callback, ms, ...rest);
    return (original as AnyFunction).call(this, function fired(this: unknown, ...args: unknown[]) {
      end();
      return (callback as AnyFunction).apply(this, args);
    }, ms, ...rest);
  };
  const { prototype: _prototype, ...descriptors } = Object.getOwnPropertyDescriptors(original);
  Object.defineProperties(patched, descriptors);
  globalThis.setTimeout = patched as typeof globalThis.setTimeout;
  const sleep = timersPromises.setTimeout as unknown as AnyFunction;
  (timersPromises as unknown as Record<string, unknown>).setTimeout = function setTimeout(this: unknown): unknown {
    if (current() === null) return Reflect.apply(sleep, this, arguments) as unknown;
    const args: unknown[] = Array.prototype.slice.call(arguments);
    const end = begin('timer', () => `setTimeout(${Math.round(Number(args[0] ?? 0))} ms)`, true);
    const result = nested(() => sleep.apply(this, args));
    return end === null ? result : settle(result, end);
  };
}

const FS_CALLS = ['readFile', 'writeFile', 'appendFile', 'readdir', 'stat', 'lstat', 'access', 'open', 'unlink', 'rename', 'mkdir', 'rm', 'copyFile'];

function patchFs(): void {
  const label = (name: string) => (args: unknown[]): string => `fs.${name}${typeof args[0] === 'string' ? ` ${args[0].split('/').slice(-2).join('/')}` : ''}`;
  const promises = fs.promises as unknown as Record<string, unknown>;
  const callbacks = fs as unknown as Record<string, unknown>;
  for (const name of FS_CALLS) {
    if (typeof promises[name] === 'function') promises[name] = wrapCallbackCall(promises[name] as AnyFunction, 'fs', label(name), true);
    if (typeof callbacks[name] === 'function') callbacks[name] = wrapCallbackCall(callbacks[name] as AnyFunction, 'fs', label(name), true);
  }
}

/** The URL an outgoing http.request names: a string, a URL or options. */
function whereOf(scheme: string, first: unknown): string {
  if (typeof first === 'string') return first;
  if (first instanceof URL) return first.href;
  const options = first as { host?: string; hostname?: string; path?: string } | undefined;
  return `${scheme}://${options?.hostname ?? options?.host ?? 'localhost'}${options?.path ?? '/'}`;
}

function patchHttpClient(): void {
  for (const [scheme, module] of [['http', http], ['https', https]] as const) {
    const target = module as unknown as Record<string, unknown>;
    for (const name of ['request', 'get']) {
      const original = target[name] as AnyFunction;
      target[name] = function request(this: unknown): unknown {
        if (current() === null) return Reflect.apply(original, this, arguments) as unknown;
        const args: unknown[] = Array.prototype.slice.call(arguments);
        const end = begin('http', () => `${scheme.toUpperCase()} ${whereOf(scheme, args[0]).replace(/[?#].*$/, '')}`);
        const req = end === null ? original.apply(this, args) : nested(() => original.apply(this, args));
        if (end !== null && req !== null && typeof req === 'object') (req as http.ClientRequest).once('close', end);
        return req;
      };
    }
  }
}
/* eslint-enable prefer-rest-params */

/** When the current window opened (-1: no window is open) and when the next one may open. */
let windowStart = -1;
let nextWindow = 0;
let followedInWindow = 0;
let followedInAll = 0;
let inFlight = 0;
/** Time windows were open, and when recording started: the share of time the hook was on. */
let openMs = 0;
let recordingSince = 0;

/** Whether the open window still takes requests. */
function accepting(now: number): boolean {
  if (windowStart < 0) return false;
  return followedInAll < FIRST_FOLLOWED || (now - windowStart < FOLLOW_MS && followedInWindow < MAX_PER_WINDOW);
}

/** Whether to follow a request starting now, opening a window when one is due. */
function followNext(): boolean {
  const now = performance.now();
  if (windowStart < 0 && now >= nextWindow) {
    windowStart = now;
    followedInWindow = 0;
    inFlight = 0;
  }
  if (!accepting(now)) return false;
  followedInWindow += 1;
  followedInAll += 1;
  inFlight += 1;
  probeOn();
  return true;
}

/** Closes the open window once it takes no more requests and its requests have answered. */
function closeWhenDrained(): void {
  if (windowStart < 0) return;
  const now = performance.now();
  if (accepting(now) || (inFlight > 0 && now - windowStart <= DRAIN_LIMIT_MS)) return;
  const on = now - windowStart;
  openMs += on;
  windowStart = -1;
  nextWindow = now + Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, (on * (1 - DUTY)) / DUTY));
  pause();
}

function finishedOne(): void {
  inFlight = Math.max(0, inFlight - 1);
  closeWhenDrained();
}

function subscribeChannels(): void {
  // The response names its request at the end: the finish is published from the socket's write
  // callback, where the store is not always the request's.
  const byResponse = new WeakMap<http.ServerResponse, RequestRecord>();
  dc.subscribe('http.server.request.start', (message) => {
    if (!recording) return;
    if (!followNext()) {
      // A request not followed must not inherit the store of an earlier one on the same connection.
      if (store.getStore() !== undefined) store.enterWith(undefined as unknown as RequestRecord);
      closeWhenDrained();
      return;
    }
    const { request, response } = message as { request: http.IncomingMessage; response: http.ServerResponse };
    const record: RequestRecord = { start: performance.now(), end: -1, name: `${request.method ?? 'GET'} ${(request.url ?? '/').replace(/[?#].*$/, '')}`, status: 0, ops: [] };
    byResponse.set(response, record);
    store.enterWith(record);
  });
  dc.subscribe('http.server.response.finish', (message) => {
    const { response } = message as { response: http.ServerResponse };
    const record = byResponse.get(response);
    if (record === undefined || record.end >= 0) return;
    byResponse.delete(response);
    record.end = performance.now();
    record.status = response.statusCode;
    keep(record);
    finishedOne();
  });
  const ends = new WeakMap<object, () => void>();
  dc.subscribe('undici:request:create', (message) => {
    const { request } = message as { request: { origin?: string; path?: string; method?: string } };
    const end = begin('http', () => `${request.method ?? 'GET'} ${request.origin ?? ''}${(request.path ?? '').replace(/[?#].*$/, '')}`);
    if (end !== null) ends.set(request, end);
  });
  for (const channel of ['undici:request:trailers', 'undici:request:error']) {
    dc.subscribe(channel, (message) => {
      const { request } = message as { request: object };
      ends.get(request)?.();
      ends.delete(request);
    });
  }
}

/** Installs the instruments (once, at preload time); nothing is recorded until {@link startWaits}. */
export function installWaitRecorder(): void {
  plainSetInterval = globalThis.setInterval;
  patchLoader();
  patchTimers();
  patchFs();
  patchHttpClient();
  subscribeChannels();
  syncBuiltinESMExports();
}

/** Starts recording. */
export function startWaits(): void {
  recording = true;
  windowStart = -1;
  nextWindow = 0;
  followedInAll = 0;
  openMs = 0;
  recordingSince = performance.now();
}

/** Runs the probe while requests are followed (only their time needs the blocked intervals). */
function probeOn(): void {
  if (probe !== null) return;
  let last = performance.now();
  probe = plainSetInterval(() => {
    const now = performance.now();
    if (now - last > 2 && blocked.length < MAX_BLOCKED) blocked.push([last + 1, now]);
    last = now;
  }, 1);
  probe.unref();
}

function pause(): void {
  store.disable();
  if (probe !== null) clearInterval(probe);
  probe = null;
}

/**
 * Stops recording and returns what was recorded, ready to be written as `<pid>.waits.json`.
 * @returns requests (times in ms from the first request's start) and operation groups
 */
export function stopWaits(): { groups: Group[]; requests: RequestRecord[]; blocked: [number, number][]; dropped: number; following: { open_ms: number; recording_ms: number } } {
  const now = performance.now();
  const open = openMs + (windowStart >= 0 ? now - windowStart : 0);
  recording = false;
  call = null;
  windowStart = -1;
  pause();
  return { groups, requests: finished.splice(0), blocked: blocked.splice(0), dropped, following: { open_ms: Math.round(open), recording_ms: Math.round(now - recordingSince) } };
}
