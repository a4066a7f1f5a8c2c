import type { PageTargetConfig } from '../config/page-target-config.js';
import type { PageMetrics } from '../contracts/baseline-metrics.js';
/** What measuring a page target produced. */
export interface PageMeasurement {
    page: PageMetrics;
    healthReasons: string[];
    invalidReasons: string[];
}
/**
 * Describes an interaction script in one line.
 * @param target - the page target
 * @returns e.g. `click #refresh, wait #chart[data-ready]`, or null without one
 */
export declare function describeInteraction(target: PageTargetConfig): string | null;
/**
 * Measures a page target: starts its server, launches Chromium, loads the page once unmeasured
 * (the server warms up), then `trials` times, each in a fresh context. Server and browser are
 * stopped however it ends.
 * @param target - the page target
 * @param options - trials overriding the config, a progress reporter
 * @returns the page figures and the reasons the result is unhealthy or invalid
 * @throws TargetError `browser-missing`, `server-start`, or `page-load` naming the URL and the cause
 */
export declare function measurePage(target: PageTargetConfig, options?: {
    trials?: number | undefined;
    progress?: (message: string) => void;
}): Promise<PageMeasurement>;
