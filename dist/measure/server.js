import { spawn } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { splitCommandLine, substitutePort } from '../config/command-line.js';
import { TargetError } from '../errors.js';
import { ownerWatchOption } from './owner-watch.js';
import { signalGroup, trackGroup, untrackGroup } from './process-groups.js';
const TAIL_BYTES = 16_384;
/**
 * Finds a free TCP port on 127.0.0.1 by binding port 0 and releasing it.
 * @returns the port
 */
export function freePort() {
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
export function answers(url, timeoutMs = 1000) {
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
function mergeNodeOptions(inherited, extra) {
    const quoted = extra.map((o) => (/\s/.test(o) ? `"${o.replace(/(["\\])/g, '\\$1')}"` : o));
    return [inherited ?? '', ...quoted].filter((s) => s !== '').join(' ');
}
function tailOf(text, lines) {
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
export async function startServer(options) {
    const usesPort = options.url.includes('${PORT}');
    const port = options.port ?? (usesPort ? await freePort() : Number(new URL(options.url).port || (options.url.startsWith('https:') ? 443 : 80)));
    const url = substitutePort(options.url, port);
    if (!usesPort && (await answers(url, 500))) {
        throw new TargetError('port-taken', `${url} already answers before the server was started: another process holds port ${String(port)}; stop it, or use \${PORT} in the url so perfflow picks a free port`);
    }
    const words = typeof options.command === 'string' ? splitCommandLine(options.command, 'start') : [...options.command];
    const argv = words.map((w) => substitutePort(w, port));
    const program = argv[0];
    if (program === undefined)
        throw new TargetError('server-start', 'the server command is empty');
    const commandText = words.join(' ');
    const env = { ...process.env, ...options.env, PORT: String(port) };
    // A SIGKILLed perfflow cannot stop its servers: each Node server watches its owner and ends itself
    // (the Node probe, when given, already does; otherwise a watch-only copy of it is loaded).
    const nodeOptions = options.nodeOptions ?? [];
    const watched = nodeOptions.some((o) => o.includes('owner='));
    const allOptions = watched ? nodeOptions : [...nodeOptions, ownerWatchOption()];
    env.NODE_OPTIONS = mergeNodeOptions(env.NODE_OPTIONS, allOptions);
    const child = spawn(program, argv.slice(1), { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-TAIL_BYTES);
    });
    child.stdout.on('data', (chunk) => {
        stdout = (stdout + chunk.toString('utf8')).slice(-TAIL_BYTES);
    });
    const stderrTail = (lines = 10) => tailOf(stderr.trim() === '' ? stdout : stderr, lines);
    let spawnError;
    let exitInfo;
    const exited = new Promise((resolve) => {
        child.on('error', (error) => {
            spawnError = error;
            exitInfo = { code: null, signal: null };
            resolve(exitInfo);
        });
        child.on('exit', (code, signal) => {
            exitInfo = { code, signal };
            // The leader is gone; whatever it left in its group goes too.
            if (child.pid !== undefined)
                signalGroup(child.pid, 'SIGKILL');
            resolve(exitInfo);
        });
    });
    const pid = child.pid;
    if (pid !== undefined)
        trackGroup(pid);
    let stopping;
    const stop = () => {
        stopping ??= (async () => {
            if (pid === undefined)
                return;
            if (exitInfo === undefined) {
                signalGroup(pid, 'SIGTERM');
                let timer;
                const killed = new Promise((resolve) => {
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
    const fail = async (code, why) => {
        await stop();
        const tail = stderrTail(5).split('\n').join(' | ');
        throw new TargetError(code, `${why}${tail === '' ? '' : `; last output: ${tail}`}`);
    };
    const timeoutMs = options.readyTimeoutMs ?? 30_000;
    const deadline = Date.now() + timeoutMs;
    // Short polls: a comparison starts a fresh server for every trial, and each poll is cheap.
    for (let delay = 10;; delay = Math.min(delay * 2, 80)) {
        if (spawnError !== undefined)
            return fail('server-start', `the server command '${commandText}' could not start: ${spawnError.message}`);
        if (exitInfo !== undefined) {
            const how = exitInfo.signal ?? `code ${String(exitInfo.code)}`;
            const taken = /EADDRINUSE|address already in use/i.test(stderr + stdout);
            return fail(taken ? 'port-taken' : 'server-start', `the server command '${commandText}' exited (${how}) before answering on ${url}${taken ? `: port ${String(port)} is already in use` : ''}`);
        }
        if (await answers(url, 1000))
            break;
        if (Date.now() >= deadline) {
            return fail('server-start', `the server command '${commandText}' did not answer on ${url} within ${String(Math.round(timeoutMs / 1000))} s (does it listen on the PORT environment variable?)`);
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
    if (pid === undefined)
        return fail('server-start', `the server command '${commandText}' has no pid`);
    return { url, port, pid, stop, stderrTail, exited };
}
