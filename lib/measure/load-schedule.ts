// The open loop: requests fall due at a constant rate whatever the server does. A timer releases the
// due times about every millisecond and hands them, oldest first, to free connections; a request's
// latency counts from its due time, so a server that keeps connections busy is charged for the
// requests it kept waiting (coordinated omission corrected).
import { performance } from 'node:perf_hooks';
import type * as hdr from 'hdr-histogram-js';
import { send } from './load-run.js';
import type { Connection, LoadRun, LoadTimeline } from './load-run.js';
import { countFailure, latencyHistogram } from './load-tally.js';
import type { Tally } from './load-tally.js';

/** The due times not yet sent, oldest first from `head`, and when the generator's timer noticed each. */
export interface DueQueue {
  readonly due: number[];
  readonly noticed: number[];
  head: number;
  /** The next due time, not yet released. */
  nextDue: number;
  /** Between two due times, ms. */
  readonly interval: number;
  /** How late the timer noticed the due times of the measured window, µs. */
  readonly sendLag: hdr.Histogram;
}

/**
 * An empty queue whose first request is due at the start of the run.
 * @param rate - requests per second
 * @param t0 - the start of the run
 * @returns the queue
 */
export function newDueQueue(rate: number, t0: number): DueQueue {
  return { due: [], noticed: [], head: 0, nextDue: t0, interval: 1000 / rate, sendLag: latencyHistogram() };
}

/**
 * Starts releasing the due requests until the measured window ends.
 * @param run - the run
 * @param queue - the run's queue
 * @returns a function that stops the timer
 */
export function startSchedule(run: LoadRun, queue: DueQueue): () => void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    release(queue, run.timeline, performance.now());
    for (const conn of run.connections) {
      if (queue.head >= queue.due.length) break;
      sendNextDue(run, queue, conn);
    }
    if (run.phase === 'load' && queue.nextDue < run.timeline.measureEnd) timer = setTimeout(schedule, Math.max(0, Math.min(1, queue.nextDue - performance.now())));
  };
  timer = setTimeout(schedule, 0);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Queues every due time up to now (and not past the window). */
function release(queue: DueQueue, timeline: LoadTimeline, now: number): void {
  const limit = Math.min(now, timeline.measureEnd);
  let nextDue = queue.nextDue;
  while (nextDue <= limit) {
    queue.due.push(nextDue);
    // Latency counts from the due time; when the timer itself fired late, from the moment it fired:
    // that lateness is the generator's (reported as send lag, invalid above 10 ms), while every wait
    // for a connection the server kept busy is still charged to the server.
    queue.noticed.push(Math.max(nextDue, now));
    if (nextDue >= timeline.measureStart) queue.sendLag.recordValue(Math.max(1, Math.round((now - nextDue) * 1000)));
    nextDue += queue.interval;
  }
  queue.nextDue = nextDue;
}

/**
 * Sends the oldest due request on a connection, if the connection is free and one is due.
 * @param run - the run
 * @param queue - the run's queue
 * @param conn - the connection
 */
export function sendNextDue(run: LoadRun, queue: DueQueue, conn: Connection): void {
  if (conn.busy || conn.socket === undefined || run.phase === 'done' || queue.head >= queue.due.length) return;
  const intended = queue.due[queue.head] ?? 0;
  const origin = queue.noticed[queue.head] ?? intended;
  queue.head += 1;
  if (queue.head > 4096 && queue.head * 2 > queue.due.length) {
    queue.due.splice(0, queue.head);
    queue.noticed.splice(0, queue.head);
    queue.head = 0;
  }
  send(run, conn, origin, intended);
}

/**
 * Whether requests are due that no connection has sent yet.
 * @param queue - the queue
 * @returns true while some are waiting
 */
export function hasUnsent(queue: DueQueue): boolean {
  return queue.head < queue.due.length;
}

/**
 * At the drain deadline: counts the window's requests never sent as unsent errors and empties the queue.
 * @param queue - the queue
 * @param tally - the run's tally
 * @param measureStart - requests due before it were not in the window
 */
export function dropUnsent(queue: DueQueue, tally: Tally, measureStart: number): void {
  for (let i = queue.head; i < queue.due.length; i += 1) {
    if ((queue.due[i] ?? 0) < measureStart) continue;
    countFailure(tally, 'unsent', true);
    tally.requests += 1;
  }
  queue.head = queue.due.length;
}

/**
 * How late the generator noticed due times (p99), or null in closed loop or when none was due.
 * @param queue - the queue, undefined in closed loop
 * @returns milliseconds or null
 */
export function sendLagP99Ms(queue: DueQueue | undefined): number | null {
  return queue === undefined || queue.sendLag.totalCount === 0 ? null : queue.sendLag.getValueAtPercentile(99) / 1000;
}
