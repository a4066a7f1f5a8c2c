// The corpus of tests/fixtures/profile-corpus: each program hides one planted bottleneck among
// decoys, one program per attribution rule. Real V8 profiles, short (CORPUS_MS) and finely sampled.
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { AdHocCommand } from '../lib/profile/profile-target.js';
import { profileTarget } from '../lib/profile/profile-target.js';
import type { HttpTargetConfig } from '../lib/config/load.js';
import type { Bottleneck, BottleneckReport } from '../lib/contracts/bottleneck-report.js';
import { BottleneckReportSchema } from '../lib/contracts/bottleneck-report.js';
import { schemaProblem } from '../lib/contracts/validate.js';

const corpus = fileURLToPath(new URL('./fixtures/profile-corpus/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'perfflow-corpus-'));
const INTERVAL_US = 100;

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function command(root: string, script: string): AdHocCommand {
  return { name: script, kind: 'command', run: { argv: [process.execPath, script], text: `node ${script}` }, cwd: root, env: { CORPUS_MS: '700' } };
}

/**
 * Where a corpus program runs. A program with `packages/` (the dependency case) runs from a copy in
 * the scratch dir with those packages installed under `node_modules/`, so that no node_modules
 * folder is kept in the repository.
 */
function programRoot(program: string): string {
  const source = join(corpus, program);
  if (!existsSync(join(source, 'packages'))) return source;
  const root = join(scratch, `${program}-project`);
  cpSync(source, root, { recursive: true });
  rmSync(join(root, 'packages'), { recursive: true });
  cpSync(join(source, 'packages'), join(root, 'node_modules'), { recursive: true });
  return root;
}

async function profileProgram(program: string, root = programRoot(program), script = 'main.mjs'): Promise<BottleneckReport> {
  const outcome = await profileTarget({
    projectRoot: root,
    target: command(root, script),
    artifactDir: join(scratch, program),
    intervalUs: INTERVAL_US,
    minActive: 300,
    measureOverhead: false,
    // A program that awaits timers (event-loop) is profiled in 3 runs, the fewest that rank its waits.
    trials: 3,
  });
  if (!outcome.profiled) throw new Error(`${program} was not profiled: ${outcome.message}`);
  expect(schemaProblem(BottleneckReportSchema, outcome.report)).toBeNull();
  return outcome.report;
}

function ranking(report: BottleneckReport): string[] {
  return report.bottlenecks.slice(0, 4).map((b) => `${b.id} ${b.self_share}`);
}

function rankOf(report: BottleneckReport, planted: RegExp): Bottleneck | undefined {
  return report.bottlenecks.find((b) => planted.test(b.function));
}

interface Case {
  program: string;
  planted: RegExp;
  top: number;
  check: (entry: Bottleneck, report: BottleneckReport) => void;
}

const cases: Case[] = [
  {
    program: 'json-builtin',
    planted: /^parseOrders$/,
    top: 1,
    check: (entry, report) => {
      expect(entry.category).toBe('json');
      expect(report.categories.json).toBeGreaterThan(0.3);
    },
  },
  {
    program: 'regex-builtin',
    planted: /^findEmails$/,
    top: 1,
    check: (entry, report) => {
      expect(entry.categories.regex).toBeGreaterThan(0.3);
      expect(report.categories.regex).toBeGreaterThan(0.2);
    },
  },
  {
    program: 'crypto-builtin',
    planted: /^hashTokens$/,
    top: 1,
    check: (entry) => {
      expect(entry.category).toBe('crypto');
    },
  },
  {
    program: 'dependency',
    planted: /^slugify$/,
    top: 1,
    check: (entry) => {
      expect(entry.package).toBe('slow-slug');
      expect(entry.file).toBe('node_modules/slow-slug/index.js');
      expect(entry.call_sites[0]?.function).toMatch(/buildSlugs/);
      expect(entry.call_sites[0]?.file).toBe('main.mjs');
    },
  },
  {
    program: 'shared-helper',
    planted: /^normalizeRecord$/,
    top: 1,
    check: (entry) => {
      expect(entry.callers.slice(0, 3).map((c) => c.function)).toEqual(['importUsers', 'importOrders', 'importItems']);
      // The calls split 60/30/10; the charged samples follow within a loose band.
      expect(entry.callers[0]?.share).toBeGreaterThan(0.4);
      expect(entry.callers[2]?.share).toBeLessThan(0.25);
    },
  },
  {
    program: 'recursion',
    planted: /^walkTree$/,
    top: 1,
    check: (entry, report) => {
      expect(entry.recursive).toBe(true);
      expect(report.bottlenecks.filter((b) => b.function === 'walkTree')).toHaveLength(1);
      // Counted once per sample however deep the recursion: never more than every sample.
      expect(entry.total_share).toBeLessThanOrEqual(1);
      expect(entry.total_share).toBeLessThan(entry.self_share + 0.05);
      for (const stack of entry.hottest_stacks) expect(stack.stack.filter((f) => f.startsWith('walkTree ')).length).toBe(1);
    },
  },
  {
    program: 'gc-pressure',
    planted: /^buildRows$/,
    top: 3,
    check: (entry, report) => {
      const gc = report.findings.find((f) => f.kind === 'gc');
      expect(gc?.significant).toBe(true);
      expect(entry.categories.gc).toBeGreaterThan(0);
    },
  },
  {
    program: 'sync-io',
    planted: /loadTemplates/,
    top: 1,
    check: (entry, report) => {
      expect(entry.category).toBe('sync-io');
      const io = report.findings.find((f) => f.kind === 'sync-io');
      expect(io?.significant).toBe(true);
      expect(io?.call_sites[0]?.function).toMatch(/loadTemplates/);
    },
  },
  {
    program: 'event-loop',
    planted: /^renderReport$/,
    top: 1,
    check: (_entry, report) => {
      const loop = report.findings.find((f) => f.kind === 'event-loop-delay');
      expect(loop?.measured).toBe(true);
      expect(loop?.significant).toBe(true);
      expect(loop?.metrics.p99_ms).toBeGreaterThanOrEqual(50);
      expect(loop?.call_sites[0]?.function).toBe('renderReport');
    },
  },
];

describe('the profile corpus', () => {
  test.each(cases)('$program: the planted function ranks within the top $top', async ({ program, planted, top, check }) => {
    const report = await profileProgram(program);
    const entry = rankOf(report, planted);
    // The ranking is in the message when this fails.
    expect({ found: entry !== undefined, ranking: ranking(report) }).toEqual({ found: true, ranking: ranking(report) });
    if (entry === undefined) return;
    expect({ withinTop: entry.rank <= top, rank: entry.rank, ranking: ranking(report) }).toEqual({ withinTop: true, rank: entry.rank, ranking: ranking(report) });
    // The interval is of the share the entry is ranked by: of latency when the run also waited on
    // recorded operations (a command that awaits timers), else of active samples.
    const share = entry.latency_share ?? entry.self_share;
    expect(entry.share_interval.low).toBeLessThanOrEqual(share);
    expect(entry.share_interval.high).toBeGreaterThanOrEqual(share);
    check(entry, report);
  });

  test('typescript: the planted function is reported at its .ts file and line through the source map', async () => {
    const root = join(scratch, 'ts-project');
    cpSync(join(corpus, 'typescript'), root, { recursive: true });
    mkdirSync(join(root, 'build'));
    writeFileSync(join(root, 'build/package.json'), '{ "type": "module" }\n');
    for (const name of readdirSync(join(root, 'src'))) {
      const source = readFileSync(join(root, 'src', name), 'utf8');
      const js = name.replace(/\.ts$/, '.js');
      const output = ts.transpileModule(source, {
        fileName: name,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: true, sourceRoot: '../src/' },
      });
      writeFileSync(join(root, 'build', js), output.outputText);
      writeFileSync(join(root, 'build', `${js}.map`), output.sourceMapText ?? '');
    }
    const tsLines = readFileSync(join(root, 'src/scores.ts'), 'utf8').split('\n');
    const plantedLine = tsLines.findIndex((l) => l.includes('export function computeScores')) + 1;
    const report = await profileProgram('typescript', root, 'build/main.js');
    const entry = rankOf(report, /^computeScores$/);
    expect({ rank: entry?.rank, ranking: ranking(report) }).toEqual({ rank: 1, ranking: ranking(report) });
    expect(entry?.file).toBe('src/scores.ts');
    expect(entry?.line).toBe(plantedLine);
    expect(entry?.hot_line).toBeGreaterThan(plantedLine);
  });

  test('function-target: a function target is profiled in process and the function inlined into its task is still named', async () => {
    const root = join(corpus, 'function-target');
    const outcome = await profileTarget({
      projectRoot: root,
      target: { name: 'tasks', kind: 'function', file: join(root, 'tasks.mjs'), fileText: 'tasks.mjs', batchMs: 300, batches: 10, warmupMs: 300, objective: undefined, guards: {} },
      artifactDir: join(scratch, 'function-target'),
      durationMs: 700,
      intervalUs: INTERVAL_US,
      minActive: 300,
    });
    if (!outcome.profiled) throw new Error('not profiled');
    const entry = rankOf(outcome.report, /^linearSearch$/);
    expect({ rank: entry?.rank, ranking: ranking(outcome.report) }).toEqual({ rank: 1, ranking: ranking(outcome.report) });
    expect(entry?.callers[0]?.function).toBe('find');
    expect(outcome.report.profiler_overhead.overhead).not.toBeNull();
    expect(outcome.report.findings.find((f) => f.kind === 'event-loop-delay')?.measured).toBe(false);
  });

  test('http-server: a server is profiled under load while it keeps running, and the handler work ranks first', async () => {
    const root = join(corpus, 'http-server');
    const target: HttpTargetConfig = {
      name: 'api/users',
      kind: 'http',
      start: { argv: [process.execPath, 'server.mjs'], text: 'node server.mjs' },
      cwd: root,
      env: {},
      url: 'http://127.0.0.1:${PORT}/api/users',
      method: 'GET',
      headers: {},
      body: undefined,
      connections: 4,
      durationMs: 1200,
      warmupMs: 300,
      rate: undefined,
      readyTimeoutMs: 15_000,
      ignore: [],
      requests: [],
      objective: undefined,
      guards: {},
    };
    const outcome = await profileTarget({ projectRoot: root, target, artifactDir: join(scratch, 'http'), intervalUs: 200, minActive: 300 });
    if (!outcome.profiled) throw new Error('not profiled');
    const report = outcome.report;
    const entry = rankOf(report, /^serializeUsers$/);
    expect({ rank: entry?.rank, ranking: ranking(report) }).toEqual({ rank: 1, ranking: ranking(report) });
    expect(report.load?.requests).toBeGreaterThan(100);
    expect(report.profiler_overhead.unprofiled_rate).toBeGreaterThan(0);
    expect(report.findings.find((f) => f.kind === 'event-loop-delay')?.measured).toBe(true);
    expect(readFileSync(join(scratch, 'http', 'profile.cpuprofile'), 'utf8')).toContain('serializeUsers');
  });
});
