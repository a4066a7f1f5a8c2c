import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempRepo } from './helpers/temp-repo.js';
import { perfflow } from './helpers/cli.js';
import type { CliResult } from './helpers/cli.js';

/**
 * A whole run with planted secrets — a bearer token in the http headers of the config and a fake
 * API key in the environment — through the real measuring, profiling, comparing and publishing
 * commands. Afterwards neither secret appears in any file perfflow wrote (run state, artifacts,
 * logs, feed, report) nor in anything it printed.
 */

const TOKEN = 'tok_live_5f4e3d2c1b0a99887766554433221100';
const API_KEY = 'sk-ant-api03-PLANTED-0123456789abcdefghijklmnopqrstuv';

const SERVER = `const http = require('node:http');
http.createServer((req, res) => {
  // Echo whether the header arrived, never its value.
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ users: [{ id: 1, name: 'Ada' }], authorized: Boolean(req.headers.authorization) }));
}).listen(process.env.PORT, '127.0.0.1');
`;

function filesUnder(dir: string, skip: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (skip.includes(relative(dir, full))) continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}

describe('secrets through a whole run', () => {
  test('a bearer token of the config and an API key of the environment reach no artifact, log, feed, report or output', () => {
    const root = tempRepo({
      'server.js': SERVER,
      '.gitignore': 'node_modules/\n',
      'perfflow.config.yaml': [
        'targets:',
        '  api/users:',
        '    http:',
        '      start: node server.js',
        '      url: http://127.0.0.1:${PORT}/api/users',
        `      headers: { Authorization: "Bearer ${TOKEN}", x-api-key: "${TOKEN}" }`,
        '      connections: 4',
        '      duration: 1s',
        '      warmup: 200ms',
        '',
      ].join('\n'),
    });
    const env = { ANTHROPIC_API_KEY: API_KEY, ANTHROPIC_BASE_URL: 'http://127.0.0.1:9', PERFFLOW_RATER_TIMEOUT_MS: '500' };
    const outputs: CliResult[] = [];
    const cli = (...args: string[]): CliResult => {
      const result = perfflow(root, args, env);
      outputs.push(result);
      return result;
    };
    const passOrOverride = (step: string, result: CliResult): void => {
      if (result.code !== 0) expect(cli('override', step, '--reason', `test of secrets only; ${step} not judged here`).code).toBe(0);
    };

    expect(cli('init', '--target', 'api/users').code).toBe(0);
    expect([0, 3]).toContain(cli('baseline', '--duration', '1s', '--warmup', '200ms').code);
    passOrOverride('baseline', cli('submit', 'baseline'));
    for (const step of ['planning', 'plan-rating']) cli('override', step, '--reason', `test of secrets only; ${step} is recorded elsewhere`);
    expect([0, 3]).toContain(cli('profile', '--duration', '2s', '--min-samples', '50', '--skip-overhead').code);
    passOrOverride('analysis', cli('submit', 'analysis'));
    cli('override', 'optimization-planning', '--reason', 'test of secrets only; no design needed');
    writeFileSync(join(root, 'server.js'), `${SERVER}// a change to compare\n`);
    cli('override', 'implementation', '--reason', 'test of secrets only; a comment-only change');
    const validation = cli('validate', '--budget', '6');
    expect([0, 1, 3]).toContain(validation.code);
    if (validation.code !== 0) cli('override', 'validation', '--reason', 'test of secrets only; the verdict is not the point');
    expect(cli('publish').code).toBe(0);

    const written = filesUnder(root, ['.git', 'perfflow.config.yaml']);
    expect(written.some((f) => f.endsWith('report.html'))).toBe(true);
    expect(written.some((f) => f.endsWith('baseline-metrics.json'))).toBe(true);
    expect(written.some((f) => f.endsWith('benchmark-results.json'))).toBe(true);
    expect(written.some((f) => f.endsWith('bottleneck-report.json'))).toBe(true);
    for (const file of written) {
      const text = readFileSync(file).toString('latin1');
      expect({ file, leaked: text.includes(TOKEN) || text.includes(API_KEY) }).toEqual({ file, leaked: false });
    }
    for (const result of outputs) {
      expect(result.stdout + result.stderr).not.toContain(TOKEN);
      expect(result.stdout + result.stderr).not.toContain(API_KEY);
    }
  });
});

describe('secrets a target prints', () => {
  test('a secret a failing target writes on stderr is redacted where perfflow writes and prints, not on the way', () => {
    const SECRET = 'plain-value-without-any-token-shape-42';
    const root = tempRepo({
      'leak.js': "console.error('connecting with ' + process.env.SERVICE_PASSWORD); process.exit(Number(process.argv[2] ?? 1));\n",
      '.gitignore': 'node_modules/\n',
      'perfflow.config.yaml': 'targets:\n  leaky:\n    command:\n      run: node leak.js 1\n      runs: 3\n',
    });
    const env = { SERVICE_PASSWORD: SECRET };
    const results = [perfflow(root, ['bench', 'leaky', '--out', 'bench.json'], env), perfflow(root, ['init', '--target', 'leaky', '--no-confirm'], env)];
    results.push(perfflow(root, ['baseline'], env));
    // The target could not run: said so (exit 4), with the tail of its stderr, the value redacted.
    expect(results[0]?.code).toBe(4);
    expect(results[2]?.code).toBe(4);
    expect(results[2]?.stderr).toMatch(/connecting with \[REDACTED\]/);
    for (const result of results) expect(result.stdout + result.stderr).not.toContain(SECRET);
    for (const file of filesUnder(root, ['.git'])) expect({ file, leaked: readFileSync(file, 'latin1').includes(SECRET) }).toEqual({ file, leaked: false });
  });
});
