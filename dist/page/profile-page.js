import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatCollapsedStacks } from '../profile/collapsed-stacks.js';
import { writeFileAtomic, writeJsonAtomic } from '../state/atomic-file.js';
import { findChromium, withBrowser } from './browser.js';
import { loadPage } from './load-page.js';
import { startPageServer } from './page-server.js';
import { buildPageReport } from './profile-page-report.js';
import { servedFiles } from './profile-scripts.js';
import { trialProfiler } from './profile-trial.js';
import { describeThrottle } from './throttle.js';
/** Page loads profiled by default: enough for a median and a range, few enough to stay quick. */
export const DEFAULT_PAGE_TRIALS = 3;
/** Default sampling interval of the page's profiler, µs (a page load is short: sample finer than a server). */
export const DEFAULT_PAGE_INTERVAL_US = 250;
/** Default minimum of samples before anything is ranked. */
export const DEFAULT_PAGE_MIN_ACTIVE = 200;
/** The text each script of the page's origin was served with, fetched again from the server. */
async function scriptTexts(trials, origin) {
    const urls = new Set(trials.flatMap((t) => t.timings.resources.filter((r) => r.initiatorType === 'script' && r.url.startsWith(`${origin}/`)).map((r) => r.url)));
    const texts = new Map();
    for (const url of urls) {
        try {
            const response = await fetch(url);
            if (response.ok)
                texts.set(url, await response.text());
        }
        catch {
            // A script that cannot be fetched again keeps its URL in the report: still true, not mapped.
        }
    }
    return texts;
}
/**
 * Profiles a page target: starts its server, loads the page in a fresh browser context per trial
 * (the driver of `perfflow measure`, with its throttling, ready selector and interaction), records
 * each load's CPU profile, long tasks, timings and coverage, and ranks what blocked the main thread.
 * Writes the busiest load's `.cpuprofile` and the collapsed stacks of all loads.
 * @param options - the target, where to write, how many loads
 * @returns the report (not yet written) and its analysis
 * @throws TargetError `browser-missing` before anything starts when there is no Chromium; `page-load` when the page does not load
 * @throws InconclusiveError `too-few-samples` when the main thread was sampled too rarely
 */
export async function profilePageTarget(options) {
    const { target } = options;
    const executablePath = findChromium();
    const trials = options.trials ?? DEFAULT_PAGE_TRIALS;
    const intervalUs = options.intervalUs ?? DEFAULT_PAGE_INTERVAL_US;
    const server = await startPageServer(target);
    try {
        const recordings = await withBrowser(async (browser) => {
            const out = [];
            for (let i = 0; i < trials; i += 1) {
                options.progress?.(`profiling ${target.name} (page load ${i + 1} of ${trials}, ${describeThrottle(target.throttle)}, sampling every ${intervalUs} µs)`);
                const profiler = trialProfiler(intervalUs, target.interaction.length > 0);
                await loadPage(browser, target, server.url, { hooks: profiler.hooks });
                out.push(profiler.recording());
            }
            return out;
        }, { executablePath });
        const origin = new URL(server.url).origin;
        const files = servedFiles(await scriptTexts(recordings, origin), target.cwd);
        mkdirSync(options.artifactDir, { recursive: true });
        const cpuprofile = join(options.artifactDir, `${options.stem}.cpuprofile`);
        const collapsed = join(options.artifactDir, `${options.stem}.collapsed.txt`);
        const { report, analysis } = await buildPageReport({
            target: target.name,
            url: server.url,
            projectRoot: options.projectRoot,
            trials: recordings,
            files,
            throttle: { cpu: target.throttle.cpu, network: target.throttle.network.name },
            intervalUs,
            minActive: options.minActive ?? DEFAULT_PAGE_MIN_ACTIVE,
            artifacts: { cpuprofile: options.reportPath(cpuprofile), collapsed: options.reportPath(collapsed) },
            notes: [
                `${trials} page load(s), each in a fresh browser context: ${describeThrottle(target.throttle)}`,
                files.size === 0 ? 'no served script was found as a file of the project, so functions are named by their URL path (page:/...) without source maps' : `scripts found in the project and mapped through their source maps: ${[...files.values()].map((f) => f.slice(target.cwd.length + 1)).join(', ')}`,
                `${options.stem}.cpuprofile holds the load with the most samples (open it in Chrome DevTools); the collapsed stacks hold all loads`,
            ],
            now: (options.now ?? (() => new Date()))(),
        });
        const busiest = [...recordings].sort((a, b) => (b.profile.samples?.length ?? 0) - (a.profile.samples?.length ?? 0))[0];
        if (busiest !== undefined)
            writeJsonAtomic(cpuprofile, busiest.profile);
        writeFileAtomic(collapsed, formatCollapsedStacks(analysis.collapsed));
        return { profiled: true, report, analysis };
    }
    finally {
        await server.stop();
    }
}
