// The first part of measuring an http target, whichever engine sends the load: start the project's
// server (PORT in the environment, the Node probe in NODE_OPTIONS) or make sure the service the
// url names is there, check its health URL before any load, and run each flow once.
import type { HttpTargetConfig } from '../config/load.js';
import { TargetError } from '../errors.js';
import { probeFlows } from './flow-probe.js';
import { checkHealth } from './health-check.js';
import type { NodeProbe } from './resources.js';
import { answers, startServer } from './server.js';
import type { RunningServer } from './server.js';

/** A service ready for load: its url with the port filled in, and the server when perfflow started it. */
export interface ReachedService {
  url: string;
  server: RunningServer | undefined;
}

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
export async function reachService(target: HttpTargetConfig, probe: NodeProbe, options: { progress: (message: string) => void; probeAnswers?: boolean }): Promise<ReachedService> {
  const { progress } = options;
  let server: RunningServer | undefined;
  let url = target.url;
  if (target.start !== undefined) {
    progress(`starting ${target.start.text}`);
    server = await startServer({ command: target.start.argv, cwd: target.cwd, env: target.env, url: target.url, readyTimeoutMs: target.readyTimeoutMs, nodeOptions: [probe.nodeOption] });
    url = server.url;
  } else if ((options.probeAnswers ?? true) && target.guardRails?.health === undefined && !(await answers(url))) {
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
  } catch (error) {
    await server?.stop();
    throw error;
  }
  return { url, server };
}
