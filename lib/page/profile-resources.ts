import type { Finding } from '../contracts/bottleneck-report.js';
import type { PageResource } from '../contracts/page-profile.js';
import type { TrialRecording } from './profile-trial.js';

/** A script this large (transferred bytes) is an oversized bundle. */
export const OVERSIZED_SCRIPT_BYTES = 150 * 1024;
/** A render-blocking resource this large, or taking this long, is worth a finding. */
export const BLOCKING_BYTES = 10 * 1024;
const BLOCKING_MS = 20;

/** Median, lowest and highest of figures over trials. */
export function acrossTrials(values: readonly number[]): { median: number; low: number; high: number } {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { median: 0, low: 0, high: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (x: number): number => Math.round(x * 10) / 10;
  return { median: round(median), low: round(sorted[0] ?? 0), high: round(sorted[sorted.length - 1] ?? 0) };
}

function typeOf(initiator: string, url: string): string {
  if (initiator === 'script') return 'script';
  if (initiator === 'link' || initiator === 'css') return /\.css(\?|$)/.test(url) ? 'stylesheet' : 'other';
  if (initiator === 'fetch' || initiator === 'xmlhttprequest') return 'fetch';
  if (initiator === 'img' || initiator === 'image') return 'image';
  return 'other';
}

interface Seen {
  type: string;
  transfer: number[];
  duration: number[];
  decoded: number;
  blocking: boolean;
  beforeFcp: boolean;
  unused: number | null;
}

/**
 * The page's resources over all trials, heaviest first: transferred bytes and load time (median
 * and range over trials), whether they held the first paint, and the share of a script that
 * never ran.
 * @param trials - the recorded trials
 * @param origin - the page's origin (its resources are named by path)
 * @param sources - script URL -> its bytes by original source, where known
 * @returns the resources
 */
export function pageResources(trials: readonly TrialRecording[], origin: string, sources: ReadonlyMap<string, NonNullable<PageResource['sources']>> = new Map()): PageResource[] {
  const byUrl = new Map<string, Seen>();
  const shown = (url: string): string => (url.startsWith(`${origin}/`) ? new URL(url).pathname : url);
  for (const trial of trials) {
    const t = trial.timings;
    const entries = [
      { url: t.documentUrl, type: 'document', transfer: t.documentTransfer, decoded: t.documentDecoded, duration: t.documentEnd, blocking: true, end: t.documentEnd },
      ...t.resources.map((r) => ({ url: r.url, type: typeOf(r.initiatorType, r.url), transfer: r.transferSize, decoded: r.decodedBodySize, duration: r.responseEnd - r.startTime, blocking: r.renderBlockingStatus === 'blocking', end: r.responseEnd })),
    ];
    for (const e of entries) {
      const seen = byUrl.get(e.url) ?? { type: e.type, transfer: [], duration: [], decoded: e.decoded, blocking: false, beforeFcp: false, unused: null };
      seen.transfer.push(e.transfer);
      seen.duration.push(e.duration);
      seen.blocking ||= e.blocking && e.type !== 'document';
      seen.beforeFcp ||= t.fcp !== null && e.end <= t.fcp;
      const coverage = trial.coverage.find((c) => c.url === e.url);
      if (coverage !== undefined && coverage.totalBytes > 0) seen.unused = Math.min(seen.unused ?? 1, coverage.unusedBytes / coverage.totalBytes);
      byUrl.set(e.url, seen);
    }
  }
  const total = [...byUrl.values()].reduce((sum, s) => sum + acrossTrials(s.transfer).median, 0);
  return [...byUrl.entries()]
    .map(([url, s]) => {
      const transfer = acrossTrials(s.transfer);
      const from = sources.get(url);
      return {
        ...(from === undefined || from.length === 0 ? {} : { sources: from }),
        url: shown(url),
        type: s.type,
        transfer_bytes: transfer,
        decoded_bytes: s.decoded,
        render_blocking: s.blocking,
        before_fcp: s.beforeFcp,
        duration_ms: acrossTrials(s.duration),
        unused_share: s.unused === null ? null : Math.round(s.unused * 1000) / 1000,
        load_share: total > 0 ? Math.round((transfer.median / total) * 10_000) / 10_000 : 0,
      };
    })
    .sort((a, b) => b.transfer_bytes.median - a.transfer_bytes.median || a.url.localeCompare(b.url));
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * The findings about resources: scripts too large, and resources that held the first paint.
 * @param resources - from {@link pageResources}
 * @returns an oversized-bundle and a render-blocking-resource finding
 */
export function resourceFindings(resources: readonly PageResource[]): Finding[] {
  const scripts = resources.filter((r) => r.type === 'script');
  const big = scripts.filter((r) => r.transfer_bytes.median >= OVERSIZED_SCRIPT_BYTES);
  const unused = (r: PageResource): string => {
    const top = r.sources?.[0];
    const origin = top === undefined ? '' : `, ${(top.share * 100).toFixed(0)}% of it from ${top.file}`;
    return r.unused_share === null || r.unused_share < 0.1 ? origin : `${origin}, ${(r.unused_share * 100).toFixed(0)}% in functions that never ran`;
  };
  const oversized: Finding = {
    kind: 'oversized-bundle',
    measured: true,
    significant: big.length > 0,
    summary: big.length > 0
      ? `${big.map((r) => `${r.url} transfers ${kib(r.transfer_bytes.median)}${unused(r)}`).join('; ')} (a script over ${kib(OVERSIZED_SCRIPT_BYTES)} must be downloaded, parsed and compiled before it runs)`
      : `no script over ${kib(OVERSIZED_SCRIPT_BYTES)}${scripts[0] === undefined ? '' : `; the largest, ${scripts[0].url}, transfers ${kib(scripts[0].transfer_bytes.median)}`}`,
    share: big[0]?.load_share ?? null,
    share_interval: null,
    metrics: Object.fromEntries(scripts.slice(0, 3).map((r) => [`${r.url} bytes`, r.transfer_bytes.median])),
    call_sites: [],
  };
  const blocking = resources.filter((r) => r.render_blocking);
  const heavy = blocking.filter((r) => r.transfer_bytes.median >= BLOCKING_BYTES || r.duration_ms.median >= BLOCKING_MS);
  const renderBlocking: Finding = {
    kind: 'render-blocking-resource',
    measured: true,
    significant: heavy.length > 0,
    summary: blocking.length > 0
      ? `the first paint waited for ${blocking.map((r) => `${r.url} (${r.type}, ${kib(r.transfer_bytes.median)}, ${r.duration_ms.median.toFixed(0)} ms)`).join(', ')}${heavy.length > 0 ? '; load scripts with defer or async, or split them' : ''}`
      : 'no resource held the first paint',
    share: null,
    share_interval: null,
    metrics: Object.fromEntries(blocking.map((r) => [`${r.url} ms`, r.duration_ms.median])),
    call_sites: [],
  };
  return [oversized, renderBlocking];
}
