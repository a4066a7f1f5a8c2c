import { displayPath } from '../profile/frame-kind.js';
import { SourceMapper } from '../profile/source-mapper.js';
import { WORK_KINDS } from './main-thread.js';
import { acrossTrials } from './profile-resources.js';
/** Forced layout and style time per load from which the finding is significant, ms. */
export const SIGNIFICANT_FORCED_MS = 30;
/** Script lines named in the report. */
const FORCED_SITES = 5;
const ms = (us) => us / 1000;
function shares(perTrial) {
    const total = perTrial.reduce((sum, t) => sum + WORK_KINDS.reduce((s, k) => s + t[k], 0), 0);
    return WORK_KINDS.map((kind) => {
        const own = perTrial.reduce((sum, t) => sum + t[kind], 0);
        return { kind, ms: acrossTrials(perTrial.map((t) => ms(t[kind]))), share: total <= 0 ? 0 : Math.round((own / total) * 1000) / 1000 };
    })
        .filter((s) => s.share > 0)
        .sort((a, b) => b.share - a.share);
}
/**
 * Where a frame is in the project: its original source through the script's source map; a script
 * of the page's origin not found in the project as `page:/path`, as the CPU profile names it; a
 * script of another origin by its URL.
 */
async function siteOf(frame, files, origin, projectRoot, mapper) {
    const path = files.get(frame.url);
    if (path !== undefined) {
        const original = await mapper.original(path, frame.lineNumber, Math.max(0, frame.columnNumber - 1));
        if (original !== null)
            return { file: displayPath(original.path, projectRoot), line: original.line };
        return { file: displayPath(path, projectRoot), line: frame.lineNumber };
    }
    const file = frame.url.startsWith(`${origin}/`) ? `page:${new URL(frame.url).pathname}` : frame.url;
    return { file, line: frame.lineNumber };
}
/**
 * The main-thread summary of a page's profiled loads.
 * @param trials - the recorded loads
 * @param files - served script URL -> the project file it was read from
 * @param origin - the page's origin
 * @param projectRoot - files are named relative to it
 * @returns the summary for `page.main_thread`
 */
export async function mainThreadSummary(trials, files, origin, projectRoot) {
    const busy = trials.map((t) => ms(WORK_KINDS.reduce((sum, k) => sum + t.work.all[k], 0)));
    const mapper = new SourceMapper();
    try {
        const sites = new Map();
        for (const trial of trials) {
            for (const forced of trial.forced) {
                const where = await siteOf(forced.frame, files, origin, projectRoot, mapper);
                const name = forced.frame.functionName === '' ? '(anonymous)' : forced.frame.functionName;
                const key = `${name}@${where.file}:${String(where.line)}`;
                const site = sites.get(key) ?? { function: name, ...where, kinds: new Set(), count: 0, us: 0 };
                site.kinds.add(forced.kind);
                site.count += 1;
                site.us += forced.durationUs;
                sites.set(key, site);
            }
        }
        const n = Math.max(1, trials.length);
        const allUs = [...sites.values()].reduce((sum, s) => sum + s.us, 0);
        const named = [...sites.values()]
            .sort((a, b) => b.us - a.us)
            .slice(0, FORCED_SITES)
            .map((s) => ({ function: s.function, file: s.file, line: s.line, kind: s.kinds.size > 1 ? 'both' : s.kinds.has('layout') ? 'layout' : 'style', count: Math.round((s.count / n) * 10) / 10, ms: Math.round((ms(s.us) / n) * 10) / 10, share: allUs <= 0 ? 0 : Math.round((s.us / allUs) * 1000) / 1000 }));
        return {
            busy_ms: acrossTrials(busy),
            by_kind: shares(trials.map((t) => t.work.all)),
            long_tasks_by_kind: shares(trials.map((t) => t.work.inLongTasks)),
            forced: {
                count: acrossTrials(trials.map((t) => t.forced.length)),
                ms: acrossTrials(trials.map((t) => ms(t.forced.reduce((sum, f) => sum + f.durationUs, 0)))),
                sites: named,
            },
        };
    }
    finally {
        mapper.close();
    }
}
/**
 * The forced-layout finding: scripts that read layout right after changing it make the browser lay
 * out (or recalculate style) while they wait, once per read ("layout thrashing").
 * @param main - the main-thread summary
 * @returns the finding; significant from {@link SIGNIFICANT_FORCED_MS} per load
 */
export function forcedLayoutFinding(main) {
    const { forced } = main;
    const top = forced.sites[0];
    const layoutShare = main.by_kind.filter((k) => k.kind === 'layout' || k.kind === 'style').reduce((sum, k) => sum + k.share, 0);
    return {
        kind: 'forced-layout',
        measured: true,
        significant: forced.ms.median >= SIGNIFICANT_FORCED_MS,
        summary: top === undefined
            ? 'no script forced a layout or style recalculation'
            : `scripts forced ${String(forced.count.median)} layout(s) or style recalculation(s) per load, ${forced.ms.median.toFixed(0)} ms (loads ${forced.ms.low.toFixed(0)}-${forced.ms.high.toFixed(0)} ms; style and layout are ${(layoutShare * 100).toFixed(1)}% of the main thread's busy time); the most, ${top.ms.toFixed(1)} ms in ${String(top.count)} per load, from ${top.function} (${top.file}:${String(top.line)}): read layout (offsetWidth, getBoundingClientRect, ...) before changing it, not after each change`,
        share: null,
        share_interval: null,
        metrics: { forced_ms: forced.ms.median, forced_ms_low: forced.ms.low, forced_ms_high: forced.ms.high, forced_count: forced.count.median },
        call_sites: forced.sites.slice(0, 3).map((s) => ({ function: s.function, file: s.file, line: s.line, share: s.share })),
    };
}
