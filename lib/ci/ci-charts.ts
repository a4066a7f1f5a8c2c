// The gate's charts as inline SVG: a forest of every metric's change in one run, and a trend of one
// metric's per-run paired estimates. Hand-written like lib/report/charts.ts: a few lines and circles.
import type { CiHistoryEntry, CiMetric, CiMetricVerdict } from '../contracts/ci-result.js';
import { COLORS } from '../report/charts.js';
import { formatNumber } from '../report/format.js';
import { html, raw } from '../report/html.js';
import type { SafeHtml } from '../report/html.js';

const VERDICT_COLOR: Record<CiMetricVerdict, string> = {
  regressed: COLORS.regressed,
  'within-threshold': COLORS.inconclusive,
  improved: COLORS.improved,
  unchanged: COLORS.unchanged,
  inconclusive: COLORS.inconclusive,
};

const n = (x: number): string => (Math.round(x * 10) / 10).toString();

/** A change on the chart's axis: percent for ratio metrics, the difference for rates. */
interface Span {
  effect: number;
  lo: number;
  hi: number;
  floor: number;
}

/**
 * A change as plotted: percent for ratio metrics, the plain difference otherwise.
 * @param m - effect, interval, floor and scale
 * @returns the span, or null without an interval
 */
export function spanOf(m: Pick<CiMetric, 'effect' | 'ci95' | 'noise_floor' | 'scale'>): Span | null {
  if (m.effect === null || m.ci95 === null) return null;
  const k = (x: number): number => (m.scale === 'log' ? (x - 1) * 100 : x);
  return { effect: k(m.effect), lo: k(m.ci95[0]), hi: k(m.ci95[1]), floor: m.scale === 'log' ? m.noise_floor * 100 : m.noise_floor };
}

function axis(values: readonly number[]): { lo: number; hi: number } {
  const extent = Math.max(1, ...values.map((v) => Math.abs(v))) * 1.15;
  return { lo: -extent, hi: extent };
}

/**
 * One run's metrics of one target: each change with its 95% interval over the band of its floor.
 * @param metrics - the target's metrics
 * @returns the SVG, or null when no metric has an interval
 */
export function forestChart(metrics: readonly CiMetric[]): SafeHtml | null {
  const rows = metrics.map((m) => ({ m, s: spanOf(m) })).filter((r): r is { m: CiMetric; s: Span } => r.s !== null);
  if (rows.length === 0) return null;
  const { lo, hi } = axis(rows.flatMap((r) => [r.s.lo, r.s.hi, r.s.floor]));
  const [width, left, right, top, rowH] = [760, 180, 170, 24, 30];
  const height = top + rows.length * rowH + 12;
  const x = (v: number): number => left + ((v - lo) / (hi - lo)) * (width - left - right);
  const parts: SafeHtml[] = [html`<svg class="chart" role="img" aria-label="change of each metric with its 95% interval" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">`];
  parts.push(html`<text x="${left}" y="14" class="axis-title">change, head vs base (shaded: A/A noise floor; % for times, difference for rates)</text>`);
  parts.push(html`<line x1="${raw(n(x(0)))}" x2="${raw(n(x(0)))}" y1="${top}" y2="${height - 6}" stroke="${COLORS.grid}" stroke-width="1.5"/>`);
  rows.forEach(({ m, s }, i) => {
    const cy = top + i * rowH + rowH / 2;
    const color = VERDICT_COLOR[m.verdict];
    parts.push(html`<rect x="${raw(n(x(-s.floor)))}" y="${raw(n(cy - 10))}" width="${raw(n(x(s.floor) - x(-s.floor)))}" height="20" fill="${COLORS.band}"/>`);
    parts.push(html`<text x="${left - 8}" y="${raw(n(cy + 4))}" text-anchor="end" class="label">${m.name}</text>`);
    parts.push(html`<line x1="${raw(n(x(s.lo)))}" x2="${raw(n(x(s.hi)))}" y1="${raw(n(cy))}" y2="${raw(n(cy))}" stroke="${color}" stroke-width="3"/>`);
    parts.push(html`<circle cx="${raw(n(x(s.effect)))}" cy="${raw(n(cy))}" r="5" fill="${color}"/>`);
    parts.push(html`<text x="${width - right + 8}" y="${raw(n(cy + 4))}" class="value" fill="${color}">${s.effect >= 0 ? '+' : ''}${formatNumber(s.effect)}${m.scale === 'log' ? '%' : ''} ${m.verdict}</text>`);
  });
  parts.push(raw('</svg>'));
  return html`${parts}`;
}

/**
 * One metric of one target over the runs of the history, oldest first: each run's paired estimate
 * (head against its own base, measured interleaved in that run) with its 95% interval. Runs are
 * placed side by side, never compared: the chart has no line between them.
 * @param entries - the history entries of one target and metric, oldest first
 * @returns the SVG, or null when none has an interval
 */
export function trendChart(entries: readonly CiHistoryEntry[]): SafeHtml | null {
  const points = entries.map((e) => ({ e, s: spanOf({ effect: e.estimate, ci95: e.ci95, noise_floor: e.noise_floor, scale: e.scale }) })).filter((p): p is { e: CiHistoryEntry; s: Span } => p.s !== null);
  if (points.length === 0) return null;
  const { lo, hi } = axis(points.flatMap((p) => [p.s.lo, p.s.hi, p.s.floor]));
  const [width, height, left, right, top, bottom] = [820, 320, 64, 16, 28, 64];
  const step = (width - left - right) / points.length;
  const y = (v: number): number => top + ((hi - v) / (hi - lo)) * (height - top - bottom);
  const unit = points[0]?.e.scale === 'log' ? '%' : '';
  const parts: SafeHtml[] = [html`<svg class="chart" role="img" aria-label="paired estimates per run" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">`];
  parts.push(html`<text x="${left}" y="16" class="axis-title">change of head vs its own base in each run${unit === '%' ? ' (%)' : ''}, 95% interval; grey: that run's noise floor</text>`);
  for (const t of [lo, lo / 2, 0, hi / 2, hi]) {
    parts.push(html`<line x1="${left}" x2="${width - right}" y1="${raw(n(y(t)))}" y2="${raw(n(y(t)))}" stroke="${COLORS.grid}" stroke-dasharray="${t === 0 ? '0' : '3 3'}"/>`);
    parts.push(html`<text x="${left - 6}" y="${raw(n(y(t) + 4))}" text-anchor="end" class="tick">${t > 0 ? '+' : ''}${formatNumber(t)}${unit}</text>`);
  }
  points.forEach(({ e, s }, i) => {
    const cx = left + step * (i + 0.5);
    const color = VERDICT_COLOR[e.verdict];
    parts.push(html`<rect x="${raw(n(cx - 8))}" y="${raw(n(y(s.floor)))}" width="16" height="${raw(n(y(-s.floor) - y(s.floor)))}" fill="${COLORS.band}"/>`);
    parts.push(html`<line x1="${raw(n(cx))}" x2="${raw(n(cx))}" y1="${raw(n(y(s.hi)))}" y2="${raw(n(y(s.lo)))}" stroke="${color}" stroke-width="3"/>`);
    parts.push(html`<circle cx="${raw(n(cx))}" cy="${raw(n(y(s.effect)))}" r="5" fill="${color}"><title>${e.commit.slice(0, 12)} vs ${e.base_commit.slice(0, 12)}: ${s.effect >= 0 ? '+' : ''}${formatNumber(s.effect)}${unit} [${formatNumber(s.lo)}, ${formatNumber(s.hi)}], ${e.verdict}, machine ${e.environment.fingerprint}</title></circle>`);
    parts.push(html`<text x="${raw(n(cx))}" y="${height - bottom + 16}" text-anchor="end" transform="rotate(-40 ${raw(n(cx))} ${height - bottom + 16})" class="tick">${e.commit.slice(0, 8)}</text>`);
  });
  parts.push(raw('</svg>'));
  return html`${parts}`;
}
