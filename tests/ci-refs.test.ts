import { afterAll, describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { acceptTrailers, baseCandidates, commitChange, defaultBase } from '../lib/git/refs.js';
import { git, tempRepo, writeFile } from './helpers/temp-repo.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function commit(root: string, message: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) writeFile(root, path, text);
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-q', '-m', message);
  return git(root, 'rev-parse', 'HEAD').trim();
}

describe('what the gate asks git', () => {
  test('the default base is the merge-base with the branch the CI names, else main; trailers are read from base to head only', async () => {
    const root = tempRepo({ 'a.txt': 'a\n' });
    made.push(root);
    const fork = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'branch', 'release');
    commit(root, 'main moves on\n\nperfflow-accept: not-in-the-pr', { 'b.txt': 'b\n' });
    git(root, 'checkout', '-q', '-b', 'feature', fork);
    const first = commit(root, 'slower on purpose\n\nperfflow-accept: api/users, build', { 'a.txt': 'a2\n' });
    const head = commit(root, 'docs\n\nSigned-off-by: someone <s@example.com>\nperfflow-accept: lib', { 'README.md': 'r\n' });
    expect(await defaultBase(root, head, {})).toEqual({ commit: fork, ref: 'merge-base of HEAD and main' });
    expect(await defaultBase(root, head, { GITHUB_BASE_REF: 'release' })).toEqual({ commit: fork, ref: 'merge-base of HEAD and release' });
    expect(baseCandidates({ GITHUB_BASE_REF: '--upload-pack=x' })).not.toContain('--upload-pack=x');
    const trailers = await acceptTrailers(root, fork, head);
    expect(trailers.sort((x, y) => x.target.localeCompare(y.target))).toEqual([
      { target: 'api/users', commit: first },
      { target: 'build', commit: first },
      { target: 'lib', commit: head },
    ]);
    expect(await commitChange(root, fork, head)).toEqual(['README.md', 'a.txt']);
    expect(await defaultBase(root, head, { GITHUB_BASE_REF: 'nope' })).toEqual({ commit: fork, ref: 'merge-base of HEAD and main' });
  });
});
