// The generator's connections: each keeps at most one request in flight, frames the answer with
// ResponseParser, counts it and sends its next request at once (closed loop) or takes the oldest due
// one (open loop, load-schedule.ts). A connection that closes is opened again while the run lasts.
import net from 'node:net';
import tls from 'node:tls';
import { performance } from 'node:perf_hooks';
import { endRun, send } from './load-run.js';
import type { Connection, LoadRun } from './load-run.js';
import { hasUnsent, sendNextDue } from './load-schedule.js';
import { countFailure, countResponse } from './load-tally.js';
import { ResponseParser, ResponseParseError } from './response-parser.js';
import type { ParsedResponse } from './response-parser.js';

/**
 * Opens the run's connections; each sends its first request once connected.
 * @param run - the run
 * @param count - how many connections
 */
export function openConnections(run: LoadRun, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const conn: Connection = { socket: undefined, parser: new ResponseParser(), busy: false, origin: 0, sentAt: 0, record: false };
    run.connections.push(conn);
    connect(run, conn);
  }
}

function connect(run: LoadRun, conn: Connection): void {
  const { host, port, secure } = run.target;
  const socket = secure ? tls.connect({ host, port, servername: host, rejectUnauthorized: false }) : net.connect({ host, port });
  conn.socket = socket;
  socket.setNoDelay(true);
  socket.once(secure ? 'secureConnect' : 'connect', () => {
    next(run, conn);
  });
  socket.on('data', (chunk: Buffer) => {
    if (conn.socket !== socket) return;
    let response: ParsedResponse | undefined;
    try {
      response = conn.parser.push(chunk);
    } catch (error) {
      countFailure(run.tally, error instanceof ResponseParseError ? 'bad-response' : 'error', conn.busy && conn.record);
      conn.busy = false;
      socket.destroy();
      return;
    }
    if (response !== undefined) onResponse(run, conn, response);
  });
  socket.on('error', (error: NodeJS.ErrnoException) => {
    if (conn.socket !== socket) return;
    countFailure(run.tally, error.code ?? 'error', conn.busy && conn.record);
    conn.busy = false;
  });
  socket.on('close', () => {
    if (conn.socket === socket) onClose(run, conn);
  });
}

/**
 * Sends a connection's next request if it is free: in open loop the oldest due one, in closed loop a
 * new one while the load phase lasts.
 * @param run - the run
 * @param conn - the connection
 */
export function next(run: LoadRun, conn: Connection): void {
  if (run.queue !== undefined) {
    sendNextDue(run, run.queue, conn);
    return;
  }
  if (conn.busy || conn.socket === undefined || run.phase !== 'load') return;
  const now = performance.now();
  send(run, conn, now, now);
}

function onResponse(run: LoadRun, conn: Connection, response: ParsedResponse): void {
  const now = performance.now();
  conn.busy = false;
  if (conn.record) countResponse(run.tally, response, now - conn.origin);
  if (response.close) {
    conn.socket?.destroy();
    conn.socket = undefined;
    conn.parser = new ResponseParser();
    if (run.phase !== 'done') connect(run, conn);
    maybeDone(run);
    return;
  }
  next(run, conn);
  maybeDone(run);
}

function onClose(run: LoadRun, conn: Connection): void {
  const last = conn.parser.end();
  if (last !== undefined && conn.busy) {
    conn.socket = undefined;
    onResponse(run, conn, last);
  } else if (conn.busy) {
    countFailure(run.tally, 'closed', conn.record);
    conn.busy = false;
  }
  conn.socket = undefined;
  conn.parser = new ResponseParser();
  if (run.phase !== 'done') {
    // A refused or reset connection is retried after a short pause, not in a tight loop.
    setTimeout(() => {
      if (run.phase !== 'done' && conn.socket === undefined) connect(run, conn);
    }, 10);
  }
  maybeDone(run);
}

/**
 * In the drain phase, ends the run once no request is in flight or waiting to be sent.
 * @param run - the run
 */
export function maybeDone(run: LoadRun): void {
  if (run.phase !== 'drain') return;
  if (run.connections.some((c) => c.busy) || (run.queue !== undefined && hasUnsent(run.queue))) return;
  endRun(run);
}

/**
 * Counts as timeouts the requests in flight for longer than the run's timeout, and drops their sockets.
 * @param run - the run
 * @param now - the time, from `performance.now()`
 */
export function timeOutRequests(run: LoadRun, now: number): void {
  for (const conn of run.connections) {
    if (conn.busy && now - conn.sentAt > run.timeline.timeoutMs) {
      countFailure(run.tally, 'timeout', conn.record);
      conn.busy = false;
      conn.socket?.destroy();
    }
  }
}

/**
 * At the drain deadline: counts the requests still in flight as unfinished and frees their connections.
 * @param run - the run
 */
export function abandonInFlight(run: LoadRun): void {
  for (const conn of run.connections) {
    if (conn.busy) countFailure(run.tally, 'unfinished', conn.record);
    conn.busy = false;
  }
}
