// The headless Chromium of page targets: found on the machine (never downloaded), launched once per
// run through playwright-core, and killed with its whole process group on exit, error or signal.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { TargetError } from '../errors.js';
import { onKillAll, signalGroup, trackGroup, untrackGroup } from '../measure/process-groups.js';
/** Executables tried on PATH, in order, when PERFFLOW_CHROMIUM is not set. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
/** Flags of every launch: no sandbox (containers run as root), no GPU, nothing in the background that would add network or CPU noise. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions', '--mute-audio'];
/** What to do when there is no browser, said in every message about it. */
const INSTALL = 'install Chromium (apt-get install chromium) or set PERFFLOW_CHROMIUM to a Chromium or Chrome executable';
function executable(path) {
    try {
        accessSync(path, constants.X_OK);
        return true;
    }
    catch {
        return false; // absent or not executable: the caller tries the next or reports
    }
}
/**
 * Finds the Chromium to drive: PERFFLOW_CHROMIUM when set, else the first of chromium,
 * chromium-browser, google-chrome-stable, google-chrome on PATH.
 * @param env - the environment (default process.env)
 * @returns the executable's path
 * @throws TargetError `browser-missing` naming what to install
 */
export function findChromium(env = process.env) {
    const forced = env.PERFFLOW_CHROMIUM;
    if (forced !== undefined && forced !== '') {
        if (executable(forced))
            return forced;
        throw new TargetError('browser-missing', `PERFFLOW_CHROMIUM=${forced} is not an executable file; ${INSTALL}`);
    }
    for (const dir of (env.PATH ?? '').split(delimiter).filter((d) => d !== '')) {
        for (const name of CANDIDATES)
            if (executable(join(dir, name)))
                return join(dir, name);
    }
    throw new TargetError('browser-missing', `no Chromium found on PATH (page targets run in a real browser); ${INSTALL}`);
}
/** The process group whose command line carries the marker (the browser's main process leads it). */
function groupOf(marker) {
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker))
                continue;
            const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
            const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
            if (Number.isInteger(pgid) && pgid > 1 && pgid !== process.pid)
                return pgid;
        }
        catch {
            continue; // the process ended while we looked
        }
    }
    return undefined;
}
/**
 * Launches headless Chromium. Its process group is tracked like a target server's, so it is killed
 * when perfflow exits or is interrupted; Playwright's own signal handlers are off (perfflow's decide).
 * @param options - the executable (default {@link findChromium}), and a launch timeout
 * @returns the running browser
 * @throws TargetError `browser-missing` when there is no browser or it does not start
 */
export async function launchBrowser(options = {}) {
    const executablePath = options.executablePath ?? findChromium();
    const marker = `--perfflow-browser=${randomBytes(8).toString('hex')}`;
    // Until its group is known, an interruption kills whatever carries the marker.
    const killLaunching = () => {
        const group = groupOf(marker);
        if (group !== undefined)
            signalGroup(group, 'SIGKILL');
    };
    const forget = onKillAll(killLaunching);
    let browser;
    try {
        // Loaded here, not at the top: playwright-core takes ~0.7 s to load, and every command that can
        // measure imports this module, most of them never for a page.
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath,
            headless: true,
            args: [...FLAGS, marker],
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
            timeout: options.timeoutMs ?? 60_000,
        });
    }
    catch (error) {
        forget();
        killLaunching();
        const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        throw new TargetError('browser-missing', `Chromium at ${executablePath} did not start (${first}); ${INSTALL}`, { cause: error });
    }
    const pgid = groupOf(marker);
    if (pgid !== undefined)
        trackGroup(pgid);
    forget();
    let closing;
    const close = () => {
        closing ??= (async () => {
            try {
                await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5000))]);
            }
            catch {
                // closing a browser that crashed: the group kill below is what matters
            }
            if (pgid !== undefined) {
                signalGroup(pgid, 'SIGKILL');
                untrackGroup(pgid);
            }
        })();
        return closing;
    };
    return { browser, version: `Chromium ${browser.version()}`, executablePath, pgid, marker, close };
}
/**
 * Runs work with a browser launched for it, and closes the browser however the work ends.
 * @param work - what to do with the browser
 * @param options - as for {@link launchBrowser}
 * @returns what the work returns
 */
export async function withBrowser(work, options = {}) {
    const browser = await launchBrowser(options);
    try {
        return await work(browser);
    }
    finally {
        await browser.close();
    }
}
