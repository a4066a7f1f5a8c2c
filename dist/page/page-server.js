// The server of a page target: started from one checkout with its own PORT (like an http target's),
// or the running server the URL names when the target has no start command.
import { substitutePort } from '../config/command-line.js';
import { startServer } from '../measure/server.js';
/**
 * Starts the target's server in a directory (each arm of a comparison its own, on its own port)
 * and waits until the page URL answers.
 * @param target - the page target
 * @param cwd - the server's working directory (default the target's)
 * @returns the server
 * @throws TargetError `server-start` or `port-taken` as for http targets
 */
export async function startPageServer(target, cwd = target.cwd) {
    if (target.start === undefined)
        return { url: substitutePort(target.url, 0), pid: undefined, stop: () => Promise.resolve() };
    const server = await startServer({ command: target.start.argv, cwd, env: target.env, url: target.url, readyTimeoutMs: target.readyTimeoutMs });
    return { url: server.url, pid: server.pid, stop: server.stop };
}
