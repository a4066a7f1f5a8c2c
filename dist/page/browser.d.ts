import type { Browser } from 'playwright-core';
/** A running headless Chromium. */
export interface PageBrowser {
    browser: Browser;
    /** e.g. `Chromium 156.0.8078.114`. */
    version: string;
    executablePath: string;
    /** The process group of the browser (its main process id), when found. */
    pgid: number | undefined;
    /** A word unique to this launch on the browser's command line (`pgrep -f <marker>` finds its processes). */
    marker: string;
    /** Closes the browser and kills whatever of its process group is left. Idempotent. */
    close: () => Promise<void>;
}
/**
 * Finds the Chromium to drive: PERFFLOW_CHROMIUM when set, else the first of chromium,
 * chromium-browser, google-chrome-stable, google-chrome on PATH.
 * @param env - the environment (default process.env)
 * @returns the executable's path
 * @throws TargetError `browser-missing` naming what to install
 */
export declare function findChromium(env?: NodeJS.ProcessEnv): string;
/**
 * Launches headless Chromium. Its process group is tracked like a target server's, so it is killed
 * when perfflow exits or is interrupted; Playwright's own signal handlers are off (perfflow's decide).
 * @param options - the executable (default {@link findChromium}), and a launch timeout
 * @returns the running browser
 * @throws TargetError `browser-missing` when there is no browser or it does not start
 */
export declare function launchBrowser(options?: {
    executablePath?: string;
    timeoutMs?: number;
}): Promise<PageBrowser>;
/**
 * Runs work with a browser launched for it, and closes the browser however the work ends.
 * @param work - what to do with the browser
 * @param options - as for {@link launchBrowser}
 * @returns what the work returns
 */
export declare function withBrowser<T>(work: (browser: PageBrowser) => Promise<T>, options?: {
    executablePath?: string;
}): Promise<T>;
