import { TargetError } from '../errors.js';
import { probeFlows } from './flow-probe.js';
import { checkHealth } from './health-check.js';
import { answers, startServer } from './server.js';
/**
 * Starts the target's server, or reaches the service its url names, and checks it before any load.
 * Without a start command and without a health URL, a url on which nothing answers is refused
 * (unless `probeAnswers` is false: a generator elsewhere, such as AWS workers, cannot be checked
 * from here). A server started here is stopped again when a later check fails.
 * @param target - the http target
 * @param probe - the Node probe loaded into a started server
 * @param options - progress messages; whether to check that something answers on the url
 * @returns the url to load and the started server (the caller stops it)
 * @throws TargetError `server-start` when the server cannot start or nothing answers, `health-failed` when the health URL fails
 */
export async function reachService(target, probe, options) {
    const { progress } = options;
    let server;
    let url = target.url;
    if (target.start !== undefined) {
        progress(`starting ${target.start.text}`);
        server = await startServer({ command: target.start.argv, cwd: target.cwd, env: target.env, url: target.url, readyTimeoutMs: target.readyTimeoutMs, nodeOptions: [probe.nodeOption] });
        url = server.url;
    }
    else if ((options.probeAnswers ?? true) && target.guardRails?.health === undefined && !(await answers(url))) {
        throw new TargetError('server-start', `nothing answers on ${url}; start the server first, or add a start command to the target in perfflow.config.yaml`);
    }
    try {
        if (target.guardRails?.health !== undefined) {
            progress('checking the health of the service');
            await checkHealth(target.guardRails.health, url, target.guardRails.healthTimeoutMs);
        }
        if (target.flows !== undefined) {
            progress('running each flow once');
            await probeFlows(target, url);
        }
    }
    catch (error) {
        await server?.stop();
        throw error;
    }
    return { url, server };
}
