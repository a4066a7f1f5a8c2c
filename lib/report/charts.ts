/**
 * The report's charts as inline SVG, drawn at build time so the report needs no script or network
 * to show them. Hand-written: a charting library would have to be inlined into every report, and
 * these are a handful of rectangles, lines and circles.
 */
import type { ComparedMetric } from '../contracts/performance-comparison.js';
import { formatNumber, formatRatioChange } from './format.js';
import { html, raw } from './html.js';
import type { SafeHtml } from './html.js';

/** Colours of the two sides and of the verdicts (also used by the page's CSS). */
export const COLORS = {
  base: '#94a3b8',
  candidate: '#2563eb',
  improved: '#15803d',
  regressed: '#b91c1c',
  unchanged: '#6b7280',
  inconclusive: '#b45309',
  grid: '#e5e7eb',
  text: '#374151',
  band: '#f1f5f9',
} as const;

const n = (x: number): string => (Math.round(x * 10) / 10).toString();

function svgOpen(kind: string, width: number, height: number, label: string): SafeHtml {
  return html`<svg class="chart" data-chart="${kind}" role="img" aria-label="${label}" viewBox="0 0 ${raw(n(width))} ${raw(n(height))}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">`;
}

function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const step0 = span / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= count) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return ticks;
}

/** The relative change of a metric in percent with its interval, or null when it has none. */
export function relativeChange(m: ComparedMetric): { effect: number; lo: number; hi: number; floor: number } | null {
  if (m.effect === null || m.ci95 === null) return null;
  if (m.scale === 'log') return { effect: (m.effect - 1) * 100, lo: (m.ci95[0] - 1) * 100, hi: (m.ci95[1] - 1) * 100, floor: m.noise_floor * 100 };
  if (m.base === null || m.base === 0) return null;
  const k = 100 / Math.abs(m.base);
  return { effect: m.effect * k, lo: m.ci95[0] * k, hi: m.ci95[1] * k, floor: m.noise_floor * k };
}

/**
 * A forest plot of the effect of every metric: the change with its 95% interval, over the band of
 * the A/A noise floor, coloured by verdict.
 * @param metrics - the compared metrics
 * @returns the SVG, or null when no metric has an interval
 */
export function effectsChart(metrics: readonly ComparedMetric[]): SafeHtml | null {
  const rows = metrics.map((m) => ({ m, c: relativeChange(m) })).filter((r): r is { m: ComparedMetric; c: NonNullable<ReturnType<typeof relativeChange>> } => r.c !== null);
  if (rows.length === 0) return null;
  const extent = Math.max(5, ...rows.flatMap((r) => [Math.abs(r.c.lo), Math.abs(r.c.hi), r.c.floor])) * 1.1;
  const width = 760;
  const left = 190;
  const right = 150;
  const top = 28;
  const rowH = 34;
  const height = top + rows.length * rowH + 30;
  const plotW = width - left - right;
  const x = (v: number): number => left + ((v + extent) / (2 * extent)) * plotW;
  const ticks = niceTicks(-extent, extent, 6);
  const parts: SafeHtml[] = [svgOpen('effects', width, height, 'Change of each metric with its 95% interval')];
  parts.push(html`<text x="${raw(n(left))}" y="16" class="axis-title">change, candidate vs base (shaded: A/A noise floor)</text>`);
  for (const t of ticks) {
    parts.push(html`<line x1="${raw(n(x(t)))}" x2="${raw(n(x(t)))}" y1="${raw(n(top))}" y2="${raw(n(height - 26))}" stroke="${COLORS.grid}" stroke-width="${t === 0 ? '1.5' : '1'}" ${t === 0 ? raw('stroke-dasharray="0"') : raw('stroke-dasharray="3 3"')}/>`);
    parts.push(html`<text x="${raw(n(x(t)))}" y="${raw(n(height - 10))}" text-anchor="middle" class="tick">${t > 0 ? '+' : ''}${formatNumber(t)}%</text>`);
  }
  rows.forEach(({ m, c }, i) => {
    const cy = top + i * rowH + rowH / 2;
    const color = COLORS[m.verdict];
    parts.push(html`<rect x="${raw(n(x(-c.floor)))}" y="${raw(n(cy - 11))}" width="${raw(n(x(c.floor) - x(-c.floor)))}" height="22" fill="${COLORS.band}" rx="3"/>`);
    parts.push(html`<text x="${raw(n(left - 10))}" y="${raw(n(cy + 4))}" text-anchor="end" class="label">${m.objective ? '★ ' : ''}${m.name}</text>`);
    parts.push(html`<line x1="${raw(n(x(c.lo)))}" x2="${raw(n(x(c.hi)))}" y1="${raw(n(cy))}" y2="${raw(n(cy))}" stroke="${color}" stroke-width="3" stroke-linecap="round"/>`);
    parts.push(html`<circle cx="${raw(n(x(c.effect)))}" cy="${raw(n(cy))}" r="6" fill="${color}"><title>${m.name}: ${c.effect >= 0 ? '+' : ''}${c.effect.toFixed(1)}% [${c.lo.toFixed(1)}%, ${c.hi.toFixed(1)}%], ${m.verdict}</title></circle>`);
    parts.push(html`<text x="${raw(n(width - right + 10))}" y="${raw(n(cy + 4))}" class="value" fill="${color}">${c.effect >= 0 ? '+' : '−'}${Math.abs(c.effect).toFixed(1)}% ${m.verdict}</text>`);
  });
  parts.push(raw('</svg>'));
  return html`${parts}`;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (pos - lo);
}

/** A deterministic jitter in [-1, 1] for the i-th dot (no randomness: the same report every time). */
function jitter(i: number): number {
  const s = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return (s - Math.floor(s)) * 2 - 1;
}

/**
 * Before/after distribution of one metric over the paired trials: every trial as a dot, the
 * quartiles as a box and the median as a bar, base above candidate on a shared axis.
 * @param name - metric name
 * @param unit - its unit
 * @param base - the base trials' values
 * @param candidate - the candidate trials' values
 * @param verdict - the metric's verdict, for the title colour
 * @returns the SVG, or null without values
 */
export function distributionChart(name: string, unit: string, base: readonly number[], candidate: readonly number[], verdict: ComparedMetric['verdict'] | null): SafeHtml | null {
  const all = [...base, ...candidate].filter(Number.isFinite);
  if (all.length === 0) return null;
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 1;
  const dlo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
  const dhi = hi + pad;
  const width = 380;
  const left = 78;
  const right = 16;
  const height = 150;
  const x = (v: number): number => left + ((v - dlo) / (dhi - dlo)) * (width - left - right);
  const parts: SafeHtml[] = [svgOpen('distribution', width, height, `Distribution of ${name}, base and candidate`)];
  parts.push(html`<text x="4" y="16" class="chart-title" fill="${verdict === null ? COLORS.text : COLORS[verdict]}">${name}</text><text x="${raw(n(width - 4))}" y="16" text-anchor="end" class="tick">${unit}</text>`);
  for (const t of niceTicks(dlo, dhi, 4)) {
    parts.push(html`<line x1="${raw(n(x(t)))}" x2="${raw(n(x(t)))}" y1="26" y2="${raw(n(height - 22))}" stroke="${COLORS.grid}" stroke-dasharray="3 3"/>`);
    parts.push(html`<text x="${raw(n(x(t)))}" y="${raw(n(height - 8))}" text-anchor="middle" class="tick">${formatNumber(t)}</text>`);
  }
  const sides: [string, readonly number[], string, number][] = [
    ['base', base, COLORS.base, 56],
    ['candidate', candidate, COLORS.candidate, 100],
  ];
  for (const [label, values, color, cy] of sides) {
    const sorted = values.filter(Number.isFinite).slice().sort((a, b) => a - b);
    parts.push(html`<text x="${raw(n(left - 8))}" y="${raw(n(cy + 4))}" text-anchor="end" class="label">${label}</text>`);
    if (sorted.length === 0) continue;
    const [q1, med, q3] = [quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)];
    parts.push(html`<line x1="${raw(n(x(sorted[0] ?? med)))}" x2="${raw(n(x(sorted[sorted.length - 1] ?? med)))}" y1="${raw(n(cy))}" y2="${raw(n(cy))}" stroke="${color}" stroke-width="1.5"/>`);
    parts.push(html`<rect x="${raw(n(x(q1)))}" y="${raw(n(cy - 12))}" width="${raw(n(Math.max(2, x(q3) - x(q1))))}" height="24" fill="${color}" fill-opacity="0.18" stroke="${color}" rx="3"/>`);
    values.forEach((v, i) => {
      if (Number.isFinite(v)) parts.push(html`<circle cx="${raw(n(x(v)))}" cy="${raw(n(cy + jitter(i + (label === 'base' ? 0 : 997)) * 9))}" r="2.6" fill="${color}" fill-opacity="0.75"/>`);
    });
    parts.push(html`<line x1="${raw(n(x(med)))}" x2="${raw(n(x(med)))}" y1="${raw(n(cy - 14))}" y2="${raw(n(cy + 14))}" stroke="${color}" stroke-width="3"><title>${label} median ${formatNumber(med)} ${unit} (${sorted.length} trials)</title></line>`);
    parts.push(html`<text x="${raw(n(Math.min(width - right - 2, x(med) + 6)))}" y="${raw(n(cy - 16))}" class="tick" fill="${color}">${formatNumber(med)}</text>`);
  }
  parts.push(raw('</svg>'));
  return html`${parts}`;
}

/**
 * Latency percentiles of base and candidate as two lines (p50 -> p99.9): the shape of the
 * distribution before and after.
 * @param points - per percentile label: base and candidate values
 * @param unit - the unit of the values
 * @returns the SVG, or null with fewer than two percentiles
 */
export function percentileChart(points: readonly { label: string; base: number; candidate: number }[], unit: string): SafeHtml | null {
  if (points.length < 2) return null;
  const width = 760;
  const left = 70;
  const right = 110;
  const top = 30;
  const height = 250;
  const bottom = 34;
  const max = Math.max(...points.flatMap((p) => [p.base, p.candidate])) * 1.12 || 1;
  const x = (i: number): number => left + (i / (points.length - 1)) * (width - left - right);
  const y = (v: number): number => top + (1 - v / max) * (height - top - bottom);
  const parts: SafeHtml[] = [svgOpen('percentiles', width, height, 'Latency percentiles, base and candidate')];
  parts.push(html`<text x="${raw(n(left))}" y="16" class="axis-title">latency by percentile (${unit})</text>`);
  for (const t of niceTicks(0, max, 5)) {
    parts.push(html`<line x1="${raw(n(left))}" x2="${raw(n(width - right))}" y1="${raw(n(y(t)))}" y2="${raw(n(y(t)))}" stroke="${COLORS.grid}" stroke-dasharray="3 3"/>`);
    parts.push(html`<text x="${raw(n(left - 8))}" y="${raw(n(y(t) + 4))}" text-anchor="end" class="tick">${formatNumber(t)}</text>`);
  }
  points.forEach((p, i) => parts.push(html`<text x="${raw(n(x(i)))}" y="${raw(n(height - 12))}" text-anchor="middle" class="label">${p.label}</text>`));
  for (const [side, color] of [['base', COLORS.base], ['candidate', COLORS.candidate]] as const) {
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(x(i))},${n(y(p[side]))}`).join(' ');
    parts.push(html`<path d="${raw(path)}" fill="none" stroke="${color}" stroke-width="3" stroke-linejoin="round"/>`);
    points.forEach((p, i) => parts.push(html`<circle cx="${raw(n(x(i)))}" cy="${raw(n(y(p[side])))}" r="4.5" fill="${color}"><title>${side} ${p.label}: ${formatNumber(p[side])} ${unit}</title></circle>`));
    const last = points[points.length - 1];
    if (last !== undefined) parts.push(html`<text x="${raw(n(x(points.length - 1) + 10))}" y="${raw(n(y(last[side]) + 4))}" class="label" fill="${color}">${side} ${formatNumber(last[side])}</text>`);
  }
  parts.push(raw('</svg>'));
  return html`${parts}`;
}

/**
 * Throughput-like metrics (higher is better) as base and candidate bars, the candidate with the
 * 95% interval of its change applied to the base.
 * @param metrics - metrics whose direction is `higher`
 * @returns the SVG, or null when none has both values
 */
export function throughputChart(metrics: readonly ComparedMetric[]): SafeHtml | null {
  const rows = metrics.filter((m) => m.direction === 'higher' && m.base !== null && m.candidate !== null);
  if (rows.length === 0) return null;
  const width = 760;
  const left = 190;
  const right = 170;
  const barH = 16;
  const groupH = 54;
  const height = 20 + rows.length * groupH;
  const parts: SafeHtml[] = [svgOpen('throughput', width, height, 'Throughput, base and candidate, with the 95% interval')];
  rows.forEach((m, i) => {
    const base = m.base ?? 0;
    const candidate = m.candidate ?? 0;
    const interval: [number, number] | null = m.ci95 === null ? null : m.scale === 'log' ? [base * m.ci95[0], base * m.ci95[1]] : [base + m.ci95[0], base + m.ci95[1]];
    const max = Math.max(base, candidate, interval?.[1] ?? 0) * 1.08 || 1;
    const x = (v: number): number => left + (Math.max(0, v) / max) * (width - left - right);
    const y0 = 12 + i * groupH;
    parts.push(html`<text x="${raw(n(left - 10))}" y="${raw(n(y0 + barH + 6))}" text-anchor="end" class="label">${m.name} (${m.unit})</text>`);
    parts.push(html`<rect x="${raw(n(left))}" y="${raw(n(y0))}" width="${raw(n(x(base) - left))}" height="${raw(n(barH))}" fill="${COLORS.base}" rx="2"><title>base ${formatNumber(base)} ${m.unit}</title></rect>`);
    parts.push(html`<text x="${raw(n(x(base) + 6))}" y="${raw(n(y0 + 12))}" class="tick">base ${formatNumber(base)}</text>`);
    parts.push(html`<rect x="${raw(n(left))}" y="${raw(n(y0 + barH + 4))}" width="${raw(n(x(candidate) - left))}" height="${raw(n(barH))}" fill="${COLORS.candidate}" rx="2"><title>candidate ${formatNumber(candidate)} ${m.unit}</title></rect>`);
    if (interval !== null) {
      const cy = y0 + barH + 4 + barH / 2;
      parts.push(html`<line x1="${raw(n(x(interval[0])))}" x2="${raw(n(x(interval[1])))}" y1="${raw(n(cy))}" y2="${raw(n(cy))}" stroke="${COLORS.text}" stroke-width="2"/>`);
      for (const end of interval) parts.push(html`<line x1="${raw(n(x(end)))}" x2="${raw(n(x(end)))}" y1="${raw(n(cy - 6))}" y2="${raw(n(cy + 6))}" stroke="${COLORS.text}" stroke-width="2"/>`);
    }
    const change = m.effect === null ? '' : m.scale === 'log' ? ` (${formatRatioChange(m.effect)})` : '';
    parts.push(html`<text x="${raw(n(Math.max(x(candidate), x(interval?.[1] ?? 0)) + 8))}" y="${raw(n(y0 + barH + 16))}" class="tick" fill="${COLORS[m.verdict]}">candidate ${formatNumber(candidate)}${change}</text>`);
  });
  parts.push(raw('</svg>'));
  return html`${parts}`;
}
