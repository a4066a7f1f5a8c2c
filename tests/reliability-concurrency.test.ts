import { describe, expect, test } from '@jest/globals';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepo } from './helpers/temp-repo.js';
import { MINI_FLOW } from './helpers/mini-flow.js';
import { perfflow, PERFFLOW_BIN } from './helpers/cli.js';
import type { CliResult } from './helpers/cli.js';
import { validateNamed } from '../lib/contracts/validate.js';

function spawnCli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(PERFFLOW_BIN, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => { resolve({ code, stdout, stderr }); });
  });
}

function expectValidState(dir: string): void {
  expect(() => validateNamed('run', JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')), 'run.json')).not.toThrow();
  for (const [file, schema] of [['checkpoint.json', 'checkpoint'], ['recovery-state.json', 'recovery-state']] as const) {
    if (existsSync(join(dir, file))) expect(() => validateNamed(schema, JSON.parse(readFileSync(join(dir, file), 'utf8')), file)).not.toThrow();
  }
  if (existsSync(join(dir, 'gates'))) {
    for (const gate of readdirSync(join(dir, 'gates'))) {
      expect(() => validateNamed('gate', JSON.parse(readFileSync(join(dir, 'gates', gate), 'utf8')), gate)).not.toThrow();
    }
  }
}

describe('concurrency', () => {
  test('eight commands racing on one run are serialised: every one succeeds or is told the run is busy, and the state stays valid', async () => {
    const root = tempRepo({ '.claude/workflows/performance-flow.yaml': MINI_FLOW, 'app.js': 'x\n' });
    const init = JSON.parse(perfflow(root, ['init', '--target', 'app', '--json']).stdout) as { run_id: string; run_dir: string };
    writeFileSync(join(init.run_dir, 'notes.md'), 'x');
    const commands = [
      ['submit', 'notes'], ['submit', 'notes'], ['fail', 'implementation', '--error', 'timed out'], ['status'],
      ['submit', 'implementation'], ['next'], ['submit', 'notes'], ['resume'],
    ];
    const results = await Promise.all(commands.map((args) => spawnCli(root, [...args, '--run', init.run_id])));
    for (const result of results) {
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      expect([0, 1, 2]).toContain(result.code);
      if (result.code === 2) expect(result.stderr).toMatch(/the run is busy|is not the current step/);
    }
    expectValidState(init.run_dir);
    const run = JSON.parse(readFileSync(join(init.run_dir, 'run.json'), 'utf8')) as { steps: Record<string, { status: string }> };
    expect(run.steps.notes?.status).toBe('passed');
    expect(existsSync(join(init.run_dir, 'run.lock'))).toBe(false);
  });

  test('two runs in one repository proceed in parallel without touching each other', async () => {
    const root = tempRepo({ '.claude/workflows/performance-flow.yaml': MINI_FLOW, 'app.js': 'x\n' });
    const a = JSON.parse(perfflow(root, ['init', '--target', 'app', '--json']).stdout) as { run_id: string; run_dir: string };
    const b = JSON.parse(perfflow(root, ['init', '--target', 'other', '--json']).stdout) as { run_id: string; run_dir: string };
    expect(a.run_id).not.toBe(b.run_id);
    writeFileSync(join(a.run_dir, 'notes.md'), 'a');
    const [ra, rb] = await Promise.all([
      spawnCli(root, ['submit', 'notes', '--run', a.run_id]),
      spawnCli(root, ['submit', 'notes', '--run', b.run_id]),
    ]);
    expect(ra.code).toBe(0);
    expect(rb.code).toBe(1); // run b has no notes.md: its own gate says no
    expectValidState(a.run_dir);
    expectValidState(b.run_dir);
    const runA = JSON.parse(readFileSync(join(a.run_dir, 'run.json'), 'utf8')) as { steps: Record<string, { status: string }> };
    const runB = JSON.parse(readFileSync(join(b.run_dir, 'run.json'), 'utf8')) as { steps: Record<string, { status: string }> };
    expect(runA.steps.notes?.status).toBe('passed');
    expect(runB.steps.notes?.status).toBe('failed');
    expect(existsSync(join(a.run_dir, 'errors.log'))).toBe(false);
    expect(readFileSync(join(b.run_dir, 'errors.log'), 'utf8')).toContain('notes attempt=1');
    const refs = execFileSync('git', ['for-each-ref', '--format=%(refname)', 'refs/perfflow'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    expect(refs.sort()).toEqual([`refs/perfflow/${a.run_id}/snapshot`, `refs/perfflow/${b.run_id}/snapshot`].sort());
  });
});

const canMount = process.getuid?.() === 0 && (() => {
  try {
    const probe = join(tempRepo({ x: 'x' }), 'probe');
    mkdirSync(probe);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  }
})();

describe('a full run directory', () => {
  (canMount ? test : test.skip)('a write that fails for lack of space is one clear line, exit 2, and leaves the earlier state valid', () => {
    const root = tempRepo({ '.claude/workflows/performance-flow.yaml': MINI_FLOW, 'app.js': 'x\n' });
    const init = JSON.parse(perfflow(root, ['init', '--target', 'app', '--json']).stdout) as { run_id: string; run_dir: string };
    const saved = readFileSync(join(init.run_dir, 'run.json'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', init.run_dir]);
    try {
      writeFileSync(join(init.run_dir, 'run.json'), saved);
      writeFileSync(join(init.run_dir, 'notes.md'), 'x');
      // Fill the rest of the file system.
      let i = 0;
      try {
        for (;;) writeFileSync(join(init.run_dir, `filler-${i++}`), Buffer.alloc(4096));
      } catch {
        // full
      }
      const result = perfflow(root, ['submit', 'notes', '--run', init.run_id]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^perfflow: cannot write or read .*no space left on the device \(ENOSPC\)/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(join(init.run_dir, 'run.json')).equals(saved)).toBe(true);
      expect(readdirSync(init.run_dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      execFileSync('umount', [init.run_dir]);
    }
  });
});
