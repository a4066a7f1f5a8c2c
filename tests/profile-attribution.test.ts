// The attribution engine on hand-built V8 profiles, where every share is known exactly.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeProfiles } from '../lib/profile/analyze-profiles.js';
import { buildBottleneckReport } from '../lib/profile/build-report.js';
import type { ReportInput } from '../lib/profile/build-report.js';
import { formatCollapsedStacks } from '../lib/profile/collapsed-stacks.js';
import { readCpuWaits, threadTimes, timesBetween } from '../lib/profile/cpu-wait.js';
import type { CpuProfile } from '../lib/profile/cpu-profile.js';
import type { WaitAnalysis, WaitSite } from '../lib/profile/analyze-waits.js';
import { functionEndLine } from '../lib/profile/function-extent.js';
import { classifyFrame, packageOf } from '../lib/profile/frame-kind.js';
import { wilsonInterval } from '../lib/profile/wilson.js';
import { BottleneckReportSchema } from '../lib/contracts/bottleneck-report.js';
import type { BottleneckReport } from '../lib/contracts/bottleneck-report.js';
import { schemaProblem } from '../lib/contracts/validate.js';

const ROOT = '/proj';
const context = { projectRoot: ROOT, harnessPrefixes: ['/perfflow/dist/profile/'] };

/** A frame spec: [functionName, url, line]. */
type Frame = [string, string, number];
const root: Frame = ['(root)', '', -1];
const user = (name: string, line = 1, file = 'app.js'): Frame => [name, `file://${ROOT}/${file}`, line];

/**
 * Builds a profile from stacks (outermost first, root implied) and the order they were sampled in.
 * @param sampled - one stack per sample
 * @returns a V8 profile
 */
function profileOf(sampled: Frame[][]): CpuProfile {
  const nodes: CpuProfile['nodes'] = [{ id: 1, callFrame: { functionName: root[0], scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }, children: [] }];
  const ids = new Map<string, number>([['', 1]]);
  const samples: number[] = [];
  for (const stack of sampled) {
    let parentKey = '';
    let parentId = 1;
    for (const [name, url, line] of stack) {
      const key = `${parentKey}/${name}@${url}:${line}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = nodes.length + 1;
        ids.set(key, id);
        nodes.push({ id, callFrame: { functionName: name, scriptId: url === '' ? '0' : '1', url, lineNumber: line - 1, columnNumber: 0 }, children: [] });
        nodes.find((n) => n.id === parentId)?.children?.push(id);
      }
      parentKey = key;
      parentId = id;
    }
    samples.push(parentId);
  }
  return { nodes, startTime: 0, endTime: samples.length * 1000, samples, timeDeltas: samples.map(() => 1000) };
}

const repeat = (n: number, stack: Frame[]): Frame[][] => Array.from({ length: n }, () => stack);

async function report(sampled: Frame[][], extra: Partial<ReportInput> = {}): Promise<BottleneckReport> {
  const analysis = await analyzeProfiles([profileOf(sampled)], context);
  const built = buildBottleneckReport({
    target: 't',
    kind: 'command',
    analysis,
    intervalUs: 1000,
    minActive: 1,
    eventLoop: null,
    overhead: { method: 'not measured', unprofiled_rate: null, profiled_rate: null, unit: 'runs/s', overhead: null },
    files: { cpuprofile: 'profile.cpuprofile', collapsed: 'profile.collapsed.txt' },
    load: null,
    notes: [],
    now: new Date('2026-01-01T00:00:00Z'),
    ...extra,
  });
  expect(schemaProblem(BottleneckReportSchema, built)).toBeNull();
  return built;
}

describe('share intervals', () => {
  test.each([
    [50, 100, 0.40383, 0.59617],
    [0, 10, 0, 0.27753],
    [10, 10, 0.72247, 1],
    [1, 20, 0.00888, 0.23611],
  ])('the Wilson 95%% interval of %i of %i samples is [%f, %f]', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
    expect(interval.method).toBe('wilson-95');
  });
});

describe('frames', () => {
  test.each([
    ['/p/node_modules/lodash/index.js', 'lodash'],
    ['/p/node_modules/@scope/pkg/lib/a.js', '@scope/pkg'],
    ['/p/node_modules/a/node_modules/b/x.js', 'b'],
    ['/p/src/app.js', undefined],
  ])('the package of %s is %s', (path, pkg) => {
    expect(packageOf(path)).toBe(pkg);
  });

  test.each([
    [['(garbage collector)', '', -1], 'gc'],
    [['(idle)', '', -1], 'idle'],
    [['(program)', '', -1], 'program'],
    [['RegExp: a+b', '', -1], 'regex'],
    [['parse', '', -1], 'native'],
    [['readFileSync', 'node:fs', 10], 'node'],
    [['handler', 'file:///proj/app.js', 3], 'user'],
    [['handler', '/proj/app.cjs', 3], 'user'],
    [['slug', 'file:///proj/node_modules/s/i.js', 3], 'dependency'],
    [['start', 'file:///perfflow/dist/profile/preload.js', 3], 'harness'],
  ] as [Frame, string][])('%j is %s code', ([functionName, url, line], kind) => {
    expect(classifyFrame({ functionName, url, lineNumber: line, columnNumber: 0, scriptId: '1' }, context).kind).toBe(kind);
  });

  test('the end of a function is found by its matching brace, skipping strings and comments', () => {
    const source = ['function a(x = {}) {', "  const s = '}';", '  // }', '  return { x };', '}', 'const b = (y) => y + 1;', 'function c() {}'];
    expect(functionEndLine(source, 0, 0)).toBe(4);
    expect(functionEndLine(source, 5, 10)).toBe(5);
    expect(functionEndLine(source, 6, 0)).toBe(6);
  });
});

describe('attribution', () => {
  test('builtin, regex and GC time is charged to the nearest user frame and also shown by category', async () => {
    const handler = user('handler', 3);
    const r = await report([
      ...repeat(2, [handler]),
      ...repeat(6, [handler, ['RegExp: a+', '', -1]]),
      ...repeat(2, [['(garbage collector)', '', -1]]),
      ...repeat(4, [['(idle)', '', -1]]),
    ]);
    expect(r.samples.active).toBe(10);
    expect(r.samples.idle).toBe(4);
    const [top] = r.bottlenecks;
    expect(top?.function).toBe('handler');
    expect(top?.self_share).toBeCloseTo(1, 6);
    expect(top?.category).toBe('regex');
    expect(top?.categories).toEqual({ regex: 0.6, user: 0.2, gc: 0.2 });
    expect(r.categories).toEqual({ regex: 0.6, user: 0.2, gc: 0.2 });
    expect(top?.id).toBe('handler@app.js:3');
    expect(top?.hottest_stacks[0]).toEqual({ stack: ['handler (app.js:3)', '[regex]'], share: 0.6 });
  });

  test('a hot function in a dependency is named with its package and the user call site', async () => {
    const main = user('main', 1);
    const route = user('route', 10);
    const slug: Frame = ['slug', `file://${ROOT}/node_modules/@acme/slugs/index.js`, 4];
    const helper: Frame = ['inner', `file://${ROOT}/node_modules/@acme/slugs/index.js`, 20];
    const r = await report([...repeat(6, [main, route, slug, helper]), ...repeat(2, [main, route]), ...repeat(2, [main])]);
    const [top] = r.bottlenecks;
    expect(top?.function).toBe('inner');
    expect(top?.package).toBe('@acme/slugs');
    expect(top?.file).toBe('node_modules/@acme/slugs/index.js');
    expect(top?.callers[0]).toMatchObject({ function: 'slug', package: '@acme/slugs', share: 1 });
    expect(top?.call_sites[0]).toMatchObject({ function: 'route', file: 'app.js', line: 10, share: 1 });
    expect(top?.reason).toContain('inside package @acme/slugs, called from route (app.js:10)');
  });

  test('a shared helper is shown with the breakdown of its callers', async () => {
    const helper = user('normalize', 30);
    const r = await report([
      ...repeat(6, [user('a', 1), helper]),
      ...repeat(3, [user('b', 10), helper]),
      ...repeat(1, [user('c', 20), helper]),
    ]);
    expect(r.bottlenecks[0]?.function).toBe('normalize');
    expect(r.bottlenecks[0]?.callers.map((c) => [c.function, c.share])).toEqual([['a', 0.6], ['b', 0.3], ['c', 0.1]]);
  });

  test('recursion is merged: a function counts once per sample however deep', async () => {
    const fib = user('fib', 5);
    const main = user('main', 1);
    const r = await report([
      ...repeat(4, [main, fib, fib, fib, fib]),
      ...repeat(4, [main, fib, fib]),
      ...repeat(2, [main, user('other', 9)]),
    ]);
    const entries = r.bottlenecks.filter((b) => b.function === 'fib');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.self_share).toBeCloseTo(0.8, 6);
    expect(entries[0]?.total_share).toBeCloseTo(0.8, 6);
    expect(entries[0]?.recursive).toBe(true);
    expect(entries[0]?.hottest_stacks[0]?.stack).toEqual(['main (app.js:1)', 'fib (app.js:5)']);
    expect(entries[0]?.callers).toEqual([{ function: 'main', file: 'app.js', line: 1, share: 1 }]);
  });

  test('synchronous I/O and GC are findings of their own, with their call sites', async () => {
    const load = user('loadTemplates', 7);
    const r = await report([
      ...repeat(5, [load, ['readFileSync', 'node:fs', 100], ['open', '', -1]]),
      ...repeat(3, [['(garbage collector)', '', -1]]),
      ...repeat(2, [user('render', 20)]),
    ]);
    const io = r.findings.find((f) => f.kind === 'sync-io');
    const gc = r.findings.find((f) => f.kind === 'gc');
    expect(io?.significant).toBe(true);
    expect(io?.share).toBeCloseTo(0.5, 6);
    expect(io?.call_sites[0]).toMatchObject({ function: 'loadTemplates', share: 1 });
    // The three GC samples follow loadTemplates in time, so they are charged to it.
    expect(gc?.share).toBeCloseTo(0.3, 6);
    expect(gc?.call_sites[0]).toMatchObject({ function: 'loadTemplates', share: 1 });
    expect(r.bottlenecks[0]?.categories).toEqual({ 'sync-io': 0.625, gc: 0.375 });
  });

  test('event-loop delay is a finding only for a loop that turned, and is not measured for function targets', async () => {
    const stacks = repeat(10, [user('job', 2)]);
    const blocked = await report(stacks, { eventLoop: { p50_ms: 10, p99_ms: 80, max_ms: 90, mean_ms: 20, turns: 200 } });
    expect(blocked.findings[0]).toMatchObject({ kind: 'event-loop-delay', measured: true, significant: true });
    expect(blocked.findings[0]?.call_sites[0]?.function).toBe('job');
    const sync = await report(stacks, { eventLoop: { p50_ms: 700, p99_ms: 700, max_ms: 700, mean_ms: 700, turns: 1 } });
    expect(sync.findings[0]).toMatchObject({ measured: true, significant: false });
    const fn = await report(stacks, { kind: 'function' });
    expect(fn.findings[0]).toMatchObject({ measured: false, significant: false });
  });

  test('waiting for a CPU is a finding: its share of the time the thread was ready to run, significant from 10% and 50 ms', async () => {
    const stacks = repeat(10, [user('job', 2)]);
    const finding = async (cpuWait: ReportInput['cpuWait'], kind: ReportInput['kind'] = 'command'): Promise<BottleneckReport['findings'][number] | undefined> =>
      (await report(stacks, { cpuWait, kind })).findings.find((f) => f.kind === 'cpu-contention');
    const contended = await finding({ on_cpu_ms: 600, run_queue_ms: 1200, processes: 1 });
    expect(contended).toMatchObject({ measured: true, significant: true, metrics: { on_cpu_ms: 600, run_queue_ms: 1200, processes: 1 } });
    expect(contended?.share).toBeCloseTo(2 / 3, 4);
    expect(contended?.summary).toMatch(/^the main thread of the profiled process waited 1200 ms for a CPU beside 600 ms on one \(66\.7% of the time it was ready to run\): other processes, or the program's own threads held the cores/);
    // A server shares the machine with perfflow's load generator (and often its database): the finding names them.
    expect((await finding({ on_cpu_ms: 600, run_queue_ms: 1200, processes: 1 }, 'http'))?.summary).toMatch(/perfflow's load generator and the server's database among them/);
    const below = await finding({ on_cpu_ms: 910, run_queue_ms: 90, processes: 2 });
    expect(below).toMatchObject({ measured: true, significant: false, share: 0.09 });
    expect(below?.summary).toBe('the main threads of the 2 profiled processes waited 90 ms for a CPU beside 910 ms on one (9.0% of the time they were ready to run) (significant from 10.0% and 50 ms)');
    expect((await finding({ on_cpu_ms: 900, run_queue_ms: 100, processes: 1 }))?.significant).toBe(true);
    // A short command's start-up wait: a large share of very little time.
    expect(await finding({ on_cpu_ms: 50, run_queue_ms: 40, processes: 1 })).toMatchObject({ significant: false, share: 0.4444 });
    for (const cpuWait of [null, undefined, { on_cpu_ms: 0, run_queue_ms: 0, processes: 1 }]) {
      expect((await report(stacks, { cpuWait })).findings.find((f) => f.kind === 'cpu-contention')).toMatchObject({ measured: false, significant: false, share: null });
    }
  });

  test('with recorded waits, a busy machine does not lift CPU entries over the waits: the time queued for a CPU is the finding\'s, not a function\'s', async () => {
    const stacks = repeat(10, [user('job', 2)]);
    const waitSite: WaitSite = {
      key: 'pg|SELECT', kind: 'pg', operation: 'SELECT item', site: { function: 'loadItems', file: 'app.js', line: 9 }, path: [{ function: 'loadItems', file: 'app.js', line: 9 }],
      share: 0.35, interval: { low: 0.3, high: 0.4, method: 'normal-95-requests' }, perRequest: 6, requestsWith: 1, calls: 1200, meanMs: 2, p95Ms: 3, sequential: true,
    };
    const waits: WaitAnalysis = {
      unit: 'request', requests: 200, latency: { p50_ms: 34, p99_ms: 50 }, waitShare: 0.4, waitInterval: { low: 0.38, high: 0.42, method: 'normal-95-requests' },
      sites: [waitSite], waterfalls: null, dropped: 0, droppedOperations: 0, followedShare: 1,
    };
    // Quiet: job's samples are the 60% of latency not spent waiting, above the query's 35%.
    const quiet = await report(stacks, { kind: 'http', waits, cpuWait: { on_cpu_ms: 1000, run_queue_ms: 0, processes: 1 } });
    expect(quiet.bottlenecks.map((b) => [b.function, b.latency_share])).toEqual([['job', 0.6], ['loadItems', 0.35]]);
    // Half the ready time in a run queue: job ran for 30% of latency and waited for a core for 30%.
    const busy = await report(stacks, { kind: 'http', waits, cpuWait: { on_cpu_ms: 1000, run_queue_ms: 1000, processes: 1 } });
    expect(busy.bottlenecks.map((b) => [b.function, b.latency_share])).toEqual([['loadItems', 0.35], ['job', 0.3]]);
    const contention = busy.findings.find((f) => f.kind === 'cpu-contention');
    expect(contention).toMatchObject({ significant: true, share: 0.5, metrics: { latency_share: 0.3 } });
    expect(contention?.summary).toMatch(/the CPU entries are ranked by an estimate of their time on a CPU, leaving out the 30\.0% of request latency spent queued for one/);
    // Without recorded waits there is no latency to split: the finding carries no latency share.
    expect((await report(stacks, { cpuWait: { on_cpu_ms: 1000, run_queue_ms: 1000, processes: 1 } })).findings.find((f) => f.kind === 'cpu-contention')?.metrics).not.toHaveProperty('latency_share');
  });

  test('scheduler times: read from schedstat, differenced, and summed over processes; absent or damaged files give null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-sched-'));
    try {
      writeFileSync(join(dir, 'schedstat'), '2500000 7500000 31\n');
      expect(threadTimes(join(dir, 'schedstat'))).toEqual({ onCpuNs: 2_500_000, runQueueNs: 7_500_000 });
      expect(threadTimes(join(dir, 'missing'))).toBeNull();
      writeFileSync(join(dir, 'bad'), 'n/a\n');
      expect(threadTimes(join(dir, 'bad'))).toBeNull();
      expect(timesBetween({ onCpuNs: 1e6, runQueueNs: 2e6 }, { onCpuNs: 4e6, runQueueNs: 2.5e6 })).toEqual({ on_cpu_ms: 3, run_queue_ms: 0.5 });
      expect(timesBetween(null, { onCpuNs: 4e6, runQueueNs: 2.5e6 })).toBeNull();
      expect(readCpuWaits(dir)).toBeNull();
      writeFileSync(join(dir, '11.sched.json'), JSON.stringify({ on_cpu_ms: 300, run_queue_ms: 30 }));
      writeFileSync(join(dir, '12.sched.json'), JSON.stringify({ on_cpu_ms: 100, run_queue_ms: 50 }));
      writeFileSync(join(dir, '13.sched.json'), '{"on_cpu_ms": 1');
      expect(readCpuWaits(dir)).toEqual({ on_cpu_ms: 400, run_queue_ms: 80, processes: 2 });
      // The thread running this test has times of its own.
      const own = threadTimes();
      if (process.platform === 'linux') expect(own?.onCpuNs).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a flat profile gives "no bottleneck found" with its evidence instead of a ranking', async () => {
    const stacks = Array.from({ length: 40 }, (_, i) => [user(`f${i}`, i + 1)]);
    const r = await report(stacks);
    expect(r.bottlenecks).toEqual([]);
    expect(r.no_bottleneck_found?.evidence).toMatch(/40 active samples .* no function .* holds 5\.0% or more/);
  });

  test('time with no project frame is unattributed, and perfflow\'s own frames are never charged', async () => {
    const r = await report([
      ...repeat(5, [user('work', 1)]),
      ...repeat(3, [['processTicksAndRejections', 'node:internal/process/task_queues', 90]]),
      ...repeat(2, [['start', 'file:///perfflow/dist/profile/preload.js', 1], ['(anonymous)', '', -1]]),
    ]);
    expect(r.unattributed_share).toBeCloseTo(0.5, 6);
    expect(r.bottlenecks.map((b) => b.function)).toEqual(['work']);
  });

  test('collapsed stacks are one "a;b;c count" line per stack, heaviest first', async () => {
    const analysis = await analyzeProfiles([profileOf([...repeat(2, [user('a', 1), user('b', 2)]), [user('a', 1)]])], context);
    expect(formatCollapsedStacks(analysis.collapsed)).toBe('a (app.js:1);b (app.js:2) 2\na (app.js:1) 1\n');
  });
});
