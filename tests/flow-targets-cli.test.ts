import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { perfflow } from './helpers/cli.js';
import { compareFlows } from '../lib/compare/flow-behaviour.js';
import { loadConfig } from '../lib/config/load.js';
import type { HttpTargetConfig } from '../lib/config/load.js';
import { startServer } from '../lib/measure/server.js';


const EXAMPLE = fileURLToPath(new URL('../examples/auth-api', import.meta.url));
const PASSWORD = 'correct-horse-battery-staple';
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh git repository holding examples/auth-api (without its recording), its trials shortened when asked. */
function project(short = false): string {
  const root = join(mkdtempSync(join(tmpdir(), 'perfflow-auth-')), 'auth-api');
  made.push(root);
  cpSync(EXAMPLE, root, { recursive: true, filter: (source) => !relative(EXAMPLE, source).startsWith('.perfflow-demo') });
  const config = join(root, 'perfflow.config.yaml');
  if (short) writeFileSync(config, readFileSync(config, 'utf8').replace('duration: 5s', 'duration: 1s\n      warmup: 300ms'));
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return root;
}

describe('the auth-api flow through the real CLI', () => {
  test('a capture that finds nothing is one line naming the step and the pointer, exit 2, nothing written', () => {
    const root = project();
    const file = join(root, 'perfflow.config.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{ json: /token }', '{ json: /access_token }'));
    const out = join(root, 'baseline.json');
    const result = perfflow(root, ['bench', 'auth/flow', '--duration', '1s', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^perfflow: step 'login' captured nothing at \/access_token \(targets\['auth\/flow'\]\.http; the answer's JSON has the keys \/token, \/user, \/role, \/issued_at\)/);
    expect(existsSync(out)).toBe(false);
  });

  test('the profile of the flow names the slow permission check first', () => {
    const root = project(true);
    const result = perfflow(root, ['profile', 'auth/flow', '--duration', '2s', '--skip-overhead', '--json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { bottlenecks: { function: string; file: string }[] };
    const top = report.bottlenecks.slice(0, 3).map((b) => `${b.function}@${b.file}`);
    expect(top[0]).toMatch(/^(loadTable|matches|tableChecksum)@src\/permissions\.js$/);
    expect(top.filter((t) => t.endsWith('src/permissions.js')).length).toBeGreaterThanOrEqual(2);
  });

  test('the recorded optimization validates as faster with every step answering the same, and no secret is written or printed', () => {
    const root = project(true);
    execFileSync('git', ['apply', join(EXAMPLE, '.perfflow-demo', 'optimization.patch')], { cwd: root });
    const out = join(root, 'comparison.json');
    const result = perfflow(root, ['compare', 'auth/flow', '--budget', '10', '--min-blocks', '7', '--out', out, '--json']);
    const comparison = JSON.parse(readFileSync(out, 'utf8')) as {
      validation_status: string;
      status_reasons: string[];
      metrics: { name: string; verdict: string; objective: boolean }[];
      behaviour: { checks: { name: string; status: string }[] };
    };
    expect(comparison.behaviour.checks.filter((c) => c.name.startsWith('response to step')).map((c) => [c.name, c.status])).toEqual([
      ['response to step login (POST /login)', 'passed'],
      ['response to step orders (GET /api/orders?limit=20)', 'passed'],
      ['response to step refresh (POST /api/refresh)', 'passed'],
    ]);
    expect(comparison.metrics.find((m) => m.objective)).toMatchObject({ name: 'latency_p50', verdict: 'improved' });
    expect({ status: comparison.validation_status, code: result.code, reasons: comparison.validation_status === 'pass' ? [] : comparison.status_reasons }).toEqual({ status: 'pass', code: 0, reasons: [] });
    for (const text of [result.stdout, result.stderr, readFileSync(out, 'utf8')]) expect(text).not.toContain(PASSWORD);
  });

  test('a candidate that changes the token is a behaviour change whose detail shows neither token nor password', async () => {
    const root = project();
    const rotated = join(root, 'rotated');
    cpSync(join(root, 'src'), join(rotated, 'src'), { recursive: true });
    cpSync(join(root, 'data'), join(rotated, 'data'), { recursive: true });
    cpSync(join(root, 'server.js'), join(rotated, 'server.js'));
    cpSync(join(root, 'package.json'), join(rotated, 'package.json'));
    const auth = join(rotated, 'src', 'auth.js');
    writeFileSync(auth, readFileSync(auth, 'utf8').replace("'auth-api-example-signing-key'", "'a-rotated-signing-key'"));
    const token = (key: string): string => {
      const payload = Buffer.from(JSON.stringify({ sub: 'alice', role: 'analyst' })).toString('base64url');
      return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
    };
    // Whole tokens and their signatures (a detail cuts long values, so a cut copy must not leak either).
    const secrets = [PASSWORD, token('auth-api-example-signing-key'), token('a-rotated-signing-key')].flatMap((s) => [s, s.slice(-40)]);
    const target = loadConfig(root).targets['auth/flow'] as HttpTargetConfig;
    const start = (cwd: string): ReturnType<typeof startServer> => startServer({ command: ['node', 'server.js'], cwd, env: {}, url: target.url, readyTimeoutMs: 10_000 });
    const [base, candidate] = await Promise.all([start(root), start(rotated)]);
    try {
      const checks = await compareFlows(target, base.url, candidate.url);
      const login = checks.find((c) => c.name.includes('step login'));
      // Each side sends the token it captured itself: the orders step answers the same on both.
      expect(checks.map((c) => c.status)).toEqual(['failed', 'passed', 'failed']);
      // (A value under a key named token is also redacted by its shape, hence either form on the left.)
      expect(login?.detail).toMatch(/^body \/token: "(captured-[0-9a-f]{8}|\[REDACTED\])" != "captured-[0-9a-f]{8}"$/);
      expect(checks[2]?.detail).toMatch(/^body \/token: "(captured-[0-9a-f]{8}|\[REDACTED\])" != "captured-[0-9a-f]{8}"$/);
      const printed = JSON.stringify(checks);
      for (const secret of secrets) expect(printed).not.toContain(secret);
    } finally {
      await Promise.all([base.stop(), candidate.stop()]);
    }
  });
});
