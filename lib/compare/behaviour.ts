import { spawn } from 'node:child_process';
import { nodeOptionsWithOwnerWatch } from '../measure/owner-watch.js';
import { jsonDifferences } from './json-diff.js';
import type { BehaviourCheck } from './status.js';

/** The outcome of running a shell command once. */
export interface CommandRun {
  exitCode: number | null;
  /** The last lines of stdout and stderr together. */
  tail: string;
  timedOut: boolean;
}

/**
 * Runs a program to completion without a shell (the project's `check`, e.g. `npm test`).
 * @param argv - the program and its arguments
 * @param cwd - where to run it
 * @param timeoutMs - kill it after this long (default 10 minutes)
 * @returns its exit code and output tail
 */
export function runProgram(argv: readonly string[], cwd: string, timeoutMs = 600_000): Promise<CommandRun> {
  return new Promise((resolve) => {
    // Node processes of the check end themselves if perfflow is SIGKILLed meanwhile.
    const env = { ...process.env, CI: process.env.CI ?? '1', NODE_OPTIONS: nodeOptionsWithOwnerWatch(process.env.NODE_OPTIONS) };
    const child = spawn(argv[0] ?? 'true', argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
    let tail = '';
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      keep(Buffer.from(error.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, tail: tail.trim().split('\n').slice(-5).join(' | '), timedOut });
    });
  });
}

/** One HTTP response as compared by the behaviour check. */
export interface HttpSnapshot {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers whose difference changes what a client sees; transport and per-response headers are left out. */
export const COMPARED_HEADERS = ['content-type', 'content-encoding', 'content-language', 'location', 'cache-control', 'vary', 'access-control-allow-origin', 'www-authenticate'] as const;

function normalizeHeader(name: string, value: string): string {
  return name === 'content-type' ? value.toLowerCase().replace(/\s+/g, '') : value;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Compares the base's and the candidate's responses to the same request: status, the headers that
 * matter, and the body (structurally for JSON, skipping the `ignore` pointers; byte for byte otherwise).
 * @param label - the request, e.g. `GET /api/users`
 * @param base - the base's response
 * @param candidate - the candidate's response
 * @param ignore - JSON pointers of volatile fields in the body
 * @returns the check
 */
export function compareHttpResponses(label: string, base: HttpSnapshot, candidate: HttpSnapshot, ignore: readonly string[]): BehaviourCheck {
  const problems: string[] = [];
  if (base.status !== candidate.status) problems.push(`status ${base.status} != ${candidate.status}`);
  for (const header of COMPARED_HEADERS) {
    const a = base.headers[header];
    const b = candidate.headers[header];
    if ((a === undefined) !== (b === undefined) || (a !== undefined && b !== undefined && normalizeHeader(header, a) !== normalizeHeader(header, b))) {
      problems.push(`header ${header}: ${a ?? '(none)'} != ${b ?? '(none)'}`);
    }
  }
  const a = parseJson(base.body);
  const b = parseJson(candidate.body);
  if (a.ok && b.ok) {
    problems.push(...jsonDifferences(a.value, b.value, ignore).map((d) => `body ${d}`));
  } else if (base.body !== candidate.body) {
    problems.push(`body differs (${base.body.length} bytes != ${candidate.body.length} bytes)`);
  }
  return problems.length === 0
    ? { name: `response to ${label}`, kind: 'http-response', status: 'passed', detail: 'same status, headers and body' }
    : { name: `response to ${label}`, kind: 'http-response', status: 'failed', detail: problems.slice(0, 5).join('; ') };
}
