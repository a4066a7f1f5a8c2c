import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { escapeHtml, html, raw } from '../lib/report/html.js';
import { flameGraph, parseCollapsed } from '../lib/report/flame-graph.js';
import { relativeChange } from '../lib/report/charts.js';
import { formatNumber, formatRatioChange } from '../lib/report/format.js';
import { percentilePoints } from '../lib/report/report-facts.js';
import type { RunBundle } from '../lib/report/run-bundle.js';
import type { ComparedMetric } from '../lib/contracts/performance-comparison.js';
import { publish, reportFixture } from './helpers/published-run.js';

const HOSTILE = '<script>window.__pwned=1;alert("pwned")</script><img/src=x/onerror=alert(2)>';
const SECRET = 'sk-ant-api03-HOSTILEFAKEKEY0123456789abcdef';

describe('html escaping', () => {
  test('interpolations are escaped; only trusted markup passes through raw', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
    const name = '"><script>alert(1)</script>';
    expect(html`<td title="${name}">${name}</td>`.value).toBe('<td title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html`<ul>${['<b>', html`<li>${'<i>'}</li>`]}</ul>${null}${raw('<hr>')}`.value).toBe('<ul>&lt;b&gt;<li>&lt;i&gt;</li></ul><hr>');
  });
});

describe('report arithmetic', () => {
  test.each([
    [0.69, '−31.0%'],
    [1.357, '+35.7%'],
    [1, '+0.0%'],
  ])('a ratio of %p reads as %p', (ratio, text) => {
    expect(formatRatioChange(ratio)).toBe(text);
  });

  test.each([
    [42, '42.0'],
    [1820, '1\u202f820'],
    [0.01234, '0.0123'],
    [3.14159, '3.14'],
  ])('%p is printed as %p', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test('the relative change of a log metric and of a difference metric, by hand', () => {
    const base: ComparedMetric = { name: 'm', unit: 'ms', direction: 'lower', scale: 'log', objective: true, base: 40, candidate: 30, effect: 0.75, ci95: [0.7, 0.8], p: 0.01, p_adjusted: 0.02, noise_floor: 0.02, noise_floor_measured: 0.01, pairs: 10, verdict: 'improved', ci95_each: [[0.69, 0.81], [0.69, 0.81]], role: 'objective', tolerance: null, load: null };
    const log = relativeChange(base);
    expect(log?.effect).toBeCloseTo(-25, 10);
    expect(log?.lo).toBeCloseTo(-30, 10);
    expect(log?.hi).toBeCloseTo(-20, 10);
    expect(log?.floor).toBeCloseTo(2, 10);
    const diff = relativeChange({ ...base, scale: 'difference', base: 200, effect: -10, ci95: [-14, -6], noise_floor: 1 });
    expect(diff?.effect).toBeCloseTo(-5, 10);
    expect(diff?.lo).toBeCloseTo(-7, 10);
    expect(diff?.floor).toBeCloseTo(0.5, 10);
  });

  test('collapsed stacks merge into a tree whose widths are sample counts', () => {
    const root = parseCollapsed('a;b;c 5\na;b 3\na;d 2\nnot a stack line\nx 0\n');
    expect(root.value).toBe(10);
    const a = root.children.get('a');
    expect(a?.value).toBe(10);
    expect(a?.children.get('b')?.value).toBe(8);
    expect(a?.children.get('b')?.children.get('c')?.value).toBe(5);
    expect(a?.children.get('d')?.value).toBe(2);
    const svg = flameGraph('a;b;c 5\na;b 3\na;d 2', { width: 1000 })?.value ?? '';
    expect(svg).toContain('data-name="c" data-share="50.0%"');
    expect(svg).toMatch(/data-name="d" data-share="20\.0%" data-x="800\.0" data-w="199\.5"><rect x="800\.0" y="\d+" width="199\.5"/);
    expect(flameGraph('')).toBeNull();
  });

  test('percentile metrics are ordered p50, p90, p99, p99.9', () => {
    const metric = (name: string, base: number): ComparedMetric => ({ name, unit: 'ms', direction: 'lower', scale: 'log', objective: false, base, candidate: base / 2, effect: 0.5, ci95: [0.4, 0.6], p: 0, p_adjusted: 0, noise_floor: 0.01, noise_floor_measured: null, pairs: 5, verdict: 'improved', ci95_each: null, role: 'guard', tolerance: 0, load: null });
    const bundle = { comparison: { metrics: [metric('latency_p999', 80), metric('latency_p50', 10), metric('latency_p99', 40), metric('latency_p90', 20), metric('throughput', 1)] } } as unknown as RunBundle;
    expect(percentilePoints(bundle).points.map((p) => p.label)).toEqual(['p50', 'p90', 'p99', 'p99.9']);
  });
});

describe('a report built from hostile input', () => {
  test('contains no injected script and no secret, and keeps the hostile text visible as text', async () => {
    const { handle } = await reportFixture({ hostile: HOSTILE, secret: SECRET });
    const result = await publish(handle, { ANTHROPIC_API_KEY: SECRET });
    const report = readFileSync(result.report, 'utf8');
    const summary = readFileSync(result.summary, 'utf8');
    for (const text of [report, summary]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('<script>window.__pwned');
      expect(text).not.toContain('<img/src=x');
    }
    expect(report.match(/<script/g)).toHaveLength(1);
    expect(report).toContain('&lt;script&gt;window.__pwned=1;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(report).toContain('[REDACTED]');
    expect(report).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; [^"]*script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(summary).toContain('&lt;script&gt;');
  });
});

/** Where the plugin's workflow puts each artifact of run r1 (the bundle says so since the yaml decides it). */
const PLUGIN_FILES = {
  'baseline-metrics': 'baseline-metrics.json',
  'bottleneck-report': 'bottleneck-report.json',
  plan: 'plan-r1.json',
  rating: 'plans/r1-rating.json',
  'optimization-plan': 'optimization-plan.json',
  'dev-manifest': 'dev-manifest.json',
  'benchmark-results': 'benchmark-results.json',
  'performance-comparison': 'performance-comparison.json',
};

describe('a report of a run with few artifacts', () => {
  test('renders every section, saying what is missing instead of failing', async () => {
    const { renderHtmlReport } = await import('../lib/report/html-report.js');
    const { renderMarkdownSummary } = await import('../lib/report/markdown-summary.js');
    const run = {
      version: 1, run_id: 'r1', workflow_id: 'r1', target: 'lib', status: 'active', created_at: '2026-11-24T10:00:00Z', updated_at: '2026-11-24T10:00:00Z',
      workflow: { path: 'w', sha256: 'x', name: 'w' }, base: { commit: 'c', ref: 'HEAD', snapshot_commit: 's', snapshot_ref: 'r' }, step_order: [], steps: {}, rollbacks: [],
    } as unknown as RunBundle['run'];
    const bundle: RunBundle = { run, publishedAt: '2026-11-24T10:00:00Z', condition: { holds: true, overridden: false, detail: 'ok' }, baseline: null, bottlenecks: null, collapsed: null, plan: null, planMarkdown: null, rating: null, optimization: null, manifest: null, results: null, comparison: null, gates: [], notes: ['bottleneck-report.json does not match its schema'], files: PLUGIN_FILES };
    const report = renderHtmlReport(bundle, []);
    for (const file of ['performance-comparison.json', 'bottleneck-report.json', 'plan-r1.json', 'dev-manifest.json', 'benchmark-results.json']) expect(report).toContain(`<code>${file}</code> is not in this run`);
    expect(report).toContain('does not match its schema');
    expect(report).not.toContain('<svg');
    expect(renderMarkdownSummary(bundle, [], 'r1/report.html')).toContain('no comparison was recorded');
  });
});
