// analyzeWaits on recorded waits written by hand: a command's runs as the unit of attribution
// (every Node process of a run joined on one clock, each operation charged net of its own process's
// blocked loop, the interval across runs from Student's t), and call sites whose stacks V8 captured
// with and without their outer async frames; figures computed by hand.
import { describe, expect, test } from '@jest/globals';
import { analyzeWaits } from '../lib/profile/analyze-waits.js';
import type { RecordedWaits, WaitAnalysis } from '../lib/profile/analyze-waits.js';
import { rankWithWaits } from '../lib/profile/wait-findings.js';
import type { Bottleneck } from '../lib/contracts/bottleneck-report.js';

const group = { kind: 'timer', label: 'setTimeout(2 ms)', frames: [['itemsOf', '/project/a.mjs', 10, 5, false]] as [string, string, number, number, boolean][] };

/** Two runs, each a script (the operations) and its parent (started first, ended last; in run 1 its loop is blocked throughout, as in a synchronous wait for the child). */
const recorded: RecordedWaits[] = [
  { run: '1', time_origin: 1000, groups: [group], requests: [{ start: 0, end: 100, name: 'run 1', status: 0, ops: [[0, 10, 30], [0, 40, 60]] }], blocked: [], dropped: 0 },
  { run: '1', time_origin: 900, groups: [], requests: [{ start: 0, end: 250, name: 'run 1', status: 0, ops: [] }], blocked: [[0, 250]], dropped: 0 },
  { run: '2', time_origin: 5000, groups: [group], requests: [{ start: 0, end: 100, name: 'run 2', status: 0, ops: [[0, 0, 50]] }], blocked: [], dropped: 0 },
  { run: '2', time_origin: 4950, groups: [], requests: [{ start: 0, end: 200, name: 'run 2', status: 0, ops: [] }], blocked: [], dropped: 0 },
];

describe('waits of a command, per run', () => {
  test('the processes of a run are one unit: shares of the run wall time, net of the blocked loop of the operation\'s own process only', () => {
    const waits = analyzeWaits(recorded, '/project', 'run');
    expect(waits?.unit).toBe('run');
    expect(waits?.requests).toBe(2);
    const site = waits?.sites[0];
    // Run 1: 40 ms of 250 (900 to 1150); run 2: 50 ms of 200 (4950 to 5150).
    expect(site?.share).toBeCloseTo((40 / 250 + 50 / 200) / 2, 3);
    expect(site?.perRequest).toBeCloseTo(1.5, 5);
    expect(waits?.latency.p50_ms).toBeCloseTo(200, 3);
    expect(site?.site).toEqual({ function: 'itemsOf', file: 'a.mjs', line: 10 });
  });

  test('the interval is Student t over the runs (1 degree of freedom: 12.706), clipped to [0, 1]', () => {
    const site = analyzeWaits(recorded, '/project', 'run')?.sites[0];
    const [a, b] = [40 / 250, 50 / 200];
    const mean = (a + b) / 2;
    const sd = Math.abs(b - a) / Math.SQRT2;
    const half = 12.706204736 * (sd / Math.SQRT2);
    expect(site?.interval.method).toBe('t-95-runs');
    expect(site?.interval.low).toBe(0);
    expect(site?.interval.high).toBeCloseTo(Math.min(1, mean + half), 3);
  });

  test('the same records as requests are four units, each process on its own clock', () => {
    const waits = analyzeWaits(recorded, '/project', 'request');
    expect(waits?.requests).toBe(4);
    expect(waits?.sites[0]?.interval.method).toBe('normal-95-requests');
  });
});

describe('call sites and their stacks', () => {
  const frame = (fn: string, line: number): [string, string, number, number, boolean] => [fn, '/project/s.mjs', line, 3, false];
  const request = (ops: [number, number, number][]) => ({ start: 0, end: 20, name: 'GET /', status: 200, ops });
  test('one call site captured with and without its caller\'s async frame is one site, named at its own line', () => {
    const recorded: RecordedWaits[] = [
      {
        groups: [
          { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('shippingOf', 17), frame('sequential', 39)] },
          { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('shippingOf', 17), frame('sequential', 39), frame('(anonymous)', 60)] },
        ],
        requests: [request([[0, 0, 4]]), request([[1, 0, 4]]), request([[0, 0, 4]]), request([[1, 0, 4]])],
        dropped: 0,
      },
    ];
    const sites = analyzeWaits(recorded, '/project')?.sites ?? [];
    expect(sites).toHaveLength(1);
    expect(sites[0]?.site).toEqual({ function: 'shippingOf', file: 's.mjs', line: 17 });
    expect(sites[0]?.perRequest).toBeCloseTo(1, 5);
    expect(sites[0]?.share).toBeCloseTo(0.2, 5);
  });

  test('a helper shared by two callers stays two sites, each named at its caller', () => {
    const recorded: RecordedWaits[] = [
      {
        groups: [
          { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('query', 10)] },
          { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('query', 10), frame('customerOf', 15)] },
          { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('query', 10), frame('loyaltyOf', 16)] },
        ],
        requests: [request([[0, 0, 2], [1, 2, 6], [2, 6, 10]])],
        dropped: 0,
      },
    ];
    const sites = analyzeWaits(recorded, '/project')?.sites ?? [];
    expect(sites.map((s) => s.site.line).sort()).toEqual([10, 15, 16]);
  });
});

describe('CPU entries ranked by their share of latency', () => {
  const cpuEntry = {
    id: 'render@a.mjs:3', rank: 1, function: 'render', file: 'a.mjs', line: 3, self_share: 0.8, total_share: 0.9,
    share_interval: { low: 0.7, high: 0.9, method: 'wilson-95' as const }, samples: 800, category: 'javascript' as const,
    categories: {}, callers: [], call_sites: [], hottest_stacks: [], recursive: false, separated_from_next: true, reason: 'r',
  } as unknown as Bottleneck;
  const waits = { unit: 'run', requests: 5, latency: { p50_ms: 10, p99_ms: 12 }, waitShare: 0.4, waitInterval: { low: 0.3, high: 0.5, method: 't-95-runs' }, sites: [], waterfalls: null, dropped: 0, followedShare: null } as WaitAnalysis;

  test('the interval carries the uncertainty of the share not spent waiting as well as of the self share, and holds its estimate', () => {
    const [entry] = rankWithWaits([cpuEntry], waits);
    // 0.8 x (1 - 0.4); low 0.7 x (1 - 0.5); high 0.9 x (1 - 0.3).
    expect(entry?.latency_share).toBeCloseTo(0.48, 4);
    expect(entry?.share_interval.low).toBeCloseTo(0.35, 4);
    expect(entry?.share_interval.high).toBeCloseTo(0.63, 4);
  });

  test('an interval of the waiting share that misses its own mean (rounding) still gives an interval that holds the estimate', () => {
    // A self-share interval that ends at its estimate: without the guard its high end would be 0.8 x 0.59 < 0.48.
    const [entry] = rankWithWaits([{ ...cpuEntry, share_interval: { low: 0.7, high: 0.8, method: cpuEntry.share_interval.method } }], { ...waits, waitInterval: { low: 0.41, high: 0.45, method: 't-95-runs' } });
    expect(entry?.share_interval.low).toBeLessThanOrEqual(entry?.latency_share ?? -1);
    expect(entry?.share_interval.high).toBeGreaterThanOrEqual(entry?.latency_share ?? 2);
  });
});
