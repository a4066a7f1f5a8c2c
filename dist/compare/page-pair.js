import { TargetError } from '../errors.js';
import { launchBrowser } from '../page/browser.js';
import { loadPage } from '../page/load-page.js';
import { startPageServer } from '../page/page-server.js';
import { describeThrottle } from '../page/throttle.js';
import { ARMS } from './analyze.js';
import { TrialFailures } from './failures.js';
import { compareDom, domSeenOnlyOnCandidate } from './page-behaviour.js';
/** Loads of the base before the trials that decide the default objective (and warm the servers). */
const PROBE_LOADS = 3;
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The compared figures of a page target; `interaction` only when it scripts one.
 * @param target - the page target
 * @returns its metrics, in the order of the report
 */
export function pageMetrics(target) {
    const load = `one page load per trial in a fresh browser context, ${describeThrottle(target.throttle)}`;
    const specs = [
        { name: 'lcp', unit: 'ms', direction: 'lower', scale: 'log', minimumFloor: 0.01, load },
        { name: 'fcp', unit: 'ms', direction: 'lower', scale: 'log', minimumFloor: 0.01, load },
        // Blocking time and layout shift are often exactly 0, where a ratio has no meaning: differences.
        { name: 'tbt', unit: 'ms', direction: 'lower', scale: 'difference', minimumFloor: 10, load },
        { name: 'cls', unit: 'layout shift score', direction: 'lower', scale: 'difference', minimumFloor: 0.01, load },
        { name: 'ready', unit: 'ms', direction: 'lower', scale: 'log', minimumFloor: 0.01, load },
    ];
    if (target.interaction.length > 0)
        specs.push({ name: 'interaction', unit: 'ms', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: `${load}, after ready` });
    specs.push({ name: 'js_heap', unit: 'bytes', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: `${load}, at the end of the trial` }, { name: 'transfer_bytes', unit: 'bytes', direction: 'lower', scale: 'log', minimumFloor: 0.01, load });
    return specs;
}
function valuesOf(trial) {
    const values = { tbt: trial.tbtMs, cls: trial.cls, ready: trial.readyMs, js_heap: trial.jsHeapBytes, transfer_bytes: trial.transferBytes };
    if (trial.lcpMs !== undefined)
        values.lcp = trial.lcpMs;
    if (trial.fcpMs !== undefined)
        values.fcp = trial.fcpMs;
    if (trial.interactionMs !== undefined)
        values.interaction = trial.interactionMs;
    return values;
}
function remember(pair, arm, trial) {
    const side = arm === 'candidate' ? 'candidate' : 'base';
    for (const e of trial.pageErrors)
        pair.errors[side].add(e);
    const into = pair.dom[side];
    for (const [sel, html] of Object.entries(trial.dom)) {
        const set = into.get(sel) ?? new Set();
        set.add(html);
        into.set(sel, set);
    }
}
async function load(pair, arm) {
    const server = pair.servers[arm];
    if (server === undefined)
        return 'the server did not start';
    try {
        const trial = await loadPage(pair.browser, pair.target, server.url);
        pair.loads += 1;
        pair.warm.add(arm);
        return trial;
    }
    catch (error) {
        if (error instanceof TargetError)
            return error.message;
        throw error;
    }
}
/** Starts the three servers; the base's (or its copy's) failing to start is a target that cannot run. */
async function startServers(pair, cwd) {
    for (const arm of ARMS) {
        try {
            pair.servers[arm] = await startPageServer(pair.target, cwd[arm]);
        }
        catch (error) {
            if (arm !== 'candidate')
                throw new TargetError('server-start', `base side: ${messageOf(error)}`, { cause: error });
            pair.failures.failAtOnce(`the server does not start: ${messageOf(error)}`);
        }
    }
}
/**
 * The default objective: total blocking time when the base page blocks its main thread (long tasks
 * between first paint and ready in most probe loads), else largest contentful paint. Decided from
 * the base alone, before any candidate trial.
 */
async function probeObjective(pair) {
    let blocking = 0;
    for (let i = 0; i < PROBE_LOADS; i += 1) {
        const trial = await load(pair, 'base');
        if (typeof trial === 'string')
            throw new TargetError('page-load', `base side: ${trial}`);
        if (trial.tbtMs > 0)
            blocking += 1;
    }
    return blocking * 2 > PROBE_LOADS
        ? { objective: 'tbt', why: `tbt: the base page blocked its main thread in ${String(blocking)} of ${String(PROBE_LOADS)} probe loads` }
        : { objective: 'lcp', why: `lcp: the base page blocked its main thread in ${String(blocking)} of ${String(PROBE_LOADS)} probe loads` };
}
/** Uncaught errors the candidate's scripts threw in measured loads that the base's never did: a behaviour change. */
function scriptErrors(pair) {
    const only = [...pair.errors.candidate].filter((e) => !pair.errors.base.has(e));
    if (only.length === 0)
        return [];
    return [{ name: 'uncaught errors of the page', kind: 'candidate-error', status: 'failed', detail: `the candidate's page threw ${String(only.length)} error(s) the base never did: ${only.slice(0, 3).join(' | ')}` }];
}
async function behaviour(pair) {
    if (pair.target.check.length === 0 || pair.failures.settled())
        return [];
    const loads = {};
    for (const arm of ARMS) {
        const trial = await load(pair, arm);
        if (typeof trial === 'string') {
            pair.failures.record(arm, trial);
            return [];
        }
        loads[arm] = trial;
    }
    const checks = compareDom(pair.target.check, loads.base?.dom ?? {}, loads['base-aa']?.dom ?? {}, loads.candidate?.dom ?? {});
    pair.domFailed = checks.some((c) => c.status === 'failed');
    return checks;
}
/**
 * Prepares a page target for a paired comparison. The page load is the unit: each arm's server runs
 * for the whole comparison (started from the arm's checkout with its own PORT), one browser serves
 * every arm, and every trial loads the page in a fresh context. Metrics: lcp, fcp, tbt, cls, ready,
 * interaction (when scripted), js_heap, transfer_bytes. The default objective is decided from the
 * base alone before the trials ({@link probeObjective}); the behaviour check compares the rendered
 * DOM of the `check` selectors.
 * @param options - the target and each arm's working directory
 * @returns the runner
 * @throws TargetError `browser-missing`; `server-start` or `page-load` naming the base side
 */
export async function openPagePair(options) {
    const { target } = options;
    const browser = await launchBrowser();
    const pair = {
        target,
        browser,
        servers: {},
        failures: new TrialFailures(`the page ${target.url}`, 'page-load'),
        dom: { base: new Map(), candidate: new Map() },
        loads: 0,
        warm: new Set(),
        errors: { base: new Set(), candidate: new Set() },
        domFailed: false,
    };
    const close = async () => {
        await Promise.all(Object.values(pair.servers).map((s) => s.stop()));
        await browser.close();
    };
    let decided;
    try {
        await startServers(pair, options.cwd);
        decided = target.objective === undefined ? await probeObjective(pair) : { objective: target.objective, why: `${target.objective}: set by the target` };
    }
    catch (error) {
        await close();
        throw error;
    }
    return {
        metrics: pageMetrics(target),
        objective: decided.objective,
        behaviour: () => behaviour(pair),
        // One unmeasured load of every arm not loaded yet by the probe or the behaviour check.
        warmup: async () => {
            for (const arm of ARMS.filter((a) => !pair.warm.has(a))) {
                if (pair.failures.settled())
                    return;
                const trial = await load(pair, arm);
                pair.failures.record(arm, typeof trial === 'string' ? trial : null);
            }
        },
        trial: async (arm) => {
            const trial = await load(pair, arm);
            pair.failures.record(arm, typeof trial === 'string' ? trial : null);
            if (typeof trial === 'string')
                return {};
            remember(pair, arm, trial);
            return valuesOf(trial);
        },
        findings: () => [...pair.failures.checks(), ...scriptErrors(pair), ...domSeenOnlyOnCandidate(target.check, pair.dom.base, pair.dom.candidate)],
        // A changed DOM fails the comparison whatever the trials would show: no need to measure them.
        settled: () => pair.failures.settled() || pair.domFailed,
        describe: () => ({
            unit: `one page load per trial in a fresh context of ${browser.version} (headless, ${describeThrottle(target.throttle)}); each arm's server started once from its checkout; default objective ${decided.why}`,
            processes_per_side: null,
            iterations: { page_loads: pair.loads },
        }),
        close,
    };
}
