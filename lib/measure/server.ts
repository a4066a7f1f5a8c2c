import { spawn } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { splitCommandLine, substitutePort } from '../config/command-line.js';
import { TargetError } from '../errors.js';
import { ownerWatchOption } from './owner-watch.js';
import { signalGroup, trackGroup, untrackGroup } from './process-groups.js';

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

const TAIL_BYTES = 16_384;

/**
 * Finds a free TCP port on 127.0.0.1 by binding port 0 and releasing it.
 * @returns the port
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Sends one request and tells whether anything answered with HTTP (any status counts: a 5xx server
 * is up, and is then measured and reported as unhealthy).
 * @param url - the URL
 * @param timeoutMs - per-attempt timeout
 * @returns true when an HTTP response arrived
 */
export function answers(url: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const client = url.startsWith('https:') ? https : http;
    const request = client.get(url, { timeout: timeoutMs, agent: false, rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('timeout', () => {
      request.destroy();
    });
    request.on('error', () => {
      resolve(false);
    });
  });
}

function mergeNodeOptions(inherited: string | undefined, extra: readonly string[]): string {
  const quoted = extra.map((o) => (/\s/.test(o) ? `"${o.replace(/(["\\])/g, '\\$1')}"` : o));
  return [inherited ?? '', ...quoted].filter((s) => s !== '').join(' ');
}

function tailOf(text: string, lines: number): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
    .slice(-lines)
    .join('\n');
}

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
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const usesPort = options.url.includes('${PORT}');
  const port = options.port ?? (usesPort ? await freePort() : Number(new URL(options.url).port || (options.url.startsWith('https:') ? 443 : 80)));
  const url = substitutePort(options.url, port);
  if (!usesPort && (await answers(url, 500))) {
    throw new TargetError('port-taken', `${url} already answers before the server was started: another process holds port ${String(port)}; stop it, or use \${PORT} in the url so perfflow picks a free port`);
  }
  const words = typeof options.command === 'string' ? splitCommandLine(options.command, 'start') : [...options.command];
  const argv = words.map((w) => substitutePort(w, port));
  const program = argv[0];
  if (program === undefined) throw new TargetError('server-start', 'the server command is empty');
  const commandText = words.join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(port) };
  // A SIGKILLed perfflow cannot stop its servers: each Node server watches its owner and ends itself
  // (the Node probe, when given, already does; otherwise a watch-only copy of it is loaded).
  const nodeOptions = options.nodeOptions ?? [];
  const watched = nodeOptions.some((o) => o.includes('owner='));
  const allOptions = watched ? nodeOptions : [...nodeOptions, ownerWatchOption()];
  env.NODE_OPTIONS = mergeNodeOptions(env.NODE_OPTIONS, allOptions);

  const child = spawn(program, argv.slice(1), { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-TAIL_BYTES);
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdout = (stdout + chunk.toString('utf8')).slice(-TAIL_BYTES);
  });
  const stderrTail = (lines = 10): string => tailOf(stderr.trim() === '' ? stdout : stderr, lines);

  let spawnError: Error | undefined;
  let exitInfo: ServerExit | undefined;
  const exited = new Promise<ServerExit>((resolve) => {
    child.on('error', (error) => {
      spawnError = error;
      exitInfo = { code: null, signal: null };
      resolve(exitInfo);
    });
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      // The leader is gone; whatever it left in its group goes too.
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      resolve(exitInfo);
    });
  });
  const pid = child.pid;
  if (pid !== undefined) trackGroup(pid);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (pid === undefined) return;
      if (exitInfo === undefined) {
        signalGroup(pid, 'SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const killed = new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            signalGroup(pid, 'SIGKILL');
            resolve();
          }, options.stopGraceMs ?? 3000);
        });
        await Promise.race([exited, killed]);
        clearTimeout(timer);
        await exited;
      }
      signalGroup(pid, 'SIGKILL');
      untrackGroup(pid);
    })();
    return stopping;
  };

  const fail = async (code: 'server-start' | 'port-taken', why: string): Promise<never> => {
    await stop();
    const tail = stderrTail(5).split('\n').join(' | ');
    throw new TargetError(code, `${why}${tail === '' ? '' : `; last output: ${tail}`}`);
  };

  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  // Short polls: a comparison starts a fresh server for every trial, and each poll is cheap.
  for (let delay = 10; ; delay = Math.min(delay * 2, 80)) {
    if (spawnError !== undefined) return fail('server-start', `the server command '${commandText}' could not start: ${spawnError.message}`);
    if (exitInfo !== undefined) {
      const how = exitInfo.signal ?? `code ${String(exitInfo.code)}`;
      const taken = /EADDRINUSE|address already in use/i.test(stderr + stdout);
      return fail(taken ? 'port-taken' : 'server-start', `the server command '${commandText}' exited (${how}) before answering on ${url}${taken ? `: port ${String(port)} is already in use` : ''}`);
    }
    if (await answers(url, 1000)) break;
    if (Date.now() >= deadline) {
      return fail('server-start', `the server command '${commandText}' did not answer on ${url} within ${String(Math.round(timeoutMs / 1000))} s (does it listen on the PORT environment variable?)`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  if (pid === undefined) return fail('server-start', `the server command '${commandText}' has no pid`);
  return { url, port, pid, stop, stderrTail, exited };
}
