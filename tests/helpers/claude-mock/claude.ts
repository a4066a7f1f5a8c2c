import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real Claude Code CLI installed as a dev dependency. */
export const CLAUDE_BIN = fileURLToPath(new URL('../../../node_modules/.bin/claude', import.meta.url));

/** What a `claude` process printed and returned. */
export interface ClaudeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The `--output-format json` result of `claude -p`. */
export interface ClaudeResult {
  is_error: boolean;
  result?: string;
  num_turns: number;
  permission_denials: { tool_name: string; tool_input: Record<string, unknown> }[];
}

/**
 * An environment for the real Claude Code that is offline and isolated: a fresh HOME, the mock
 * Messages API as ANTHROPIC_BASE_URL, a dummy key, no telemetry or auto-update traffic, and none
 * of the caller's CLAUDE_* / ANTHROPIC_* variables.
 * @param home - a fresh temporary HOME
 * @param baseUrl - the mock's URL
 * @returns the environment
 */
export function offlineClaudeEnv(home: string, baseUrl: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('CLAUDE') || key.startsWith('ANTHROPIC') || key === 'HOME') continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    ANTHROPIC_BASE_URL: baseUrl,
    ANTHROPIC_API_KEY: 'sk-ant-offline-test-key',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
  };
}

/**
 * Runs the real `claude` asynchronously (the mock answering it lives in this process, so a
 * synchronous spawn would deadlock).
 * @param args - CLI arguments
 * @param options - working directory, environment, time limit, and another binary than the pinned one
 * @returns exit code and output
 */
export function runClaude(args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number; bin?: string }): Promise<ClaudeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.bin ?? CLAUDE_BIN, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Parses the `--output-format json` result printed by `claude -p`.
 * @param run - the finished run
 * @returns the result
 * @throws Error naming what was printed when it is not a result object
 */
export function parseResult(run: ClaudeRun): ClaudeResult {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`claude printed no JSON result (exit ${String(run.code)}): ${run.stdout.slice(0, 500)} ${run.stderr.slice(0, 500)}`);
  }
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { permission_denials?: unknown }).permission_denials)) {
    throw new Error(`unexpected claude result: ${line.slice(0, 500)}`);
  }
  return value as ClaudeResult;
}
