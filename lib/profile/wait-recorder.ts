// Loaded by the profiling preload into the target: records where each request's wall time waits.
// Node builtins only (this runs inside the user's process) and no change to what the program does:
// - a request starts at diagnostics_channel `http.server.request.start` (AsyncLocalStorage carries it
//   into every continuation of the handler) and ends at `http.server.response.finish`; a function
//   target's call and a command's run are followed through a variable instead (one at a time);
// - an operation is something the request waits on (wait-patches.ts instruments each kind;
//   wait-operations.ts records its start, end and the stack of the user's code that started it).
// A 1 ms probe timer records when the event loop was blocked (a tick more than 2 ms late while the
// process ran): time an operation's callback spent queued behind other work is the loop's, not the
// operation's; a tick late only because the idle thread waited for a core blocks nothing.
// Nothing is recorded while recording is off; `stop` returns what `<pid>.waits.json` holds.
import dc from 'node:diagnostics_channel';
import type http from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { performance } from 'node:perf_hooks';
import { recordedGroups, setActive, setCall, store, takeDroppedOperations } from './wait-operations.js';
import type { Group, RequestRecord } from './wait-operations.js';
import { patchOperations } from './wait-patches.js';

export { sqlShape } from './wait-patches.js';

/** Requests kept per process: enough for stable shares, a bounded file. */
const MAX_REQUESTS = 20_000;
/**
 * Requests are followed in windows, and between windows AsyncLocalStorage is disabled, and with it
 * the async hook that costs every promise of the program its share (bench/waits.bench.mjs measured
 * ~20% of a pg server's throughput with it on all the time), and the request channels are not
 * subscribed. A window follows the requests that start in its first FOLLOW_MS (at most
 * MAX_PER_WINDOW) and closes when they have answered. The next one opens after the longer of two
 * pauses: one that keeps the hook on for about DUTY of the wall time, and one that keeps the
 * followed requests near FOLLOWED_SHARE of all requests (the rate is the one seen while the window
 * was open). A followed request costs about twice a plain one (its operations' stacks are captured,
 * and its promises go through the hook): on the N+1 fixture of tests/fixtures/waits, windows spaced
 * by the duty cycle alone followed 3.4% of the requests, and the requests inside windows took 2.4
 * times the CPU of the others. The first window stays open until it has followed FIRST_FOLLOWED
 * requests, so that even a short profile of a slow endpoint has enough of them. Requests are alike
 * under one target's load, so the followed ones estimate the rest.
 */
const FOLLOW_MS = 150;
const MAX_PER_WINDOW = 25;
const DUTY = 0.05;
const FOLLOWED_SHARE = 0.01;
const MIN_GAP_MS = 50;
const MAX_GAP_MS = 30_000;
const FIRST_FOLLOWED = 40;
/**
 * The first window opens this long after recording starts: starting V8's CPU profiler (at the same
 * moment) logs every compiled function and stalls the loop, and requests followed then would
 * charge that stall to their operations' neighbours.
 */
const FIRST_DELAY_MS = 250;
/** A followed request that never answers stops holding the hook on after this long. */
const DRAIN_LIMIT_MS = 5000;

const finished: RequestRecord[] = [];
let recording = false;
let dropped = 0;
/** Intervals during which the event loop was blocked, ms. */
const blocked: [number, number][] = [];
const MAX_BLOCKED = 100_000;
let probe: NodeJS.Timeout | null = null;
/** setInterval as the program found it (the probe must not record itself). */
let plainSetInterval: typeof setInterval = setInterval;
/** The call or run being followed (function targets, commands). */
let call: RequestRecord | null = null;

function keep(record: RequestRecord): void {
  if (finished.length < MAX_REQUESTS) finished.push(record);
  else dropped += 1;
}

/**
 * Follows one call of a function target (or one run of a command): the operations started from
 * the call until its end are its own. Calls run one after another, so a variable names the call and
 * no async hook is needed (work a call leaves running after it settled is charged to the next one).
 * @param name - the task's name (the command, for a run)
 * @returns the end of the call, to run when it has settled; it returns how many operations the call started
 */
export function followCall(name: string): () => number {
  const record: RequestRecord = { start: performance.now(), end: -1, name, status: 0, ops: [] };
  call = record;
  setCall(record);
  setActive(recording);
  probeOn();
  return () => {
    record.end = performance.now();
    if (call === record) {
      call = null;
      setCall(null);
      setActive(windowStart >= 0);
    }
    keep(record);
    return record.ops.length;
  };
}

/** When the current window opened (-1: no window is open) and when the next one may open. */
let windowStart = -1;
let nextWindow = 0;
let followedInWindow = 0;
/** Requests that started while the window was open, followed or not (the server's rate). */
let seenInWindow = 0;
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
    seenInWindow = 0;
    inFlight = 0;
  }
  seenInWindow += 1;
  if (!accepting(now)) return false;
  setActive(true);
  followedInWindow += 1;
  followedInAll += 1;
  inFlight += 1;
  probeOn();
  return true;
}

/** The pause after a window that keeps the followed requests near FOLLOWED_SHARE of all, at the rate seen in the window (ms). */
function gapForShare(on: number): number {
  if (seenInWindow === 0 || on <= 0) return 0;
  return (followedInWindow * on) / (FOLLOWED_SHARE * seenInWindow) - on;
}

/** Closes the open window once it takes no more requests and its requests have answered. */
function closeWhenDrained(): void {
  if (windowStart < 0) return;
  const now = performance.now();
  if (accepting(now) || (inFlight > 0 && now - windowStart <= DRAIN_LIMIT_MS)) return;
  const on = now - windowStart;
  openMs += on;
  windowStart = -1;
  nextWindow = now + Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, (on * (1 - DUTY)) / DUTY, gapForShare(on)));
  pause();
  listen(false);
  listenAt(nextWindow);
}

function finishedOne(): void {
  inFlight = Math.max(0, inFlight - 1);
  closeWhenDrained();
  // A request answered after its window closed (past the drain limit) was the last one listened for.
  if (inFlight === 0 && windowStart < 0 && wanted.finish && !wanted.start) listen(false);
}

/** The response names its request at the end: the finish is published from the socket's write callback, where the store is not always the request's. */
const byResponse = new WeakMap<http.ServerResponse, RequestRecord>();

function onRequestStart(message: unknown): void {
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
}

function onResponseFinish(message: unknown): void {
  const { response } = message as { response: http.ServerResponse };
  const record = byResponse.get(response);
  if (record === undefined || record.end >= 0) return;
  byResponse.delete(response);
  record.end = performance.now();
  record.status = response.statusCode;
  keep(record);
  finishedOne();
}

/**
 * The server's request channels are subscribed only while a window is open or due: a subscriber
 * costs every request Node's publish and the check (valgrind counted about 4% of the instructions
 * of a request of tests/fixtures/waits' N+1 server), so between windows there is none, and a timer
 * (unref'd) subscribes again when the next window is due.
 */
let listening = { start: false, finish: false };
let reopen: NodeJS.Timeout | null = null;
/** setTimeout as the program found it (the recorder's own timer is no operation of the program). */
let plainSetTimeout: typeof setTimeout = setTimeout;

/** What the channels should be, applied once the current publish is over. */
let wanted = { start: false, finish: false };
let applying = false;

/**
 * Subscribes or unsubscribes the request channels; the finish stays while a followed request has
 * not answered. The change is made in a microtask: it is often asked for from inside a publish of
 * those channels, and on Node releases before nodejs/node#55116 unsubscribing there removes a
 * subscriber from the list being walked, so the program's own next subscriber would miss that event.
 */
function listen(on: boolean): void {
  wanted = { start: on, finish: on || inFlight > 0 };
  if (applying) return;
  applying = true;
  queueMicrotask(applyListening);
}

function applyListening(): void {
  applying = false;
  const { start, finish } = wanted;
  if (start !== listening.start) {
    if (start) dc.subscribe('http.server.request.start', onRequestStart);
    else dc.unsubscribe('http.server.request.start', onRequestStart);
  }
  if (finish !== listening.finish) {
    if (finish) dc.subscribe('http.server.response.finish', onResponseFinish);
    else dc.unsubscribe('http.server.response.finish', onResponseFinish);
  }
  listening = { start, finish };
}

/** Listens again when the next window is due. */
function listenAt(due: number): void {
  if (reopen !== null) clearTimeout(reopen);
  reopen = plainSetTimeout(() => {
    reopen = null;
    if (recording) listen(true);
  }, Math.max(0, due - performance.now()));
  reopen.unref();
}

/** Installs the instruments (once, at preload time); nothing is recorded until {@link startWaits}. */
export function installWaitRecorder(): void {
  plainSetInterval = globalThis.setInterval;
  plainSetTimeout = globalThis.setTimeout;
  patchOperations();
  syncBuiltinESMExports();
}

/**
 * Starts recording.
 * @param options - `requests: false` when calls or a run are followed instead (function targets,
 *   commands): a server the program runs is then not followed in windows of its own
 */
export function startWaits(options: { requests: boolean } = { requests: true }): void {
  recording = true;
  windowStart = -1;
  nextWindow = 0;
  followedInAll = 0;
  openMs = 0;
  recordingSince = performance.now();
  if (options.requests) {
    nextWindow = recordingSince + FIRST_DELAY_MS;
    listenAt(nextWindow);
  }
}

/**
 * The part of a probe tick's lateness that counts as a blocked event loop, ms from `last`. A tick
 * due 1 ms after the last one is late when the loop ran something else (JavaScript, maybe preempted
 * on a busy machine: that time is the loop's, and the cpu-contention correction takes the queued
 * part out of the CPU entries), or when the thread, idle in its poll, waited in a run queue to run
 * the tick at all. The second is no work an operation's callback queued behind: an idle thread uses
 * no CPU meanwhile, so a late tick with less than one tick period (1 ms) of CPU in it is not
 * blocked time, and the operation keeps its wait.
 * @param last - when the previous tick ran, ms
 * @param now - when this tick ran, ms
 * @param ranMs - CPU time the process used between the two, ms
 * @returns the blocked interval, or null
 */
export function blockedPart(last: number, now: number, ranMs: number): [number, number] | null {
  if (now - last <= 2 || ranMs < 1) return null;
  return [last + 1, now];
}

/**
 * Runs the probe while requests are followed (only their time needs the blocked intervals). The
 * process's CPU time (getrusage, about a microsecond a call) counts its other threads too, which can
 * only make a late tick look blocked, as every late tick did before that check.
 */
function probeOn(): void {
  if (probe !== null) return;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  probe = plainSetInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage();
    const part = blockedPart(last, now, (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000);
    if (part !== null && blocked.length < MAX_BLOCKED) blocked.push(part);
    last = now;
    lastCpu = cpu;
  }, 1);
  probe.unref();
}

function pause(): void {
  setActive(call !== null);
  store.disable();
  if (probe !== null) clearInterval(probe);
  probe = null;
}

/**
 * Stops recording and returns what was recorded, ready to be written as `<pid>.waits.json`.
 * @returns requests (times in ms from the first request's start) and operation groups
 */
export function stopWaits(): { groups: Group[]; requests: RequestRecord[]; blocked: [number, number][]; dropped: number; dropped_operations: number; following: { open_ms: number; recording_ms: number } } {
  const now = performance.now();
  const open = openMs + (windowStart >= 0 ? now - windowStart : 0);
  recording = false;
  call = null;
  setCall(null);
  windowStart = -1;
  inFlight = 0;
  pause();
  listen(false);
  if (reopen !== null) clearTimeout(reopen);
  reopen = null;
  return { groups: recordedGroups(), requests: finished.splice(0), blocked: blocked.splice(0), dropped, dropped_operations: takeDroppedOperations(), following: { open_ms: Math.round(open), recording_ms: Math.round(now - recordingSince) } };
}
