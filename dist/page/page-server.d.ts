import type { PageTargetConfig } from '../config/page-target-config.js';
/** A page server to load pages from. */
export interface PageServer {
    /** The page URL with the port filled in. */
    url: string;
    /** The server's process group, undefined for a server perfflow did not start. */
    pid: number | undefined;
    stop: () => Promise<void>;
}
/**
 * Starts the target's server in a directory (each arm of a comparison its own, on its own port)
 * and waits until the page URL answers.
 * @param target - the page target
 * @param cwd - the server's working directory (default the target's)
 * @returns the server
 * @throws TargetError `server-start` or `port-taken` as for http targets
 */
export declare function startPageServer(target: PageTargetConfig, cwd?: string): Promise<PageServer>;
