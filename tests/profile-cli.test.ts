// `perfflow profile` through the real CLI (bin/perfflow, compiled dist/).
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { perfflow, treeHash } from './helpers/cli.js';

const corpus = fileURLToPath(new URL('./fixtures/profile-corpus/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'perfflow-profile-cli-'));
const FAST = { CORPUS_MS: '600' };

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function project(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(corpus, 'json-builtin'), dir, { recursive: true });
  return dir;
}

describe('perfflow profile', () => {
  test('profiles any command after -- without a config entry and prints the report as JSON', () => {
    const dir = project('adhoc');
    const result = perfflow(dir, ['profile', '--json', '--interval-us', '100', '--min-samples', '200', '--skip-overhead', '--', process.execPath, 'main.mjs'], FAST);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { bottlenecks: { function: string; id: string }[]; files: { cpuprofile: string; collapsed: string }; kind: string };
    expect(report.kind).toBe('command');
    expect(report.bottlenecks[0]?.function).toBe('parseOrders');
    expect(report.bottlenecks[0]?.id).toBe('parseOrders@main.mjs:5');
    expect(existsSync(report.files.cpuprofile)).toBe(true);
    expect(existsSync(report.files.collapsed)).toBe(true);
  });

  test('--out writes the report with the raw profile and the collapsed stacks beside it', () => {
    const dir = project('out');
    const result = perfflow(dir, ['profile', '--out', 'reports/app.json', '--interval-us', '100', '--min-samples', '200', '--', process.execPath, 'main.mjs'], FAST);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/parseOrders/);
    const report = JSON.parse(readFileSync(join(dir, 'reports/app.json'), 'utf8')) as { files: { cpuprofile: string; collapsed: string }; profiler_overhead: { overhead: number | null } };
    expect(report.files).toEqual({ cpuprofile: 'app.cpuprofile', collapsed: 'app.collapsed.txt' });
    expect(report.profiler_overhead.overhead).not.toBeNull();
    const profile = JSON.parse(readFileSync(join(dir, 'reports/app.cpuprofile'), 'utf8')) as { nodes: unknown[]; samples: unknown[] };
    expect(profile.nodes.length).toBeGreaterThan(1);
    expect(profile.samples.length).toBeGreaterThan(100);
    const lines = readFileSync(join(dir, 'reports/app.collapsed.txt'), 'utf8').trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^[^;]+(;[^;]+)* \d+$/);
    expect(lines.some((l) => l.includes('parseOrders (main.mjs:5)'))).toBe(true);
  });

  test('a program sharing its core with two busy loops is reported waiting for a CPU about two thirds of the time it was ready to run', () => {
    // Known truth: three runnable threads on one core each get about a third of it, so the profiled
    // one spends about 2/3 of its ready time in the run queue (more if the machine adds its own load).
    // Each loop has a session of its own, as perfflow gives the command: the kernel shares a core
    // between sessions first (autogroup), so loops in one session would share a single third.
    const dir = project('contended');
    const failures: string[] = [];
    const hogs = [0, 1].map(() => spawn('taskset', ['-c', '0', process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }).on('error', (error) => failures.push(error.message)));
    try {
      const result = perfflow(dir, ['profile', '--json', '--interval-us', '100', '--min-samples', '100', '--skip-overhead', '--', 'taskset', '-c', '0', process.execPath, 'main.mjs'], FAST);
      expect(failures).toEqual([]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { findings: { kind: string; measured: boolean; significant: boolean; share: number | null; metrics: Record<string, number> }[] };
      const contention = report.findings.find((f) => f.kind === 'cpu-contention');
      expect(contention).toMatchObject({ measured: true, significant: true, metrics: { processes: 1 } });
      expect(contention?.share).toBeGreaterThan(0.5);
      expect(contention?.metrics.on_cpu_ms).toBeGreaterThan(50);
    } finally {
      for (const hog of hogs) hog.kill('SIGKILL');
    }
  });

  test('a command that starts no Node process gets a clear message and its timing only', () => {
    const result = perfflow(scratch, ['profile', '--json', '--', 'sh', '-c', 'sleep 0.1']);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as { profiled: boolean; wall_ms: number; message: string };
    expect(data.profiled).toBe(false);
    expect(data.wall_ms).toBeGreaterThanOrEqual(100);
    expect(data.message).toMatch(/started no Node\.js process/);
  });

  test('too few samples to rank is inconclusive: exit 3 and one line saying how to profile longer', () => {
    const dir = project('few');
    const result = perfflow(dir, ['profile', '--min-samples', '100000000', '--skip-overhead', '--', process.execPath, 'main.mjs'], FAST);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/only \d+ active samples .* ranking needs at least 100000000/);
  });

  test.each([
    [['profile', '--interval-us', 'abc', '--', 'node', 'x.js'], /--interval-us must be a positive whole number/],
    [['profile', '--duration', 'soon', 'app'], /--duration: 'soon' is not a duration/],
    [['profile', 'app', '--', 'node', 'x.js'], /either a target name or a command/],
    [['profile', 'nope'], /unknown target 'nope'/],
  ])('bad input %j exits 2 with one line and changes nothing', (args, message) => {
    const dir = project(`bad-${String(args.length)}-${String(Math.random()).slice(2, 8)}`);
    writeFileSync(join(dir, 'perfflow.config.yaml'), 'targets:\n  app:\n    command:\n      run: node main.mjs\n');
    const before = treeHash(dir);
    const result = perfflow(dir, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(treeHash(dir)).toBe(before);
  });

  test('inside a run it profiles the run target and writes bottleneck-report.json and the raw files into the run', () => {
    const dir = project('run');
    writeFileSync(join(dir, 'perfflow.config.yaml'), `targets:\n  app:\n    command:\n      run: node main.mjs\n      env: { CORPUS_MS: "600" }\n`);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base'], { cwd: dir });
    expect(perfflow(dir, ['init', '--target', 'app']).code).toBe(0);
    const result = perfflow(dir, ['profile', '--interval-us', '100', '--min-samples', '200', '--skip-overhead']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const runs = join(dir, '.claude/context/runs');
    const [runId] = readdirSync(runs);
    const runDir = join(runs, runId ?? '');
    const report = JSON.parse(readFileSync(join(runDir, 'bottleneck-report.json'), 'utf8')) as { target: string; bottlenecks: { function: string }[]; files: { cpuprofile: string } };
    expect(report.target).toBe('app');
    expect(report.bottlenecks[0]?.function).toBe('parseOrders');
    expect(report.files.cpuprofile).toBe('profile.cpuprofile');
    expect(existsSync(join(runDir, 'profile.cpuprofile'))).toBe(true);
    expect(existsSync(join(runDir, 'profile.collapsed.txt'))).toBe(true);
  });
});

describe('perfflow profile and secrets', () => {
  test('a token on the command line or in the environment never reaches the report', () => {
    const dir = project('secret');
    const token = 'tok_9f8e7d6c5b4a3210';
    const result = perfflow(dir, ['profile', '--json', '--interval-us', '100', '--min-samples', '200', '--skip-overhead', '--', process.execPath, 'main.mjs', token], { ...FAST, API_TOKEN: token });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('parseOrders');
    expect(result.stdout).not.toContain(token);
  });
});
