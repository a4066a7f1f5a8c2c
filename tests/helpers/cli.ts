import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the real CLI launcher. */
export const PERFFLOW_BIN = fileURLToPath(new URL('../../bin/perfflow', import.meta.url));

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * This process's environment as a terminal has it: without the variables Claude Code sets for its
 * Bash tool, so a test run from inside a Claude Code session behaves as in CI.
 * @returns the environment
 */
export function outsideClaudeCode(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CLAUDECODE;
  delete env.PERFFLOW_NO_CONFIRM;
  return env;
}

/**
 * Runs the real `bin/perfflow` (compiled dist/) in a directory.
 * @param cwd - working directory
 * @param args - CLI arguments
 * @param env - extra environment
 * @returns exit code and output
 */
export function perfflow(cwd: string, args: string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(PERFFLOW_BIN, args, { cwd, encoding: 'utf8', env: { ...outsideClaudeCode(), ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A digest of every file under a directory (names and bytes), to prove a command changed nothing.
 * @param dir - a directory
 * @param skip - names to leave out at any depth (e.g. `.git`)
 * @returns sha256 hex
 */
export function treeHash(dir: string, skip: readonly string[] = []): string {
  const hash = createHash('sha256');
  const walk = (current: string): void => {
    if (!existsSync(current)) return;
    for (const name of readdirSync(current).sort()) {
      if (skip.includes(name)) continue;
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * Runs the real `bin/perfflow` without blocking this process, so a mock API served by the test can
 * answer it.
 * @param cwd - working directory
 * @param args - CLI arguments
 * @param env - extra environment
 * @returns exit code and output
 */
export function perfflowAsync(cwd: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(PERFFLOW_BIN, args, { cwd, env: { ...outsideClaudeCode(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}
