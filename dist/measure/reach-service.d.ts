import type { HttpTargetConfig } from '../config/load.js';
import type { NodeProbe } from './resources.js';
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
export declare function reachService(target: HttpTargetConfig, probe: NodeProbe, options: {
    progress: (message: string) => void;
    probeAnswers?: boolean;
}): Promise<ReachedService>;
