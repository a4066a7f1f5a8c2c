// `perfflow profile` of a page target in a real Chromium: examples/dashboard's planted long task
// (rollingP95) is named first at its line in the original source, its oversized render-blocking
// bundle is named among the heaviest resources, and no browser is left behind.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BottleneckReport } from '../lib/contracts/bottleneck-report.js';
import { BottleneckReportSchema } from '../lib/contracts/bottleneck-report.js';
import { validateAgainst } from '../lib/contracts/validate.js';
import type { CpuProfile } from '../lib/profile/cpu-profile.js';
import { onlyWithin, servedFiles } from '../lib/page/profile-scripts.js';
import { dominantWork, forcedWork, workByKind } from '../lib/page/main-thread.js';
import { longTasksOf } from '../lib/page/profile-trial.js';
import { pageBlock } from '../lib/report/page-block.js';
import { perfflow } from './helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../examples/dashboard/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/page/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'perfflow-page-profile-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the example as its own git project. */
function dashboard(name: string): string {
  const dir = join(scratch, name);
  cpSync(EXAMPLE, dir, { recursive: true, filter: (source) => !source.includes('.perfflow-demo') && !source.includes(`${EXAMPLE}dist`) });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

/** Processes whose command line names the scratch directory (the browser's profile dir is under it). */
function strays(): string {
  return spawnSync('pgrep', ['-af', scratch], { encoding: 'utf8' }).stdout.trim();
}

describe('perfflow profile <page target>', () => {
  test('names the planted chart function first, the oversized render-blocking bundle among the heaviest resources, and leaves no browser', () => {
    const dir = dashboard('profiled');
    const tmp = join(scratch, 'tmp');
    mkdirSync(tmp);
    // TMPDIR puts the browser's user-data-dir under the scratch directory: pgrep finds any browser left.
    const result = perfflow(dir, ['profile', 'dashboard', '--trials', '2', '--out', 'report.json'], { TMPDIR: tmp });
    expect(result.stderr.split('\n').filter((l) => /Error|at /.test(l))).toEqual([]);
    expect(result.code).toBe(0);
    const report: BottleneckReport = validateAgainst(BottleneckReportSchema, JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), 'report.json');
    const line = readFileSync(join(dir, 'src/stats.js'), 'utf8').split('\n').findIndex((l) => l.startsWith('export function rollingP95')) + 1;
    expect(report.kind).toBe('page');
    expect(report.bottlenecks[0]).toMatchObject({ function: 'rollingP95', file: 'src/stats.js', line, id: `rollingP95@src/stats.js:${line}` });
    expect(report.bottlenecks[0]?.self_share).toBeGreaterThan(0.3);
    const page = report.page;
    expect(page?.ranked_by).toBe('long-task-samples');
    // The longest task that ran the page's code (a quarter of its samples or more in one function); a
    // longer one may be the browser parsing the 570 KiB bundle.
    expect(page?.long_tasks.find((t) => (t.functions[0]?.share ?? 0) >= 0.25)?.functions[0]?.function).toBe('rollingP95');
    const app = page?.resources[0];
    expect(app).toMatchObject({ url: '/app.js', type: 'script', render_blocking: true });
    expect(app?.sources?.[0]?.file).toBe('src/data.mjs');
    const finding = (kind: string) => report.findings.find((f) => f.kind === kind);
    expect(finding('long-task')?.significant).toBe(true);
    expect(finding('long-task')?.summary).toMatch(/ran mostly rollingP95 \(src\/stats\.js:\d+\)/);
    expect(finding('oversized-bundle')).toMatchObject({ significant: true });
    expect(finding('oversized-bundle')?.summary).toMatch(/\/app\.js transfers \d+ KiB, 9\d% of it from src\/data\.mjs/);
    expect(finding('render-blocking-resource')?.summary).toMatch(/\/app\.js \(script/);
    expect(existsSync(join(dir, 'report.cpuprofile'))).toBe(true);
    expect(result.stdout).toMatch(/rollingP95 \(src\/stats\.js:\d+\)/);
    expect(pageBlock(page ?? (undefined as never)).toString()).toContain('/app.js');
    expect(strays()).toBe('');
  }, 180_000);

  test('names the script line that forces a layout after each change (layout thrashing), with the main thread by kind of work', () => {
    const dir = join(scratch, 'thrash');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'page.json'), JSON.stringify({ orders: 1, blockMs: 0, thrash: 400, chart: 'a 1' }));
    writeFileSync(join(dir, 'perfflow.config.yaml'), 'targets:\n  dash:\n    page:\n      start: node serve.mjs\n      url: http://127.0.0.1:${PORT}/\n      ready: "#chart[data-ready]"\n');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const result = perfflow(dir, ['profile', 'dash', '--trials', '2', '--min-samples', '20', '--out', 'report.json']);
    expect(result.stderr.split('\n').filter((l) => /Error|at /.test(l))).toEqual([]);
    expect(result.code).toBe(0);
    const report: BottleneckReport = validateAgainst(BottleneckReportSchema, JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), 'report.json');
    const main = report.page?.main_thread;
    // 400 widths set and read back: 400 forced layouts in every load (style recalculations come with them).
    expect(main?.forced.count.low).toBeGreaterThanOrEqual(400);
    // The read of offsetWidth is line 5 of the served /app.js (its first line is empty).
    expect(main?.forced.sites[0]).toMatchObject({ function: 'thrash', file: 'page:/app.js', line: 5 });
    expect(main?.forced.sites[0]?.share).toBeGreaterThan(0.9);
    const finding = report.findings.find((f) => f.kind === 'forced-layout');
    expect(finding?.summary).toMatch(/from thrash \(page:\/app\.js:5\)/);
    expect(finding?.call_sites[0]).toMatchObject({ function: 'thrash', file: 'page:/app.js', line: 5 });
    // Layout is a named kind of the busy time, and the shares add up to the whole.
    const kinds = main?.by_kind ?? [];
    expect(kinds.map((k) => k.kind)).toContain('layout');
    expect(kinds.reduce((sum, k) => sum + k.share, 0)).toBeCloseTo(1, 1);
    expect(result.stdout).toMatch(/forced layout or style: \d+ per load/);
    expect(pageBlock(report.page ?? (undefined as never)).toString()).toContain('Main thread by kind of work');
  }, 120_000);

  test('a missing browser is one line naming what to install, exit 4, nothing written', () => {
    const dir = dashboard('no-browser');
    const result = perfflow(dir, ['profile', 'dashboard', '--out', 'report.json'], { PERFFLOW_CHROMIUM: join(scratch, 'no-such-chromium') });
    expect(result.code).toBe(4);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PERFFLOW_CHROMIUM=.*no-such-chromium is not an executable file; install Chromium \(apt-get install chromium\)/);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });
});

describe('page profile analysis', () => {
  const frame = (functionName: string, url = '') => ({ functionName, scriptId: '1', url, lineNumber: url === '' ? -1 : 3, columnNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3] },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('work', 'http://127.0.0.1:1/app.js') },
    ],
    startTime: 1000,
    endTime: 2000,
    samples: [3, 3, 3, 3, 2],
    timeDeltas: [100, 100, 100, 100, 100],
  };

  test('only the samples inside the given tasks stay busy', () => {
    // samples at 1100, 1200, 1300, 1400, 1500: the task 1150-1350 holds the second and third
    expect(onlyWithin(profile, [{ startUs: 1150, durationUs: 200 }]).samples).toEqual([2, 3, 3, 2, 2]);
    expect(onlyWithin(profile, []).samples).toEqual([2, 2, 2, 2, 2]);
  });

  test('long tasks are the RunTask events of 50 ms or more on the busiest renderer main thread', () => {
    const meta = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ts: 0, pid, tid, args: { name } });
    const task = (pid: number, tid: number, ts: number, dur: number) => ({ name: 'RunTask', ts, dur, pid, tid });
    const events = [meta(1, 1, 'CrRendererMain'), meta(2, 2, 'CrRendererMain'), meta(1, 3, 'Compositor'), task(1, 1, 10, 60_000), task(1, 1, 90_000, 49_999), task(1, 3, 0, 900_000), task(2, 2, 5, 20_000)];
    expect(longTasksOf(events)).toEqual([{ startUs: 10, durationUs: 60_000 }]);
    // The page's renderer is the one that navigated to its document, even when another (a blank
    // page, the browser's own) is busier.
    const navigation = (pid: number, tid: number, url: string) => ({ name: 'navigationStart', ts: 1, pid, tid, args: { data: { documentLoaderURL: url, isOutermostMainFrame: true } } });
    expect(longTasksOf([...events, navigation(1, 1, ''), navigation(2, 2, 'http://127.0.0.1:1/'), task(2, 2, 100, 70_000)])).toEqual([{ startUs: 100, durationUs: 70_000 }]);
  });

  test("each event's own time is its duration less its children's, charged to its kind of work, and to the long task it starts in", () => {
    const meta = { name: 'thread_name', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } };
    const x = (name: string, ts: number, dur: number) => ({ name, ts, dur, ph: 'X', pid: 1, tid: 1 });
    // A task of 100 µs: a script of 60 (of which a forced layout of 20 and a style recalculation of 10), a paint of 15.
    // A second task at 1000 of 40 µs: garbage collection 35. An event of another thread is not counted.
    const events = [meta, x('RunTask', 0, 100), x('EvaluateScript', 5, 60), x('Layout', 10, 20), x('UpdateLayoutTree', 40, 10), x('Paint', 70, 15), x('RunTask', 1000, 40), x('MajorGC', 1002, 35), { ...x('Layout', 0, 500), tid: 9 }];
    const { all, inSpans, perSpan } = workByKind(events, [{ startUs: 0, durationUs: 100 }]);
    expect(all).toEqual({ script: 30, compile: 0, style: 10, layout: 20, render: 15, 'parse-html': 0, gc: 35, other: 25 + 5 });
    expect(inSpans).toEqual({ script: 30, compile: 0, style: 10, layout: 20, render: 15, 'parse-html': 0, gc: 0, other: 25 });
    expect(perSpan).toEqual([inSpans]);
    expect(dominantWork(all)).toEqual({ kind: 'gc', share: 35 / 140 });
    expect(dominantWork(workByKind([], []).all)).toBeNull();
  });

  test("a layout the trace gives a script stack was forced by that script; one without a stack was the browser's own", () => {
    const meta = { name: 'thread_name', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } };
    const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber, columnNumber: 3 });
    const events = [
      meta,
      { name: 'RunTask', ts: 0, dur: 100, pid: 1, tid: 1 },
      { name: 'Layout', ts: 10, dur: 20, pid: 1, tid: 1, args: { beginData: { stackTrace: [frame('', '', 0), frame('measure', 'http://x/app.js', 4), frame('main', 'http://x/app.js', 9)] } } },
      { name: 'UpdateLayoutTree', ts: 40, dur: 5, pid: 1, tid: 1, args: { beginData: { stackTrace: [frame('measure', 'http://x/app.js', 4)] } } },
      { name: 'Layout', ts: 60, dur: 30, pid: 1, tid: 1, args: { beginData: {} } },
    ];
    expect(forcedWork(events)).toEqual([
      { kind: 'layout', durationUs: 20, frame: frame('measure', 'http://x/app.js', 4) },
      { kind: 'style', durationUs: 5, frame: frame('measure', 'http://x/app.js', 4) },
    ]);
  });

  test('a served script is matched to the project file with its bytes, not to a file of the same name', () => {
    const dir = join(scratch, 'served');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    mkdirSync(join(dir, 'old'), { recursive: true });
    writeFileSync(join(dir, 'old', 'app.js'), 'console.log(1);\n');
    writeFileSync(join(dir, 'dist', 'app.js'), 'console.log(2);\n');
    const found = servedFiles(new Map([['http://127.0.0.1:1/app.js', 'console.log(2);\n'], ['http://127.0.0.1:1/gone.js', 'x']]), dir);
    expect([...found.entries()]).toEqual([['http://127.0.0.1:1/app.js', join(dir, 'dist', 'app.js')]]);
  });
});
