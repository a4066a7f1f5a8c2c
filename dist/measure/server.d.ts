/** Options of {@link startServer}. */
export interface StartServerOptions {
    /** The server command: argv words, or a command line split without a shell. `${PORT}` in a word is replaced. */
    command: string | readonly string[];
    cwd: string;
    /** Extra environment variables (PORT is added by perfflow). */
    env?: Record<string, string>;
    /** The URL the server answers on; may contain `${PORT}`. */
    url: string;
    /** Give up waiting for an answer after this long (default 30 s). */
    readyTimeoutMs?: number;
    /** Extra NODE_OPTIONS, e.g. `--import <preload>`; appended to the inherited ones. */
    nodeOptions?: string[];
    /** How long stop() waits after SIGTERM before SIGKILL (default 3 s). */
    stopGraceMs?: number;
    /** Use this port instead of picking a free one (tests). */
    port?: number;
}
/** How the server process ended. */
export interface ServerExit {
    code: number | null;
    signal: NodeJS.Signals | null;
}
/** A running server started by perfflow. */
export interface RunningServer {
    /** The URL with the port filled in. */
    url: string;
    port: number;
    /** Pid of the server command (also its process group id). */
    pid: number;
    /** SIGTERM to the process group, then SIGKILL after the grace period; resolves once it is gone. */
    stop: () => Promise<void>;
    /** The last lines the server wrote on stderr (stdout when stderr is empty); redacted where it is written or printed. */
    stderrTail: (lines?: number) => string;
    /** Resolves when the server process exits, for whatever reason. */
    exited: Promise<ServerExit>;
}
/**
 * Finds a free TCP port on 127.0.0.1 by binding port 0 and releasing it.
 * @returns the port
 */
export declare function freePort(): Promise<number>;
/**
 * Sends one request and tells whether anything answered with HTTP (any status counts: a 5xx server
 * is up, and is then measured and reported as unhealthy).
 * @param url - the URL
 * @param timeoutMs - per-attempt timeout
 * @returns true when an HTTP response arrived
 */
export declare function answers(url: string, timeoutMs?: number): Promise<boolean>;
/**
 * Starts a server in its own process group with a free PORT in its environment and waits until the
 * URL answers. The process group is killed when perfflow exits or is interrupted, so no server is
 * ever left behind.
 * @param options - command, directory, URL, timeouts
 * @returns the running server
 * @throws TargetError `port-taken` when something already answers on a fixed-port URL or the server
 * reports EADDRINUSE; `server-start` when the server exits early, cannot be spawned, or does not
 * answer in time (with the last lines of its stderr)
 */
export declare function startServer(options: StartServerOptions): Promise<RunningServer>;
