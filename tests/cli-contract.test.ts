import { describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempRepo, writeFile } from './helpers/temp-repo.js';
import { MINI_FLOW } from './helpers/mini-flow.js';
import { perfflow, treeHash, PERFFLOW_BIN } from './helpers/cli.js';

function project(): string {
  return tempRepo({ '.claude/workflows/performance-flow.yaml': MINI_FLOW, 'app.js': 'x\n' });
}

function started(): { root: string; runId: string; runDir: string } {
  const root = project();
  const init = perfflow(root, ['init', '--target', 'app', '--json']);
  expect(init.code).toBe(0);
  const data = JSON.parse(init.stdout) as { run_id: string; run_dir: string };
  return { root, runId: data.run_id, runDir: data.run_dir };
}

function expectOneLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^perfflow: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('the CLI contract', () => {
  test('init, next, status, runs and submit work end to end through bin/perfflow with --json', () => {
    const { root, runId, runDir } = started();
    const next = perfflow(root, ['next', '--json']);
    expect(next.code).toBe(0);
    const info = JSON.parse(next.stdout) as { run_id: string; step: { id: string; agent: string; outputs: { path: string }[] } };
    expect(info).toMatchObject({ run_id: runId, step: { id: 'notes', agent: 'performance-engineer' } });
    expect(info.step.outputs[0]?.path).toBe(join(runDir, 'notes.md'));
    writeFileSync(join(runDir, 'notes.md'), 'x');
    const submit = perfflow(root, ['submit', 'notes']);
    expect(submit.code).toBe(0);
    expect(submit.stdout).toContain('Gate notes: PASSED');
    const status = perfflow(root, ['status']);
    expect(status.stdout).toMatch(/✔ notes\s+passed/);
    const runs = JSON.parse(perfflow(root, ['runs', '--json']).stdout) as { runs: { run_id: string }[] };
    expect(runs.runs.map((r) => r.run_id)).toEqual([runId]);
  });

  test('an override is recorded with its reason and shown by status', () => {
    const { root, runDir } = started();
    const result = perfflow(root, ['override', 'notes', '--reason', 'notes are not needed for this hotfix'], { GIT_CONFIG_GLOBAL: '/dev/null', USER: 'alice' });
    expect(result.code).toBe(0);
    const gate = JSON.parse(readFileSync(join(runDir, 'gates', 'notes.json'), 'utf8')) as { decision: string; override: { reason: string; by: string } };
    expect(gate).toMatchObject({ decision: 'overridden', override: { reason: 'notes are not needed for this hotfix' } });
    const status = perfflow(root, ['status']);
    expect(status.stdout).toMatch(/⚠ notes\s+overridden .*OVERRIDDEN by .*: notes are not needed for this hotfix/);
    expect(status.stdout).toContain('Gates overridden by hand: notes');
  });

  test('a gate that says no exits 1 and names the missing gate', () => {
    const { root } = started();
    const result = perfflow(root, ['submit', 'validation']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the gate of 'notes' has not passed yet");
    expectOneLine(result.stderr);
  });

  test.each([
    ['no command', [], /usage: perfflow <command>/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['status', '--frob'], /Unknown option '--frob'/],
    ['a run id with a slash', ['status', '--run', 'a/b'], /run id 'a\/b' is not allowed/],
    ['a run id with ..', ['status', '--run', '..'], /run id '\.\.' is not allowed/],
    ['a missing run', ['status', '--run', 'nope'], /run 'nope' does not exist/],
    ['an unknown step', ['submit', 'deploy'], /unknown step 'deploy'; the steps are: notes, implementation, validation, publish/],
    ['an unknown gate to override', ['override', 'deploy', '--reason', 'accepting the risk of x'], /unknown step 'deploy'/],
    ['init without a target', ['init'], /--target is required/],
    ['a bad base ref', ['init', '--target', 'app', '--base', 'no-such-branch'], /--base 'no-such-branch' does not name a commit/],
    ['override without a reason', ['override', 'notes'], /--reason/],
  ])('%s is bad input: exit 2, one line, nothing changed', (_name, args, message) => {
    const { root, runDir } = started();
    const before = treeHash(runDir);
    const result = perfflow(root, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    if (args.length > 0) expectOneLine(result.stderr);
    expect(treeHash(runDir)).toBe(before);
  });

  test('init on a target missing from perfflow.config.yaml starts the run and says how to add it', () => {
    const root = project();
    const result = perfflow(root, ['init', '--target', 'api/users', '--json']);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as { target_configured: boolean; target_hint: string };
    expect(data.target_configured).toBe(false);
    expect(data.target_hint).toContain('api/users:');
    expect(data.target_hint).toMatch(/http:|command:|function:/);
  });

  test('init with a malformed perfflow.config.yaml is bad input and creates no run', () => {
    const root = project();
    writeFile(root, 'perfflow.config.yaml', 'targets: [unclosed\n');
    const result = perfflow(root, ['init', '--target', 'app']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/perfflow\.config\.yaml/);
    expectOneLine(result.stderr);
    expect(existsSync(join(root, '.claude', 'context', 'runs'))).toBe(false);
  });

  test('a malformed workflow yaml names the file, the step and the field', () => {
    const root = project();
    writeFile(root, '.claude/workflows/performance-flow.yaml', MINI_FLOW.replace('checks: [outputs-exist]', 'checks: [output-exists]'));
    const result = perfflow(root, ['init', '--target', 'app']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/performance-flow\.yaml: step 'notes' field gate\.checks\.0/);
    expectOneLine(result.stderr);
  });

  test('a damaged run.json is reported as bad input, not a crash', () => {
    const { root, runDir } = started();
    writeFileSync(join(runDir, 'run.json'), '{"version": 1, "run_id": 3}');
    const result = perfflow(root, ['status', '--run', runDir.split('/').pop() ?? '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/run\.json: .* must/);
  });

  test('outside a git repository, init says so and how to fix it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-nogit-'));
    const result = perfflow(dir, ['init', '--target', 'app']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a git repository.*git init/);
    expectOneLine(result.stderr);
  });

  test('a second command on a busy run waits, then says the run is busy', () => {
    const { root, runDir } = started();
    // A live process (this test) holds the run's lock.
    writeFileSync(join(runDir, 'run.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: 'now' }));
    writeFileSync(join(runDir, 'notes.md'), 'x');
    const result = perfflow(root, ['submit', 'notes'], { PERFFLOW_LOCK_WAIT_MS: '300' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the run is busy/);
  });

  test('a copy of perfflow without its dependencies says how to install them', () => {
    const copy = mkdtempSync(join(tmpdir(), 'perfflow-nodeps-'));
    const here = join(PERFFLOW_BIN, '..', '..');
    for (const part of ['bin', 'dist', 'schemas', 'package.json', '.claude']) cpSync(join(here, part), join(copy, part), { recursive: true });
    const { root } = started();
    const result = spawnSync(join(copy, 'bin', 'perfflow'), ['next'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^perfflow: perfflow's dependencies are not installed \(package '[^']+' is missing\); run 'npm ci --omit=dev' in /);
    expectOneLine(result.stderr);
  });

  test('--version prints the version of package.json, which the plugin manifest carries too', () => {
    const here = join(PERFFLOW_BIN, '..', '..');
    const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as { version: string };
    const manifest = JSON.parse(readFileSync(join(here, '.claude-plugin', 'plugin.json'), 'utf8')) as { version: string };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.version).toBe(pkg.version);
    for (const flag of ['--version', '-v']) {
      const result = perfflow(tmpdir(), [flag]);
      expect(result).toEqual({ code: 0, stdout: `perfflow ${pkg.version}\n`, stderr: '' });
    }
  });

  test('--json errors are machine-readable on stdout', () => {
    const { root } = started();
    const result = perfflow(root, ['submit', 'deploy', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'unknown-step', exit_code: 2 } });
  });
});
