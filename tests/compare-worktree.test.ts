import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TargetError } from '../lib/errors.js';
import { pathInWorktree, withArmTrees } from '../lib/git/worktree.js';

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

describe('the arm checkouts', () => {
  test('hold the base commit twice and the working tree once, at paths of one shape, and are gone afterwards', async () => {
    const { root, commit } = repo({ 'a.txt': 'base\n' });
    writeFileSync(join(root, 'a.txt'), 'candidate\n');
    writeFileSync(join(root, 'new.txt'), 'untracked\n');
    let seen: Record<string, string> = {};
    const dirs = await withArmTrees(root, commit, (trees) => {
      seen = { base: readFileSync(join(trees.base, 'a.txt'), 'utf8'), aa: readFileSync(join(trees['base-aa'], 'a.txt'), 'utf8'), candidate: readFileSync(join(trees.candidate, 'a.txt'), 'utf8') };
      expect(existsSync(join(trees.base, 'new.txt'))).toBe(false);
      expect(readFileSync(join(trees.candidate, 'new.txt'), 'utf8')).toBe('untracked\n');
      expect(trees.dependencies).toBe('none');
      expect(registeredWorktrees(root)).toBe(3);
      expect(new Set([trees.base, trees['base-aa'], trees.candidate]).size).toBe(3);
      expect(new Set([trees.base, trees['base-aa'], trees.candidate].map((d) => d.length)).size).toBe(1);
      return Promise.resolve([trees.base, trees['base-aa'], trees.candidate]);
    });
    expect(seen).toEqual({ base: 'base\n', aa: 'base\n', candidate: 'candidate\n' });
    for (const dir of dirs) expect(existsSync(dir)).toBe(false);
    expect(registeredWorktrees(root)).toBe(0);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('candidate\n');
  });

  test('are removed when the work inside them throws', async () => {
    const { root, commit } = repo({ 'a.txt': 'base\n' });
    writeFileSync(join(root, 'a.txt'), 'candidate\n');
    let dir = '';
    await expect(
      withArmTrees(root, commit, (trees) => {
        dir = trees.candidate;
        return Promise.reject(new Error('measurement blew up'));
      }),
    ).rejects.toThrow('measurement blew up');
    expect(dir).not.toBe('');
    expect(existsSync(dir)).toBe(false);
    expect(registeredWorktrees(root)).toBe(0);
  });

  test("link the project's node_modules into every arm when both sides declare the same dependencies", async () => {
    const { root, commit } = repo({ 'package.json': PACKAGE, 'package-lock.json': '{"lockfileVersion":3}\n', 'index.js': 'base\n' });
    mkdirSync(join(root, 'node_modules', 'yaml'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'yaml', 'marker'), 'installed\n');
    writeFileSync(join(root, 'index.js'), 'candidate\n');
    const installs: string[] = [];
    await withArmTrees(
      root,
      commit,
      (trees) => {
        expect(trees.dependencies).toBe('linked');
        for (const dir of [trees.base, trees['base-aa'], trees.candidate]) {
          expect(lstatSync(join(dir, 'node_modules')).isSymbolicLink()).toBe(true);
          expect(readFileSync(join(dir, 'node_modules', 'yaml', 'marker'), 'utf8')).toBe('installed\n');
        }
        return Promise.resolve();
      },
      { install: (dir) => Promise.resolve(void installs.push(dir)) },
    );
    expect(installs).toEqual([]);
    expect(existsSync(join(root, 'node_modules', 'yaml', 'marker'))).toBe(true);
  });

  test('install the base afresh when the lockfile changed (its A/A copy shares that install), and blame the base side when that fails', async () => {
    const { root, commit } = repo({ 'package.json': PACKAGE, 'package-lock.json': '{"lockfileVersion":3,"v":1}\n' });
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"v":2}\n');
    const installs: string[] = [];
    await withArmTrees(
      root,
      commit,
      (trees) => {
        expect(trees.dependencies).toBe('installed');
        expect(installs).toEqual([trees.base]);
        expect(realpathSync(join(trees['base-aa'], 'node_modules'))).toBe(realpathSync(join(trees.base, 'node_modules')));
        return Promise.resolve();
      },
      {
        install: (dir) => {
          installs.push(dir);
          mkdirSync(join(dir, 'node_modules'));
          return Promise.resolve();
        },
      },
    );
    const failing = withArmTrees(root, commit, () => Promise.resolve(), { install: () => Promise.reject(new Error('npm ci failed: ETARGET')) });
    await expect(failing).rejects.toBeInstanceOf(TargetError);
    await expect(failing).rejects.toThrow(/^base side: installing the base commit's dependencies failed: npm ci failed: ETARGET/);
    expect(registeredWorktrees(root)).toBe(0);
  });

  test('are removed when perfflow is interrupted while something still writes into one, and perfflow dies of the signal', async () => {
    // The install spawns a process that keeps creating directories in the base checkout until it is
    // killed: deleting the checkout beside it fails (ENOTEMPTY) unless the interruption stops it first.
    const { root, commit } = repo({ 'package.json': PACKAGE });
    const script = join(root, '..', `${basename(root)}-interrupt.mjs`);
    made.push(script);
    writeFileSync(
      script,
      `import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withArmTrees } from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'dist', 'git', 'worktree.js')).href)};
await withArmTrees(process.argv[2], process.argv[3], () => new Promise(() => {}), {
  install: (dir, signal) => new Promise(() => {
    const writer = spawn('sh', ['-c', 'i=0; while [ $i -lt 20000 ]; do mkdir -p "$0/w/$i/a/b"; i=$((i+1)); done', dir], { stdio: 'ignore' });
    signal?.addEventListener('abort', () => writer.kill('SIGKILL'));
    const ready = setInterval(() => {
      if (existsSync(join(dir, 'w', '20'))) { clearInterval(ready); process.stdout.write('writing\\n'); }
    }, 5);
  }),
});
`,
    );
    const child = spawn(process.execPath, [script, root, commit], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => { resolve(signal); }));
    let scratches: string[];
    try {
      await new Promise<void>((resolve) => child.stdout.once('data', () => { resolve(); }));
      const ownedHere = (name: string): boolean => existsSync(join(tmpdir(), name, 'owner.json')) && readFileSync(join(tmpdir(), name, 'owner.json'), 'utf8').includes(JSON.stringify(root));
      scratches = readdirSync(tmpdir()).filter((n) => n.startsWith('perfflow-arm-') && ownedHere(n));
      expect(scratches).toHaveLength(3);
    } finally {
      child.kill('SIGTERM');
    }
    expect({ signal: await exited, stderr }).toEqual({ signal: 'SIGTERM', stderr: '' });
    expect(registeredWorktrees(root)).toBe(0);
    for (const name of scratches) expect(existsSync(join(tmpdir(), name))).toBe(false);
  });

  test('blame the base side when the commit does not exist', async () => {
    const { root } = repo({ 'a.txt': 'x\n' });
    await expect(withArmTrees(root, '0123456789abcdef0123456789abcdef01234567', () => Promise.resolve())).rejects.toThrow(/^base side: cannot check out 0123456789ab/);
    expect(registeredWorktrees(root)).toBe(0);
  });

  test.each([
    ['/repo/bench/users.bench.js', '/tmp/wt/bench/users.bench.js'],
    ['/repo', '/tmp/wt'],
    ['/elsewhere/tool.js', '/elsewhere/tool.js'],
    ['/repository-sibling/x.js', '/repository-sibling/x.js'],
  ])('maps %s of the working tree to %s in a checkout', (path, expected) => {
    expect(pathInWorktree(path, '/repo', '/tmp/wt')).toBe(expected);
  });
});
