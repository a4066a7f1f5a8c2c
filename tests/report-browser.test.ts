import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { publish, reportFixture } from './helpers/published-run.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const HOSTILE = '<script>window.__pwned=1;alert("pwned")</script><img src=x onerror="window.__pwned=2">';
const SECRET = 'sk-ant-api03-BROWSERFAKEKEY0123456789abcdef';

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}, 60_000);
afterAll(async () => {
  await browser.close();
});

/** Opens a report, recording console errors, page errors, dialogs and any request that is not the file itself. */
async function open(path: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(path).href;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe('the HTML report in headless Chromium', () => {
  test('draws every chart, runs its script under the CSP, fetches nothing and logs no error', async () => {
    const { handle } = await reportFixture();
    const result = await publish(handle, {});
    const { page, problems, requests } = await open(result.report);
    expect(await page.getAttribute('html', 'data-report-ready')).toBe('true');
    const charts: { kind: string | null; width: number; height: number; shapes: number }[] = [];
    const svgs = page.locator('svg.chart');
    for (let i = 0; i < (await svgs.count()); i += 1) {
      const svg = svgs.nth(i);
      const box = await svg.boundingBox();
      charts.push({ kind: await svg.getAttribute('data-chart'), width: box?.width ?? 0, height: box?.height ?? 0, shapes: await svg.locator('rect, circle, path, line').count() });
    }
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set(['effects', 'percentiles', 'distribution', 'throughput', 'flame']));
    expect(charts.filter((c) => c.kind === 'distribution')).toHaveLength(5);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.height).toBeGreaterThan(40);
      expect(chart.shapes).toBeGreaterThan(3);
    }
    const frameLocator = page.locator('svg.flame g.frame');
    const frames: (string | null)[] = [];
    for (let i = 0; i < (await frameLocator.count()); i += 1) frames.push(await frameLocator.nth(i).getAttribute('data-name'));
    expect(frames).toEqual(expect.arrayContaining(['all', 'serializeUsers', 'filterActive', '[gc]']));
    await page.hover('svg.flame g.frame[data-name="serializeUsers"] rect');
    expect(await page.textContent('.flame-detail')).toMatch(/^serializeUsers — \d+\.\d% of samples/);
    const flameBox = await page.locator('svg.flame').boundingBox();
    const before = await page.locator('svg.flame g.frame[data-name="serializeUsers"] rect').boundingBox();
    await page.click('svg.flame g.frame[data-name="serializeUsers"] rect');
    const zoomed = await page.locator('svg.flame g.frame[data-name="serializeUsers"] rect').boundingBox();
    expect(before?.width ?? 0).toBeLessThan((flameBox?.width ?? 0) * 0.9);
    expect(zoomed?.width ?? 0).toBeGreaterThan((flameBox?.width ?? 0) * 0.95);
    expect(await page.locator('svg.flame g.frame[data-name="filterActive"]').isVisible()).toBe(false);
    await page.click('svg.flame g.frame[data-name="all"] rect');
    expect(await page.locator('svg.flame g.frame[data-name="filterActive"]').isVisible()).toBe(true);
    const shot = join(tmpdir(), 'perfflow-report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('a report built from hostile input runs none of it and shows no secret', async () => {
    const { handle } = await reportFixture({ hostile: HOSTILE, secret: SECRET });
    const result = await publish(handle, { ANTHROPIC_API_KEY: SECRET });
    const { page, problems, requests } = await open(result.report);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    const text = await page.textContent('body');
    expect(text).toContain('<script>window.__pwned=1');
    expect(text).not.toContain(SECRET);
    expect(await page.content()).not.toContain(SECRET);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
