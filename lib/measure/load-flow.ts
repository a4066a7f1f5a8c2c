// The flow load generator: each of `connections` virtual users runs flow iterations, one step after
// another on its own keep-alive connection, capturing values from answers into later requests.
// Closed loop: a user starts its next iteration as soon as the last one ended. Open loop (`rate`,
// iterations per second): iterations fall due at a constant rate and the oldest due one goes to the
// next free user; its latency counts from the due time (coordinated omission corrected, as in
// load-schedule.ts). A flow's latency is from its start to its last answer, think time left out.
import { performance } from 'node:perf_hooks';
import type * as hdr from 'hdr-histogram-js';
import type { FlowSpec } from '../config/target-config.js';
import type { LoadOptions } from './load.js';
import { closeVirtualUser, newVirtualUser, runStep } from './load-flow-step.js';
import type { VirtualUser } from './load-flow-step.js';
import { countStep, flowCycle, flowSummary, newFlowTallies } from './load-flow-tally.js';
import type { FlowTally } from './load-flow-tally.js';
import { loadResult } from './load-result.js';
import type { LoadResult } from './load-result.js';
import { endWindowNow, liveCounts, loadTimeline } from './load-run.js';
import type { LoadPhase, LoadTimeline } from './load-run.js';
import { countFailure, latencyHistogram, newTally } from './load-tally.js';
import type { Tally } from './load-tally.js';
import { stopWatch, watchGenerator } from './load-watch.js';
import type { GeneratorWatch } from './load-watch.js';

/** Options of {@link runFlowLoad}: those of a single-request load, with `url` the base of the steps' paths. */
export interface FlowLoadOptions extends Omit<LoadOptions, 'method' | 'headers' | 'body'> {
  flows: FlowSpec[];
}

/** Open loop: iterations due and not yet started, and the users waiting for one. */
interface FlowQueue {
  due: { intended: number; origin: number }[];
  head: number;
  nextDue: number;
  readonly interval: number;
  readonly sendLag: hdr.Histogram;
  waiters: (() => void)[];
}

interface FlowRun {
  phase: LoadPhase;
  readonly baseUrl: string;
  readonly timeline: LoadTimeline;
  readonly tally: Tally;
  readonly flows: FlowTally[];
  readonly cycle: number[];
  iteration: number;
  readonly queue: FlowQueue | undefined;
  readonly users: VirtualUser[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function wakeAll(queue: FlowQueue | undefined): void {
  for (const wake of queue?.waiters.splice(0) ?? []) wake();
}

/** Releases the due iterations up to now (and not past the window), and wakes waiting users. */
function release(run: FlowRun, queue: FlowQueue): void {
  const now = performance.now();
  const limit = Math.min(now, run.timeline.measureEnd);
  while (queue.nextDue <= limit) {
    queue.due.push({ intended: queue.nextDue, origin: Math.max(queue.nextDue, now) });
    if (queue.nextDue >= run.timeline.measureStart) queue.sendLag.recordValue(Math.max(1, Math.round((now - queue.nextDue) * 1000)));
    queue.nextDue += queue.interval;
  }
  wakeAll(queue);
}

/** When the user's next iteration starts, or undefined once the load phase is over. */
async function nextStart(run: FlowRun): Promise<{ intended: number; origin: number } | undefined> {
  const queue = run.queue;
  if (queue === undefined) {
    const now = performance.now();
    return run.phase === 'load' ? { intended: now, origin: now } : undefined;
  }
  for (;;) {
    const next = queue.due[queue.head];
    if (next !== undefined) {
      queue.head += 1;
      return next;
    }
    if (run.phase !== 'load') return undefined;
    await new Promise<void>((resolve) => queue.waiters.push(resolve));
  }
}

/** Runs one iteration of the flow whose turn it is, counting it when it started in the window. */
async function iterate(run: FlowRun, user: VirtualUser, start: { intended: number; origin: number }): Promise<void> {
  const record = start.intended >= run.timeline.measureStart && start.intended < run.timeline.measureEnd;
  const flow = run.flows[run.cycle[run.iteration % run.cycle.length] ?? 0] as FlowTally;
  user.values = new Map([['vu', user.values.get('vu') ?? '0'], ['iteration', String(run.iteration)]]);
  run.iteration += 1;
  if (record) {
    run.tally.requests += 1;
    flow.started += 1;
  }
  let thinkMs = 0;
  for (const [i, step] of flow.flow.steps.entries()) {
    const outcome = await runStep(user, step, run.baseUrl);
    if (run.phase === 'done') {
      countFailure(run.tally, 'unfinished', record);
      if (record) flow.failed += 1;
      return;
    }
    if (record) countStep(flow.steps[i] as (typeof flow.steps)[number], outcome);
    if (outcome.kind !== 'ok') {
      countFailure(run.tally, outcome.kind === 'error' ? `step '${step.name}': ${outcome.code}` : outcome.detail, record);
      if (record) flow.failed += 1;
      return;
    }
    if (record) run.tally.bytesRead += outcome.bytes;
    if (step.thinkMs > 0 && i < flow.flow.steps.length - 1) {
      thinkMs += step.thinkMs;
      await sleep(step.thinkMs);
    }
  }
  if (!record) return;
  flow.completed += 1;
  run.tally.responses += 1;
  run.tally.latency.recordValue(Math.max(1, Math.round((performance.now() - start.origin - thinkMs) * 1000)));
}

async function virtualUser(run: FlowRun, user: VirtualUser): Promise<void> {
  for (;;) {
    const start = await nextStart(run);
    if (start === undefined || run.phase === 'done') return;
    await iterate(run, user, start);
  }
}

/** Every 50 ms (and every ms in open loop): opens and closes the window, ends the run at the drain deadline. */
function startClock(run: FlowRun, watch: GeneratorWatch): () => void {
  const tick = (): void => {
    const now = performance.now();
    const t = run.timeline;
    if (!watch.measuring && now >= t.measureStart && run.phase === 'load') {
      Object.assign(watch, { measuring: true, windowStartedAt: now, cpuStart: process.cpuUsage() });
      watch.loopDelay.enable();
    }
    if (run.queue !== undefined && run.phase === 'load') release(run, run.queue);
    if (run.phase === 'load' && now >= t.measureEnd) {
      run.phase = 'drain';
      watch.windowEndedAt = now;
      wakeAll(run.queue);
    }
    if (run.phase === 'drain' && now >= t.drainDeadline) {
      run.phase = 'done';
      for (const user of run.users) void closeVirtualUser(user);
    }
  };
  const timer = setInterval(tick, run.queue === undefined ? 50 : 1);
  return () => {
    clearInterval(timer);
  };
}

/** Open loop: iterations due in the window that no user started are failed flows ('unsent'). */
function dropUnsent(run: FlowRun): void {
  const queue = run.queue;
  if (queue === undefined) return;
  for (const d of queue.due.slice(queue.head)) {
    if (d.intended < run.timeline.measureStart) continue;
    run.tally.requests += 1;
    countFailure(run.tally, 'unsent', true);
  }
}

/**
 * Drives flow iterations against a server and records per-step and whole-flow latency in µs.
 * @param options - base url, flows, virtual users (`connections`), window, warm-up, rate
 * @returns the result: its top-level figures are of whole flows (requests = iterations started in
 * the window, responses = iterations completed, errors = iterations failed, by step and cause),
 * `flow` the per-flow and per-step figures
 */
export async function runFlowLoad(options: FlowLoadOptions): Promise<LoadResult> {
  const timeline = loadTimeline(options, performance.now());
  const queue: FlowQueue | undefined =
    options.rate === undefined ? undefined : { due: [], head: 0, nextDue: timeline.t0, interval: 1000 / options.rate, sendLag: latencyHistogram(), waiters: [] };
  const run: FlowRun = {
    phase: 'load', baseUrl: options.url, timeline, tally: newTally(), flows: newFlowTallies(options.flows), cycle: flowCycle(options.flows), iteration: 0, queue,
    users: Array.from({ length: options.connections }, (_, vu) => newVirtualUser(vu, timeline.timeoutMs)),
  };
  const watch = watchGenerator(timeline);
  const stopClock = startClock(run, watch);
  let lastProgress = timeline.t0;
  const progress = setInterval(() => {
    const now = performance.now();
    if (now - lastProgress >= 1000) {
      lastProgress = now;
      options.onProgress?.(Math.min(now - timeline.t0, timeline.warmupMs + timeline.durationMs), timeline.warmupMs + timeline.durationMs);
      if (options.stopIf !== undefined && run.phase === 'load' && now >= timeline.measureStart && options.stopIf(liveCounts(run.tally))) endWindowNow(timeline, now);
    }
  }, 250);
  await Promise.all(run.users.map((user) => virtualUser(run, user)));
  run.phase = 'done';
  const usage = stopWatch(watch);
  stopClock();
  clearInterval(progress);
  await Promise.all(run.users.map(closeVirtualUser));
  dropUnsent(run);
  const sendLag = queue === undefined || queue.sendLag.totalCount === 0 ? null : queue.sendLag.getValueAtPercentile(99) / 1000;
  const result = { ...loadResult(options, run.tally, usage, sendLag), flow: flowSummary(run.flows) };
  run.tally.latency.destroy();
  queue?.sendLag.destroy();
  return result;
}
