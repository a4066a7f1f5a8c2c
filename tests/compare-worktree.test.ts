import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TargetError } from '../lib/errors.js';
import { pathInWorktree, withBaseWorktree } from '../lib/git/worktree.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const PACKAGE = JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { yaml: '^2.0.0' } });

function repo(files: Record<string, string>): { root: string; commit: string; git: (...args: string[]) => string } {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-wt-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return { root, commit: git('rev-parse', 'HEAD'), git };
}

function registeredWorktrees(root: string): number {
  const dir = join(root, '.git', 'worktrees');
  return existsSync(dir) ? readdirSync(dir).length : 0;
}

describe('the base worktree', () => {
  test('holds the base commit, not the working tree, and is gone afterwards', async () => {
    const { root, commit } = repo({ 'a.txt': 'base\n' });
    writeFileSync(join(root, 'a.txt'), 'candidate\n');
    writeFileSync(join(root, 'new.txt'), 'untracked\n');
    let seen = '';
    const dir = await withBaseWorktree(root, commit, (wt) => {
      seen = readFileSync(join(wt.dir, 'a.txt'), 'utf8');
      expect(existsSync(join(wt.dir, 'new.txt'))).toBe(false);
      expect(wt.dependencies).toBe('none');
      expect(registeredWorktrees(root)).toBe(1);
      return Promise.resolve(wt.dir);
    });
    expect(seen).toBe('base\n');
    expect(existsSync(dir)).toBe(false);
    expect(registeredWorktrees(root)).toBe(0);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('candidate\n');
  });

  test('is removed when the work inside it throws', async () => {
    const { root, commit } = repo({ 'a.txt': 'base\n' });
    let dir = '';
    await expect(
      withBaseWorktree(root, commit, (wt) => {
        dir = wt.dir;
        return Promise.reject(new Error('measurement blew up'));
      }),
    ).rejects.toThrow('measurement blew up');
    expect(dir).not.toBe('');
    expect(existsSync(dir)).toBe(false);
    expect(registeredWorktrees(root)).toBe(0);
  });

  test("reuses the candidate's node_modules when both sides declare the same dependencies", async () => {
    const { root, commit } = repo({ 'package.json': PACKAGE, 'package-lock.json': '{"lockfileVersion":3}\n', 'index.js': 'base\n' });
    mkdirSync(join(root, 'node_modules', 'yaml'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'yaml', 'marker'), 'installed\n');
    writeFileSync(join(root, 'index.js'), 'candidate\n');
    const installs: string[] = [];
    await withBaseWorktree(
      root,
      commit,
      (wt) => {
        expect(wt.dependencies).toBe('linked');
        expect(lstatSync(join(wt.dir, 'node_modules')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(wt.dir, 'node_modules', 'yaml', 'marker'), 'utf8')).toBe('installed\n');
        return Promise.resolve();
      },
      { install: (dir) => Promise.resolve(void installs.push(dir)) },
    );
    expect(installs).toEqual([]);
    expect(existsSync(join(root, 'node_modules', 'yaml', 'marker'))).toBe(true);
  });

  test('installs afresh when the lockfile changed, and blames the base side when that fails', async () => {
    const { root, commit } = repo({ 'package.json': PACKAGE, 'package-lock.json': '{"lockfileVersion":3,"v":1}\n' });
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"v":2}\n');
    const installs: string[] = [];
    await withBaseWorktree(
      root,
      commit,
      (wt) => {
        expect(wt.dependencies).toBe('installed');
        expect(installs).toEqual([wt.dir]);
        return Promise.resolve();
      },
      { install: (dir) => Promise.resolve(void installs.push(dir)) },
    );
    const failing = withBaseWorktree(root, commit, () => Promise.resolve(), { install: () => Promise.reject(new Error('npm ci failed: ETARGET')) });
    await expect(failing).rejects.toBeInstanceOf(TargetError);
    await expect(failing).rejects.toThrow(/^base side: installing the base commit's dependencies failed: npm ci failed: ETARGET/);
    expect(registeredWorktrees(root)).toBe(0);
  });

  test('blames the base side when the commit does not exist', async () => {
    const { root } = repo({ 'a.txt': 'x\n' });
    await expect(withBaseWorktree(root, '0123456789abcdef0123456789abcdef01234567', () => Promise.resolve())).rejects.toThrow(/^base side: cannot check out 0123456789ab/);
  });

  test.each([
    ['/repo/bench/users.bench.js', '/tmp/wt/bench/users.bench.js'],
    ['/repo', '/tmp/wt'],
    ['/elsewhere/tool.js', '/elsewhere/tool.js'],
    ['/repository-sibling/x.js', '/repository-sibling/x.js'],
  ])('maps %s of the working tree to %s in the worktree', (path, expected) => {
    expect(pathInWorktree(path, '/repo', '/tmp/wt')).toBe(expected);
  });
});
