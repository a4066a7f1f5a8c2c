// analyzeWaits on recorded waits written by hand: a command's runs as the unit of attribution
// (every Node process of a run joined on one clock, each operation charged net of its own process's
// blocked loop, the interval across runs from Student's t), and call sites whose stacks V8 captured
// with and without their outer async frames; figures computed by hand.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeWaits } from '../lib/profile/analyze-waits.js';
import type { RecordedWaits, WaitAnalysis } from '../lib/profile/analyze-waits.js';
import { rankWithWaits, waitFindings } from '../lib/profile/wait-findings.js';
import { blockedPart } from '../lib/profile/wait-recorder.js';
import { whereOf } from '../lib/profile/wait-patches.js';
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
    // Each record its own unit on its own clock, with only its own process's blocked time: the
    // script of run 1 waited 40 of its 100 ms (its parent's blocked loop is not its), the script of
    // run 2 50 of 100, the parents nothing: (0.4 + 0 + 0.5 + 0) / 4.
    expect(waits?.sites[0]?.share).toBeCloseTo(0.225, 3);
    expect(waits?.latency.p50_ms).toBeCloseTo(100, 3);
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

  test('a helper that a library calls and one caller of the user\'s stay two sites: the short stack went on into the library, it was not cut short', () => {
    const groups = (library: boolean): RecordedWaits['groups'] => [
      // The framework's router calls the helper directly (its stack goes on in node_modules) ...
      { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('query', 10)], ...(library ? { library: true } : {}) },
      // ... and the user's report handler calls it too.
      { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('query', 10), frame('reportOf', 15)] },
    ];
    const requests = [request([[0, 0, 2], [1, 2, 6]])];
    const sites = analyzeWaits([{ groups: groups(true), requests, dropped: 0 }], '/project')?.sites ?? [];
    expect(sites.map((s) => [s.site.line, s.share])).toEqual([[15, 0.2], [10, 0.1]]);
    // The same stacks without the mark read as one site captured with and without its caller.
    expect(analyzeWaits([{ groups: groups(false), requests, dropped: 0 }], '/project')?.sites).toHaveLength(1);
  });

  test('a handler a framework calls keeps its waits after its first await apart too: its stack shows the framework only before it', () => {
    const recorded: RecordedWaits[] = [
      {
        groups: [
          // Before its first await: the handler, and the router's code below it (marked).
          { kind: 'timer', label: 'setTimeout(3 ms)', frames: [frame('listReport', 10)], library: true },
          // After it: the handler alone, as a truncated capture would look ...
          { kind: 'timer', label: 'setTimeout(5 ms)', frames: [frame('listReport', 12)] },
          // ... and the same line when the user's exportAll awaits the handler.
          { kind: 'timer', label: 'setTimeout(5 ms)', frames: [frame('listReport', 12), frame('exportAll', 30)] },
        ],
        requests: [request([[0, 0, 2], [1, 2, 6], [2, 6, 10]])],
        dropped: 0,
      },
    ];
    const sites = analyzeWaits(recorded, '/project')?.sites ?? [];
    expect(sites.map((s) => [s.site.line, s.share])).toEqual([[12, 0.2], [30, 0.2], [10, 0.1]]);
  });
});

describe('CPU entries ranked by their share of latency', () => {
  const cpuEntry = {
    id: 'render@a.mjs:3', rank: 1, function: 'render', file: 'a.mjs', line: 3, self_share: 0.8, total_share: 0.9,
    share_interval: { low: 0.7, high: 0.9, method: 'wilson-95' as const }, samples: 800, category: 'javascript' as const,
    categories: {}, callers: [], call_sites: [], hottest_stacks: [], recursive: false, separated_from_next: true, reason: 'r',
  } as unknown as Bottleneck;
  const waits = { unit: 'run', requests: 5, latency: { p50_ms: 10, p99_ms: 12 }, waitShare: 0.4, waitInterval: { low: 0.3, high: 0.5, method: 't-95-runs' }, sites: [], waterfalls: null, dropped: 0, droppedOperations: 0, followedShare: null } as WaitAnalysis;

  test('the interval carries the uncertainty of the share not spent waiting as well as of the self share, and holds its estimate', () => {
    const [entry] = rankWithWaits([cpuEntry], waits);
    // 0.8 x (1 - 0.4); low 0.7 x (1 - 0.5); high 0.9 x (1 - 0.3).
    expect(entry?.latency_share).toBeCloseTo(0.48, 4);
    expect(entry?.share_interval.low).toBeCloseTo(0.35, 4);
    expect(entry?.share_interval.high).toBeCloseTo(0.63, 4);
  });

  test("time the thread spent queued for a CPU is taken out of the CPU entries, estimate and interval alike", () => {
    // A third of the ready time in a run queue: 0.8 x 0.6 x 2/3, low 0.7 x 0.5 x 2/3, high 0.9 x 0.7 x 2/3.
    const [entry] = rankWithWaits([cpuEntry], waits, 2 / 3);
    expect(entry?.latency_share).toBeCloseTo(0.32, 4);
    expect(entry?.share_interval.low).toBeCloseTo(0.2333, 4);
    expect(entry?.share_interval.high).toBeCloseTo(0.42, 4);
    // Not measured is no correction; a damaged ratio is held to [0, 1].
    expect(rankWithWaits([cpuEntry], waits)[0]?.latency_share).toBeCloseTo(0.48, 4);
    expect(rankWithWaits([cpuEntry], waits, 1.5)[0]?.latency_share).toBeCloseTo(0.48, 4);
    expect(rankWithWaits([cpuEntry], waits, -1)[0]?.latency_share).toBe(0);
  });

  test('an interval of the waiting share that misses its own mean (rounding) still gives an interval that holds the estimate', () => {
    // A self-share interval that ends at its estimate: without the guard its high end would be 0.8 x 0.59 < 0.48.
    const [entry] = rankWithWaits([{ ...cpuEntry, share_interval: { low: 0.7, high: 0.8, method: cpuEntry.share_interval.method } }], { ...waits, waitInterval: { low: 0.41, high: 0.45, method: 't-95-runs' } });
    expect(entry?.share_interval.low).toBeLessThanOrEqual(entry?.latency_share ?? -1);
    expect(entry?.share_interval.high).toBeGreaterThanOrEqual(entry?.latency_share ?? 2);
  });
});

describe('the probe of a blocked event loop', () => {
  test('a late tick is blocked time when the process ran in it (its JavaScript, even preempted), not when the idle thread only waited for a core', () => {
    expect(blockedPart(0, 1.8, 1.8)).toBeNull(); // on time
    expect(blockedPart(0, 10, 9)).toEqual([1, 10]); // JavaScript held the loop
    expect(blockedPart(0, 10, 3)).toEqual([1, 10]); // JavaScript, preempted part of the time: the loop's
    expect(blockedPart(0, 10, 0.05)).toBeNull(); // idle, then queued for a core to run the tick
    expect(blockedPart(5, 7.5, 0.9)).toBeNull();
    expect(blockedPart(5, 7.5, 1)).toEqual([6, 7.5]);
  });
});

describe('operations that did not end within their request', () => {
  const timer = { kind: 'timer', label: 'setTimeout(5000 ms)', frames: [['guard', '/project/a.mjs', 20, 3, false]] as [string, string, number, number, boolean][] };
  const query = { kind: 'pg', label: 'INSERT INTO audit', frames: [['audit', '/project/a.mjs', 30, 3, false]] as [string, string, number, number, boolean][] };
  const fetched = { kind: 'http', label: 'GET http://127.0.0.1/rates', frames: [['rates', '/project/a.mjs', 40, 3, false]] as [string, string, number, number, boolean][] };
  const upstream = { kind: 'http', label: 'GET http://127.0.0.1/stock', frames: [['upstream', '/project/a.mjs', 50, 3, false]] as [string, string, number, number, boolean][] };
  const lookup = { kind: 'pg', label: 'SELECT * FROM users WHERE id = $1', frames: [['lookup', '/project/a.mjs', 60, 3, false]] as [string, string, number, number, boolean][] };

  test('a timer not fired or a query not ended when its request answered is not a wait; an http request still open is charged up to the answer; one started after it is none', () => {
    const waits = analyzeWaits([
      {
        time_origin: 0,
        groups: [timer, query, fetched, upstream],
        // A 5 s guard timer set at 0 and never fired; the rates request 10-60; an audit query the
        // handler did not await, still open at the answer (from 80), another that ended after it
        // (70-130), one started after the answer (150-160); an upstream http request whose 'close'
        // the recorder had not seen when the handler answered from its 'end' (from 60).
        requests: [{ start: 0, end: 100, name: 'GET /', status: 200, ops: [[0, 0, -1], [2, 10, 60], [1, 80, -1], [1, 70, 130], [1, 150, 160], [3, 60, -1]] }],
        blocked: [],
        dropped: 0,
      },
    ], '/project', 'request');
    const site = (fn: string): { share: number; perRequest: number } | undefined => waits?.sites.find((s) => s.site.function === fn);
    expect(site('guard')?.share ?? 0).toBe(0);
    expect(site('guard')?.perRequest ?? 0).toBe(0);
    expect(site('audit')?.share ?? 0).toBe(0);
    expect(site('audit')?.perRequest ?? 0).toBe(0);
    expect(site('rates')?.share).toBeCloseTo(0.5, 5);
    // 60 to the answer at 100.
    expect(site('upstream')?.share).toBeCloseTo(0.4, 5);
    expect(site('upstream')?.perRequest).toBe(1);
    expect(waits?.waitShare).toBeCloseTo(0.9, 5);
  });

  test('an audit query left running is not charged: the query the answer awaited keeps the time they overlapped', () => {
    const waits = analyzeWaits([
      {
        time_origin: 0,
        groups: [query, lookup],
        // The handler starts an audit insert at 0 without awaiting it, awaits its lookup 0-40 and
        // answers at 40; the insert ends at 55.
        requests: [{ start: 0, end: 40, name: 'GET /', status: 200, ops: [[0, 0, 55], [1, 0, 40]] }],
        blocked: [],
        dropped: 0,
      },
    ], '/project', 'request');
    expect(waits?.sites.filter((s) => s.calls > 0).map((s) => [s.site.function, Math.round(s.share * 1000) / 1000])).toEqual([['lookup', 1]]);
    expect(waits?.sites.find((s) => s.site.function === 'audit')?.share).toBe(0);
  });

  test('in a run, an operation left open by a process is charged up to that process\'s exit, not the end of the run', () => {
    const waits = analyzeWaits([
      // The script (from 1000 to 1100) leaves a request open when it exits; its parent runs 900 to 1200.
      { run: '1', time_origin: 1000, groups: [fetched], requests: [{ start: 0, end: 100, name: 'run 1', status: 0, ops: [[0, 60, -1]] }], blocked: [], dropped: 0 },
      { run: '1', time_origin: 900, groups: [], requests: [{ start: 0, end: 300, name: 'run 1', status: 0, ops: [] }], blocked: [], dropped: 0 },
    ], '/project', 'run');
    // 40 ms (1060 to 1100) of the run's 300, not 140 (to 1200).
    expect(waits?.sites[0]?.share).toBeCloseTo(40 / 300, 3);
  });

  test('each kind whose end the recorder sees first is dropped when it outlived its record; an http request that ended after the answer is charged up to it; an end at the answer counts', () => {
    const file = { kind: 'fs', label: 'fs.promises.appendFile', frames: [['log', '/project/a.mjs', 70, 3, false]] as [string, string, number, number, boolean][] };
    const pool = { kind: 'pg-pool', label: 'wait for a free client (pool of 2)', frames: [['pooled', '/project/a.mjs', 80, 3, false]] as [string, string, number, number, boolean][] };
    const lock = { kind: 'lock', label: 'wait for a lock (async-mutex acquire)', frames: [['locked', '/project/a.mjs', 90, 3, false]] as [string, string, number, number, boolean][] };
    const waits = analyzeWaits([
      {
        time_origin: 0,
        groups: [file, pool, timer, fetched, query, lock],
        // Answer at 100: a log append 0-120, a pool wait 10-130, a timer 20-110 (fired after the
        // answer), the rates request 50-150 (its close seen after the answer), a query ending at 100.
        // A lock acquire 5-140 (granted after the answer: a withTimeout that gave up, say).
        requests: [{ start: 0, end: 100, name: 'GET /', status: 200, ops: [[0, 0, 120], [1, 10, 130], [2, 20, 110], [3, 50, 150], [4, 40, 100], [5, 5, 140]] }],
        blocked: [],
        dropped: 0,
      },
    ], '/project', 'request');
    const site = (fn: string): { share: number; calls: number; meanMs: number } | undefined => waits?.sites.find((w) => w.site.function === fn);
    for (const fn of ['log', 'pooled', 'guard', 'locked']) expect([fn, site(fn)?.calls ?? 0]).toEqual([fn, 0]);
    // 40-50 the query alone, 50-100 the two: 10 + 25 and 25.
    expect(site('audit')?.share).toBeCloseTo(0.35, 5);
    expect(site('rates')?.share).toBeCloseTo(0.25, 5);
    // Charged up to the answer, timed to its own end.
    expect(site('rates')?.meanMs).toBeCloseTo(100, 5);
  });

  test('waits for a lock another holder had are lock contention, never an N+1 or a chain of independent awaits to run together', () => {
    const lockAt = (fn: string, line: number): RecordedWaits['groups'][number] => ({ kind: 'lock', label: 'wait for a lock (async-mutex acquire)', frames: [[fn, '/project/a.mjs', line, 3, false]] });
    // Two locks taken one after the other (10 ms and 8 ms waits), then four 1.5 ms waits on a third in a loop, in a 40 ms request.
    const requests = Array.from({ length: 20 }, (_, i) => ({ start: i * 100, end: i * 100 + 40, name: 'GET /', status: 200, ops: [[0, i * 100, i * 100 + 10], [1, i * 100 + 10, i * 100 + 18], ...[0, 1, 2, 3].map((k) => [2, i * 100 + 20 + 4 * k, i * 100 + 21.5 + 4 * k])] as [number, number, number][] }));
    const waits = analyzeWaits([{ time_origin: 0, groups: [lockAt('first', 10), lockAt('second', 20), lockAt('each', 30)], requests, blocked: [], dropped: 0 }], '/project', 'request');
    if (waits === null) throw new Error('no waits');
    const findings = Object.fromEntries(waitFindings(waits).map((f) => [f.kind, f]));
    expect(findings['lock-contention']?.significant).toBe(true);
    expect(findings['lock-contention']?.share).toBeCloseTo((10 + 8 + 6) / 40, 3);
    expect(findings['lock-contention']?.call_sites.map((c) => c.function)).toEqual(['first', 'second', 'each']);
    expect(findings['sequential-awaits']?.significant).toBe(false);
    expect(findings['n-plus-one']?.significant).toBe(false);
    expect(findings['pool-exhausted']?.significant).toBe(false);
    const ranked = rankWithWaits([], waits);
    expect(ranked.map((b) => [b.function, b.wait?.operation_kind, b.wait?.pattern])).toEqual([
      ['first', 'lock', 'lock-contention'],
      ['second', 'lock', 'lock-contention'],
      ['each', 'lock', 'lock-contention'],
    ]);
  });

  test('in a run, a query or file operation left running at a process\'s exit is not charged', () => {
    const waits = analyzeWaits([
      { run: '1', time_origin: 0, groups: [query, lookup], requests: [{ start: 0, end: 100, name: 'run 1', status: 0, ops: [[0, 10, -1], [1, 20, 60]] }], blocked: [], dropped: 0 },
    ], '/project', 'run');
    expect(waits?.sites.filter((w) => w.calls > 0).map((w) => [w.site.function, w.share])).toEqual([['lookup', 0.4]]);
  });
});

describe('labels of outgoing requests', () => {
  test('a user and password in the URL never reach the label', () => {
    expect(whereOf('https', 'https://svc:s3cr3t-token@api.example.test/x?key=1')).toBe('https://api.example.test/x?key=1');
    expect(whereOf('http', new URL('http://user:pw@127.0.0.1:8080/a'))).toBe('http://127.0.0.1:8080/a');
    expect(whereOf('http', 'not a url://user:pw@host/a')).not.toContain('pw');
    expect(whereOf('http', { hostname: '127.0.0.1', path: '/b' })).toBe('http://127.0.0.1/b');
  });
});

describe('the recorder inside a program (the built preload modules, in a process of their own)', () => {
  const dist = (path: string): string => pathToFileURL(fileURLToPath(new URL(`../dist/profile/${path}`, import.meta.url))).href;
  /** Runs a program with the recorder's patches installed and one run followed; returns its exit and output. */
  function runFollowed(body: string, files: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-recorder-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const script = join(dir, 'program.mjs');
      writeFileSync(script, [
        `import { patchOperations } from '${dist('wait-patches.js')}';`,
        `import { setActive, setCall } from '${dist('wait-operations.js')}';`,
        "import { syncBuiltinESMExports } from 'node:module';",
        'patchOperations();',
        'syncBuiltinESMExports();',
        "const run = { start: 0, end: -1, name: 'run', status: 0, ops: [] };",
        'setActive(true);',
        'setCall(run);',
        body,
      ].join('\n'));
      // From the project's root, as a profiled program runs from its own (where async-mutex resolves).
      const result = spawnSync(process.execPath, [script], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', timeout: 20_000 });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('a stack that goes on into a library\'s code past the user\'s outermost frame is marked; one the user\'s code called is not', () => {
    const result = runFollowed([
      "import { serve } from './node_modules/router/index.mjs';",
      "import { stat } from 'node:fs/promises';",
      `import { recordedGroups } from '${dist('wait-operations.js')}';`,
      "function query() { return stat('.'); }",
      'async function reportOf() { return query(); }',
      'await serve(query);',
      'await reportOf();',
      'console.log(JSON.stringify(recordedGroups().map((g) => [g.frames.map((f) => f[0]).slice(0, 2), g.library === true])));',
    ].join('\n'), { 'node_modules/router/index.mjs': 'export function serve(handler) {\n  return new Promise((resolve) => setTimeout(() => resolve(handler()), 0));\n}\n' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout) as unknown).toEqual([[['query'], true], [['query', 'reportOf'], false]]);
  });

  test('a rejection the program leaves unhandled still ends it with exit 1, as without the recorder', () => {
    const result = runFollowed("import { readFile } from 'node:fs/promises';\nreadFile('/nonexistent/perfflow-test-file');\nsetTimeout(() => console.log('still running'), 200);");
    expect(result.stdout).not.toContain('still running');
    expect(result.stderr).toContain('ENOENT');
    expect(result.code).toBe(1);
  });

  test('a handled rejection is handled: the program goes on', () => {
    const result = runFollowed("import { readFile } from 'node:fs/promises';\nawait readFile('/nonexistent/perfflow-test-file').catch(() => console.log('caught'));\nconsole.log(run.ops.length);");
    expect(result.stdout.trim().split('\n')).toEqual(['caught', '1']);
    expect(result.code).toBe(0);
  });

  test('a timer cleared before it fired is taken back; one that fires stays, with its end', () => {
    const result = runFollowed([
      'const guard = setTimeout(() => console.log("guard fired"), 5000);',
      'await new Promise((resolve) => setTimeout(resolve, 20));',
      'clearTimeout(guard);',
      'console.log(JSON.stringify(run.ops.map(([, s, e]) => e >= s)));',
    ].join('\n'));
    expect(result.stdout.trim()).toBe('[true]');
    expect(result.code).toBe(0);
  });

  test("async-mutex: a call that queues is a lock wait until granted (a Mutex, a weighted Semaphore's queue, waitForUnlock), in the ES build (imported after the patches) and the CommonJS one; through withTimeout or tryAcquire it ends when the program's promise does; a free acquire is none", () => {
    const asyncMutex = fileURLToPath(new URL('../node_modules/async-mutex/', import.meta.url));
    const result = runFollowed([
      "import { createRequire } from 'node:module';",
      `import { recordedGroups } from '${dist('wait-operations.js')}';`,
      `const { Mutex } = await import('${pathToFileURL(join(asyncMutex, 'index.mjs')).href}');`,
      `const { Semaphore, withTimeout, tryAcquire } = createRequire('${pathToFileURL(asyncMutex).href}')('./lib/index.js');`,
      'const later = (f, ms) => setTimeout(f, ms);',
      'const mutex = new Mutex();',
      'const release = await mutex.acquire();',
      'later(release, 30);',
      'await mutex.runExclusive(() => undefined); // site:mutex',
      'const semaphore = new Semaphore(3);',
      'const [, releaseTwo] = await semaphore.acquire(2);',
      'const big = semaphore.acquire(2); // site:weighted',
      // One unit is free, but a waiter is queued before it: this acquire queues too.
      'const small = semaphore.acquire(1); // site:queued',
      'later(releaseTwo, 20);',
      'const [[, releaseBig], [, releaseSmall]] = await Promise.all([big, small]);',
      'releaseBig();',
      'releaseSmall();',
      'const [, releaseAll] = await semaphore.acquire(3);',
      'later(releaseAll, 20);',
      'await semaphore.waitForUnlock(); // site:unlock',
      'const guarded = new Semaphore(1);',
      'const [, releaseGuard] = await guarded.acquire();',
      'const held = setTimeout(releaseGuard, 300);',
      'await withTimeout(guarded, 25).acquire().catch(() => undefined); // site:timeout',
      'await tryAcquire(guarded).acquire().catch(() => undefined); // site:try',
      'clearTimeout(held);',
      'releaseGuard();',
      "const source = (await import('node:fs')).readFileSync(new URL(import.meta.url), 'utf8').split('\\n');",
      'const siteOf = (line) => source[line - 1].split("// site:")[1] ?? `line ${line}`;',
      'const locks = run.ops.map(([g, s, e]) => [recordedGroups()[g], e - s]).filter(([g]) => g.kind === "lock");',
      'console.log(JSON.stringify(locks.map(([g, ms]) => [siteOf(g.frames[0][2]), g.label, Math.round(ms / 5) * 5])));',
    ].join('\n'));
    expect(result.stderr).toBe('');
    const locks = JSON.parse(result.stdout) as [string, string, number][];
    expect(locks.map(([site, label]) => [site, label])).toEqual([
      ['mutex', 'wait for a lock (async-mutex acquire)'],
      ['weighted', 'wait for a lock (async-mutex acquire, weight 2)'],
      ['queued', 'wait for a lock (async-mutex acquire)'],
      ['unlock', 'wait for a lock (async-mutex waitForUnlock)'],
      ['timeout', 'wait for a lock (async-mutex acquire with a timeout)'],
      ['try', 'wait for a lock (async-mutex acquire with a timeout)'],
    ]);
    const ms = Object.fromEntries(locks.map(([site, , duration]) => [site, duration]));
    // Each wait as long as the holder kept the lock; a timed wait as long as its timeout, not the 300 ms the lock stayed held.
    for (const site of ['mutex', 'weighted', 'queued', 'unlock']) expect(ms[site]).toBeGreaterThanOrEqual(15);
    expect(ms.timeout).toBeGreaterThanOrEqual(20);
    expect(ms.timeout).toBeLessThan(200);
    expect(ms.try).toBeLessThan(50);
  });

  test("the module hook appends a hand-off to async-mutex's ES build only (whatever the URL's query), which assigns back the withTimeout it is given and is harmless when the names are missing", async () => {
    const { load, ASYNC_MUTEX_HANDOFF } = await import('../lib/profile/wait-loader-hooks.js');
    const other = { format: 'module', source: 'export const a = 1;' };
    expect(await load('file:///p/node_modules/other/index.mjs', {}, () => Promise.resolve(other))).toBe(other);
    const cjs = { format: 'commonjs', source: 'module.exports = {};' };
    expect(await load('file:///p/node_modules/async-mutex/index.mjs', {}, () => Promise.resolve(cjs))).toBe(cjs);
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-hooks-'));
    try {
      const outcomes: string[] = [];
      const sources = {
        with: 'class Semaphore {}\nfunction withTimeout() { return "plain"; }\nfunction tryAcquire() { return withTimeout(); }\nexport { Semaphore, withTimeout, tryAcquire };\n',
        without: 'class Renamed {}\nconst withTimeout = () => "plain";\nconst tryAcquire = () => withTimeout();\nexport { Renamed, withTimeout, tryAcquire };\n',
      };
      for (const [name, source] of Object.entries(sources)) {
        const loaded = await load('file:///p/node_modules/async-mutex/index.mjs?iitm=true', {}, () => Promise.resolve({ format: 'module', source: new TextEncoder().encode(source) }));
        if (typeof loaded.source !== 'string') throw new Error('the hook returned no text');
        const file = join(dir, `${name}.mjs`);
        writeFileSync(file, loaded.source);
        const program = `globalThis[Symbol.for(${JSON.stringify(ASYNC_MUTEX_HANDOFF)})] = (x) => { console.log(typeof x.Semaphore, typeof x.withTimeout); return () => 'wrapped'; }; const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(m.withTimeout(), m.tryAcquire());`;
        const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
        outcomes.push(`${run.stdout.trim().replace(/\n/g, ' / ')} (exit ${run.status})`);
      }
      // A const withTimeout cannot be assigned: the module loads as it was, unwrapped.
      expect(outcomes).toEqual(['function function / wrapped wrapped (exit 0)', 'undefined function / plain plain (exit 0)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an operation started after its run answered is not recorded', () => {
    const result = runFollowed("import { stat } from 'node:fs/promises';\nawait stat('.');\nrun.end = 1;\nawait stat('.');\nconsole.log(run.ops.length);");
    expect(result.stdout.trim()).toBe('1');
  });
});
