import type { Connection, LoadRun } from './load-run.js';
/**
 * Opens the run's connections; each sends its first request once connected.
 * @param run - the run
 * @param count - how many connections
 */
export declare function openConnections(run: LoadRun, count: number): void;
/**
 * Sends a connection's next request if it is free: in open loop the oldest due one, in closed loop a
 * new one while the load phase lasts.
 * @param run - the run
 * @param conn - the connection
 */
export declare function next(run: LoadRun, conn: Connection): void;
/**
 * In the drain phase, ends the run once no request is in flight or waiting to be sent.
 * @param run - the run
 */
export declare function maybeDone(run: LoadRun): void;
/**
 * Counts as timeouts the requests in flight for longer than the run's timeout, and drops their sockets.
 * @param run - the run
 * @param now - the time, from `performance.now()`
 */
export declare function timeOutRequests(run: LoadRun, now: number): void;
/**
 * At the drain deadline: counts the requests still in flight as unfinished and frees their connections.
 * @param run - the run
 */
export declare function abandonInFlight(run: LoadRun): void;
