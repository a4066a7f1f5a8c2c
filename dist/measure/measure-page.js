import { launchBrowser } from '../page/browser.js';
import { PAGE_DEFINITIONS } from '../page/definitions.js';
import { VIEWPORT, loadPage } from '../page/load-page.js';
import { startPageServer } from '../page/page-server.js';
import { describeThrottle } from '../page/throttle.js';
import { spreadOf } from './spread.js';
/**
 * Describes an interaction script in one line.
 * @param target - the page target
 * @returns e.g. `click #refresh, wait #chart[data-ready]`, or null without one
 */
export function describeInteraction(target) {
    if (target.interaction.length === 0)
        return null;
    return target.interaction.map((s) => (s.action === 'goto' ? `goto ${s.path}` : s.action === 'type' ? `type ${s.selector}` : `${s.action} ${s.selector}`)).join(', ');
}
function summarize(target, url, browser, trials, warmup) {
    const of = (pick) => trials.map(pick).filter((v) => v !== undefined);
    const interaction = of((t) => t.interactionMs);
    return {
        url,
        browser,
        viewport: { ...VIEWPORT },
        throttle: { cpu: target.throttle.cpu, network: target.throttle.network.name, description: describeThrottle(target.throttle) },
        ready: target.ready ?? null,
        interaction: describeInteraction(target),
        trials: trials.length,
        warmup,
        definitions: PAGE_DEFINITIONS,
        lcp_ms: spreadOf(of((t) => t.lcpMs)),
        fcp_ms: spreadOf(of((t) => t.fcpMs)),
        cls: spreadOf(of((t) => t.cls)),
        tbt_ms: spreadOf(of((t) => t.tbtMs)),
        ready_ms: spreadOf(of((t) => t.readyMs)),
        interaction_ms: target.interaction.length === 0 ? null : spreadOf(interaction),
        js_heap_bytes: spreadOf(of((t) => t.jsHeapBytes)),
        transfer_bytes: spreadOf(of((t) => t.transferBytes)),
        requests: spreadOf(of((t) => t.requests)),
        long_tasks: trials.reduce((n, t) => n + t.longTasks.length, 0),
        page_errors: [...new Set(trials.flatMap((t) => t.pageErrors))].slice(0, 5),
    };
}
/**
 * Measures a page target: starts its server, launches Chromium, loads the page once unmeasured
 * (the server warms up), then `trials` times, each in a fresh context. Server and browser are
 * stopped however it ends.
 * @param target - the page target
 * @param options - trials overriding the config, a progress reporter
 * @returns the page figures and the reasons the result is unhealthy or invalid
 * @throws TargetError `browser-missing`, `server-start`, or `page-load` naming the URL and the cause
 */
export async function measurePage(target, options = {}) {
    const count = options.trials ?? target.trials;
    const progress = options.progress ?? (() => undefined);
    const browser = await launchBrowser();
    try {
        const server = await startPageServer(target);
        try {
            progress(`warm-up load of ${server.url} in ${browser.version}`);
            await loadPage(browser, target, server.url);
            const trials = [];
            for (let i = 0; i < count; i += 1) {
                progress(`page load ${String(i + 1)}/${String(count)}`);
                trials.push(await loadPage(browser, target, server.url));
            }
            const page = summarize(target, server.url, browser.version, trials, 1);
            const healthReasons = page.page_errors.length === 0 ? [] : [`the page threw uncaught errors: ${page.page_errors.join(' | ')}`];
            const invalidReasons = trials.some((t) => t.lcpMs === undefined) ? ['the page reported no largest contentful paint in some trials (nothing contentful was drawn)'] : [];
            return { page, healthReasons, invalidReasons };
        }
        finally {
            await server.stop();
        }
    }
    finally {
        await browser.close();
    }
}
