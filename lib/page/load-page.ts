// One trial of a page target: a fresh browser context, the page loaded under the target's
// throttling until ready, its figures read from the page itself, the scripted interaction timed,
// then the context closed. Whatever goes wrong is one TargetError naming the URL, step or selector.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { InteractionSpec, PageTargetConfig } from '../config/page-target-config.js';
import { TargetError } from '../errors.js';
import type { PageBrowser } from './browser.js';
import { cumulativeLayoutShift, largestContentfulPaint, totalBlockingTime } from './page-metrics.js';
import type { LongTaskEntry, ShiftEntry } from './page-metrics.js';
import { AFTER_FRAME, MARK_INTERACTION, READ_ENTRIES, domSnapshotExpression, recorderScript } from './recorder.js';
import { applyThrottle } from './throttle.js';

/** The viewport of every trial (a desktop window). */
export const VIEWPORT = { width: 1350, height: 940 } as const;

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

interface RawEntries {
  now: number;
  readyAt: number | null;
  fcp: number | null;
  /** When the main thread rendered the first contentful paint (Chromium's paintTime), before the compositor presented it. */
  fcpPaint: number | null;
  lcp: number[];
  shifts: ShiftEntry[];
  long: LongTaskEntry[];
  loadEnd: number | null;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

function seconds(ms: number): string {
  return `${String(Math.round(ms / 100) / 10)} s`;
}

async function navigate(page: Page, url: string, target: PageTargetConfig, deadline: number): Promise<number | null> {
  let status: number | null;
  try {
    status = (await page.goto(url, { waitUntil: 'load', timeout: Math.max(1, deadline - Date.now()) }))?.status() ?? null;
  } catch (error) {
    if (!isTimeout(error)) throw new TargetError('page-load', `${url} did not load: ${messageOf(error)}`, { cause: error });
    throw new TargetError('page-load', `${url} did not finish loading within ${seconds(target.timeoutMs)} (timeout); check that the page loads, or raise targets.${target.name}.page.timeout`, { cause: error });
  }
  if (target.ready === undefined) return status;
  try {
    await page.waitForSelector(target.ready, { state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
  } catch (error) {
    const why = isTimeout(error) ? `did not become visible on ${url} within ${seconds(target.timeoutMs)}` : `could not be looked for on ${url}: ${messageOf(error)}`;
    throw new TargetError('page-load', `the ready selector '${target.ready}' ${why}; fix targets.${target.name}.page.ready or the page`, { cause: error });
  }
  return status;
}

async function step(page: Page, s: InteractionSpec, url: string, timeout: number): Promise<void> {
  switch (s.action) {
    case 'click':
      await page.click(s.selector, { timeout });
      return;
    case 'wait':
      await page.waitForSelector(s.selector, { state: 'visible', timeout });
      return;
    case 'type':
      await page.fill(s.selector, s.text, { timeout });
      return;
    case 'goto':
      await page.goto(new URL(s.path, url).href, { waitUntil: 'load', timeout });
      return;
    default: {
      const never: never = s;
      return never;
    }
  }
}

function stepName(s: InteractionSpec): string {
  return s.action === 'goto' ? `goto ${s.path}` : s.action === 'type' ? `type into '${s.selector}'` : `${s.action} '${s.selector}'`;
}

/**
 * Runs the interaction and times it. Without a `goto`, on the page's clock: from the first input
 * event the steps caused (or the start, when none did) to the first frame after the last step held.
 * With a `goto` (a new document, a new clock), on perfflow's clock around the same span.
 */
async function interact(page: Page, target: PageTargetConfig, url: string, deadline: number): Promise<number | undefined> {
  if (target.interaction.length === 0) return undefined;
  const navigates = target.interaction.some((s) => s.action === 'goto');
  const startPage = Number(await page.evaluate(MARK_INTERACTION));
  const startHost = performance.now();
  for (const [i, s] of target.interaction.entries()) {
    try {
      await step(page, s, url, Math.max(1, deadline - Date.now()));
    } catch (error) {
      const why = isTimeout(error) ? `did not complete within ${seconds(target.timeoutMs)}` : `failed: ${messageOf(error)}`;
      throw new TargetError('page-load', `interaction step ${String(i + 1)} (${stepName(s)}) on ${url} ${why}; fix targets.${target.name}.page.interaction`, { cause: error });
    }
  }
  const end = await page.evaluate<{ now: number; firstInput: number | null }>(AFTER_FRAME);
  if (navigates) return performance.now() - startHost;
  return end.now - (end.firstInput ?? startPage);
}

/** Everything of a trial that needs the page ready: figures, DOM, hooks, interaction, heap. */
async function measureReady(page: Page, cdp: CDPSession, target: PageTargetConfig, url: string, deadline: number, hooks: PageHooks): Promise<Omit<PageTrial, 'url' | 'status' | 'transferBytes' | 'requests' | 'pageErrors'>> {
  const raw = await page.evaluate<RawEntries | null>(READ_ENTRIES);
  if (raw === null) throw new TargetError('page-load', `${url}: perfflow's recorder did not run in the page (is it a document Chromium can script?)`);
  const readyMs = (target.ready === undefined ? raw.loadEnd : raw.readyAt) ?? raw.now;
  const fcpMs = raw.fcp ?? undefined;
  const snapshots = target.check.length === 0 ? [] : await page.evaluate<string[]>(domSnapshotExpression(target.check));
  const dom: Record<string, string> = {};
  target.check.forEach((sel, i) => {
    dom[sel] = snapshots[i] ?? '(none)';
  });
  if (hooks.afterReady !== undefined) await hooks.afterReady(page, cdp);
  const interactionMs = await interact(page, target, url, deadline);
  if (hooks.afterInteraction !== undefined) await hooks.afterInteraction(page, cdp);
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize');
  return {
    fcpMs,
    lcpMs: largestContentfulPaint(raw.lcp),
    cls: cumulativeLayoutShift(raw.shifts),
    // The window opens when the main thread rendered the first contentful paint: its presentation can
    // lag by hundreds of ms on a busy machine, which would make the blocking time depend on the compositor.
    tbtMs: fcpMs === undefined ? 0 : totalBlockingTime(raw.long, raw.fcpPaint ?? fcpMs, readyMs),
    readyMs,
    longTasks: raw.long,
    interactionMs,
    jsHeapBytes: heap?.value ?? 0,
    dom,
  };
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
export async function loadPage(browser: PageBrowser, target: PageTargetConfig, url: string, options: { hooks?: PageHooks } = {}): Promise<PageTrial> {
  const deadline = Date.now() + target.timeoutMs;
  const context: BrowserContext = await browser.browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: recorderScript(target.ready) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    const counted = { bytes: 0, requests: 0 };
    cdp.on('Network.loadingFinished', (e) => {
      counted.bytes += e.encodedDataLength;
      counted.requests += 1;
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(messageOf(e)));
    await applyThrottle(cdp, target.throttle);
    if (options.hooks?.beforeNavigate !== undefined) await options.hooks.beforeNavigate(page, cdp);
    const status = await navigate(page, url, target, deadline);
    if (status !== null && status >= 400) throw new TargetError('page-load', `${url} answered HTTP ${String(status)}; the page must load with a 2xx or 3xx status`);
    const ready = await measureReady(page, cdp, target, url, deadline, options.hooks ?? {});
    return { url, status, ...ready, transferBytes: counted.bytes, requests: counted.requests, pageErrors };
  } finally {
    await context.close().catch(() => undefined);
  }
}
