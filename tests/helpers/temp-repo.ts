import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Creates a git repository in a temp dir with the given files committed.
 * @param files - relative path -> content
 * @returns the repository root
 */
export function tempRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-test-'));
  for (const [path, content] of Object.entries(files)) writeFile(root, path, content);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-q', '-m', 'base');
  return root;
}

/**
 * Writes a file, creating directories.
 * @param root - base directory
 * @param path - relative path
 * @param content - text
 */
export function writeFile(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/**
 * Runs git in a directory and returns stdout.
 * @param root - repository
 * @param args - git arguments
 * @returns stdout text
 */
export function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}
