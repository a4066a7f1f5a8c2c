import type { CDPSession, Page } from 'playwright-core';
import type { PageTargetConfig } from '../config/page-target-config.js';
import type { PageBrowser } from './browser.js';
import type { LongTaskEntry } from './page-metrics.js';
/** The viewport of every trial (a desktop window). */
export declare const VIEWPORT: {
    readonly width: 1350;
    readonly height: 940;
};
/** What one page load measured. Times are ms since the navigation started (the page's clock). */
export interface PageTrial {
    url: string;
    /** HTTP status of the main document, null when none was seen. */
    status: number | null;
    fcpMs: number | undefined;
    lcpMs: number | undefined;
    cls: number;
    /** Total blocking time between first contentful paint and ready, ms. */
    tbtMs: number;
    /** When the page was ready: the first animation frame with the ready selector rendered (without one: the load event's end), ms. */
    readyMs: number;
    longTasks: LongTaskEntry[];
    /** The scripted interaction, ms; undefined when the target has none. */
    interactionMs: number | undefined;
    /** JS heap in use at the end of the trial (DevTools Performance.getMetrics JSHeapUsedSize), bytes. */
    jsHeapBytes: number;
    /** Bytes received over the network in the trial (encoded, headers included: Network.loadingFinished), and the number of requests. */
    transferBytes: number;
    requests: number;
    /** Uncaught errors of the page's scripts. */
    pageErrors: string[];
    /** Normalised rendered DOM of each `check` selector once ready, by selector. */
    dom: Record<string, string>;
}
/** Hooks that let other tools (the profiler) work inside a trial. */
export interface PageHooks {
    /** After throttling is set, before the navigation. */
    beforeNavigate?: (page: Page, cdp: CDPSession) => Promise<void>;
    /** Once ready, before the interaction. */
    afterReady?: (page: Page, cdp: CDPSession) => Promise<void>;
    /** After the interaction (or after afterReady without one), before the context closes. */
    afterInteraction?: (page: Page, cdp: CDPSession) => Promise<void>;
}
/**
 * Loads a page once in a fresh browser context (no cache, no cookies, no storage from an earlier
 * trial) under the target's throttling, and measures it.
 * @param browser - the running browser
 * @param target - the page target
 * @param url - the page's URL with the port filled in
 * @param options - hooks for other tools
 * @returns the trial's figures
 * @throws TargetError `page-load` naming the URL and the timeout, the ready selector or the interaction step
 */
export declare function loadPage(browser: PageBrowser, target: PageTargetConfig, url: string, options?: {
    hooks?: PageHooks;
}): Promise<PageTrial>;
