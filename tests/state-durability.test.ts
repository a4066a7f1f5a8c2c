import { describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withLock } from '../lib/state/lock.js';
import { writeJsonAtomic, isAtomicTempFile } from '../lib/state/atomic-file.js';
import { removeStaleTempFiles } from '../lib/state/run-files.js';
import { checkId } from '../lib/state/ids.js';
import { InputError } from '../lib/errors.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

describe('ids', () => {
  test.each(['../etc', 'a/b', 'a\\b', '..', '', '.hidden', 'x'.repeat(200), 'a\0b', 'run..1'])('%j is refused', (id) => {
    expect(() => checkId('run id', id)).toThrow(InputError);
  });
  test.each(['20261124-102233-api-users-3f9a', 'plan_1', 'p.v2'])('%j is accepted', (id) => {
    expect(checkId('run id', id)).toBe(id);
  });
});

describe('the run lock', () => {
  test('a second holder waits, then gets the lock when the first releases it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-lock-'));
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = withLock(dir, () => new Promise<void>((resolve) => {
      order.push('first in');
      release = () => {
        order.push('first out');
        resolve();
      };
    }));
    await new Promise((r) => setTimeout(r, 20));
    const second = withLock(dir, () => void order.push('second in'), { pollMs: 5 });
    await new Promise((r) => setTimeout(r, 50));
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second in']);
  });

  test('a lock held too long makes the second command say the run is busy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-lock-'));
    let clock = 0;
    let release: () => void = () => undefined;
    const holder = withLock(dir, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((r) => setTimeout(r, 10));
    await expect(
      withLock(dir, () => undefined, { waitMs: 1000, now: () => clock, sleep: async () => void (clock += 400) }),
    ).rejects.toThrow(/the run is busy: another perfflow command \(pid \d+\)/);
    release();
    await holder;
  });

  test('a lock left by a process killed with SIGKILL is taken over at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'run.lock'), JSON.stringify({ pid: Number(dead.stdout), host: (await import('node:os')).hostname(), since: 'x' }));
    await expect(withLock(dir, () => 'got it', { waitMs: 200 })).resolves.toBe('got it');
  });

  test('two processes incrementing one counter under the lock lose no update', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-lock-'));
    writeFileSync(join(dir, 'counter.json'), '0');
    const script = `
      const { withLock } = await import(${JSON.stringify(join(dist, 'state/lock.js'))});
      const { readFileSync, writeFileSync } = await import('node:fs');
      for (let i = 0; i < 40; i++) {
        await withLock(process.argv[1], () => {
          const n = Number(readFileSync(process.argv[1] + '/counter.json', 'utf8'));
          writeFileSync(process.argv[1] + '/counter.json', String(n + 1));
        }, { pollMs: 1 });
      }`;
    const run = (): Promise<number | null> =>
      new Promise((resolve) => spawn(process.execPath, ['--input-type=module', '-e', script, dir], { stdio: 'inherit' }).on('exit', resolve));
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'counter.json'), 'utf8')).toBe('80');
  });
});

describe('atomic writes survive SIGKILL', () => {
  test('a writer killed at random moments never leaves a half-written file, and leftovers are cleaned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfflow-kill-'));
    const script = `
      const { writeJsonAtomic } = await import(${JSON.stringify(join(dist, 'state/atomic-file.js'))});
      const big = 'x'.repeat(200000);
      for (let i = 0; ; i++) {
        writeJsonAtomic(process.argv[1] + '/run.json', { version: 1, i, big });
        writeJsonAtomic(process.argv[1] + '/checkpoint.json', { version: 1, i, big });
      }`;
    writeJsonAtomic(join(dir, 'run.json'), { version: 1, i: -1, big: '' });
    for (let round = 0; round < 12; round += 1) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], { stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, 60 + ((round * 37) % 90)));
      child.kill('SIGKILL');
      await exited;
      for (const name of ['run.json', 'checkpoint.json']) {
        if (!existsSync(join(dir, name))) continue;
        const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { version: number; i: number };
        expect(parsed.version).toBe(1);
        expect(Number.isInteger(parsed.i)).toBe(true);
      }
    }
    removeStaleTempFiles(dir);
    expect(readdirSync(dir).filter(isAtomicTempFile)).toEqual([]);
  });
});

describe('the CLI killed with SIGKILL in the middle of a submit', () => {
  test('leaves every state file valid against its schema, and resume continues the run', async () => {
    const { tempRepo } = await import('./helpers/temp-repo.js');
    const { MINI_FLOW } = await import('./helpers/mini-flow.js');
    const { perfflow, PERFFLOW_BIN } = await import('./helpers/cli.js');
    const { validateNamed } = await import('../lib/contracts/validate.js');
    const root = tempRepo({ '.claude/workflows/performance-flow.yaml': MINI_FLOW, 'app.js': 'x\n' });
    const init = JSON.parse(perfflow(root, ['init', '--target', 'app', '--json']).stdout) as { run_id: string; run_dir: string };
    const dir = init.run_dir;
    const kills = [5, 15, 25, 35, 45, 55, 65, 75, 90, 110, 130, 160];
    for (const [i, delay] of kills.entries()) {
      // Alternate between a submit that fails (no output: gate, recovery and errors.log are written)
      // and one that passes (gate, run.json and checkpoint are written).
      if (i % 2 === 0) writeFileSync(join(dir, 'notes.md'), 'x');
      else if (existsSync(join(dir, 'notes.md'))) (await import('node:fs')).unlinkSync(join(dir, 'notes.md'));
      const child = spawn(PERFFLOW_BIN, ['submit', 'notes', '--run', init.run_id], { cwd: root, stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      for (const [name, schema] of [['run.json', 'run'], ['checkpoint.json', 'checkpoint'], ['recovery-state.json', 'recovery-state'], ['gates/notes.json', 'gate']] as const) {
        const path = join(dir, name);
        if (existsSync(path)) expect(() => validateNamed(schema, JSON.parse(readFileSync(path, 'utf8')), name)).not.toThrow();
      }
      const log = existsSync(join(dir, 'errors.log')) ? readFileSync(join(dir, 'errors.log'), 'utf8') : '';
      for (const line of log.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^\d{4}-\d\d-\d\dT.* notes attempt=\d+ /);
      // If the kill left the run escalated, a person would roll back; keep the loop going.
      const run = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { status: string };
      if (run.status === 'needs-human') expect(perfflow(root, ['rollback', '--to', 'notes', '--run', init.run_id]).code).toBe(0);
    }
    writeFileSync(join(dir, 'notes.md'), 'final');
    const resume = perfflow(root, ['resume', '--run', init.run_id, '--json']);
    expect(resume.code).toBe(0);
    const next = (JSON.parse(resume.stdout) as { next: { step: { id: string } | null } }).next;
    expect(['notes', 'implementation']).toContain(next.step?.id);
    if (next.step?.id === 'notes') expect(perfflow(root, ['submit', 'notes', '--run', init.run_id]).code).toBe(0);
    expect(readdirSync(dir).filter(isAtomicTempFile)).toEqual([]);
    expect(existsSync(join(dir, 'run.lock'))).toBe(false);
  });
});

describe('a rollback killed with SIGKILL', () => {
  test('is finished by resume: the optimization undone, the user change intact, the journal gone', async () => {
    const { tempRepo, writeFile } = await import('./helpers/temp-repo.js');
    const { MINI_FLOW, manifest } = await import('./helpers/mini-flow.js');
    const { perfflow, PERFFLOW_BIN } = await import('./helpers/cli.js');
    const root = tempRepo({ '.claude/workflows/performance-flow.yaml': MINI_FLOW, 'app.js': 'base\n', 'lib/users.js': 'slow\n' });
    const userChange = 'base\n// my uncommitted work\n';
    writeFileSync(join(root, 'app.js'), userChange);
    for (const delay of [5, 20, 40, 60, 90, 130]) {
      const init = JSON.parse(perfflow(root, ['init', '--target', 'app', '--json']).stdout) as { run_id: string; run_dir: string };
      const run = ['--run', init.run_id];
      writeFileSync(join(init.run_dir, 'notes.md'), 'x');
      expect(perfflow(root, ['submit', 'notes', ...run]).code).toBe(0);
      writeFile(root, 'lib/users.js', 'fast\n');
      writeFile(root, 'lib/cache.js', 'cache\n');
      writeFileSync(join(init.run_dir, 'dev-manifest.json'), manifest('lib/users.js', 'lib/cache.js'));
      expect(perfflow(root, ['submit', 'implementation', ...run]).code).toBe(0);
      const child = spawn(PERFFLOW_BIN, ['rollback', '--to', 'implementation', ...run], { cwd: root, stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const resume = perfflow(root, ['resume', ...run, '--json']);
      expect(resume.code).toBe(0);
      const state = JSON.parse(readFileSync(join(init.run_dir, 'run.json'), 'utf8')) as { steps: Record<string, { status: string }> };
      if (state.steps.implementation?.status === 'pending') {
        // The rollback happened (before the kill or finished by resume): the code is restored.
        expect(readFileSync(join(root, 'lib/users.js'), 'utf8')).toBe('slow\n');
        expect(existsSync(join(root, 'lib/cache.js'))).toBe(false);
      } else {
        // Killed before the journal was written: nothing was touched; roll back now.
        expect(readFileSync(join(root, 'lib/users.js'), 'utf8')).toBe('fast\n');
        expect(perfflow(root, ['rollback', '--to', 'implementation', ...run]).code).toBe(0);
        expect(readFileSync(join(root, 'lib/users.js'), 'utf8')).toBe('slow\n');
      }
      expect(readFileSync(join(root, 'app.js'), 'utf8')).toBe(userChange);
      expect(existsSync(join(init.run_dir, 'rollback-journal.json'))).toBe(false);
      expect(existsSync(join(init.run_dir, 'notes.md'))).toBe(true);
    }
  });
});
