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
import { longTasksOf } from '../lib/page/profile-trial.js';
import { pageBlock } from '../lib/report/page-block.js';
import { perfflow } from './helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../examples/dashboard/', import.meta.url));
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
