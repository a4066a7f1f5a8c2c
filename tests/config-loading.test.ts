import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitCommandLine, substitutePort } from '../lib/config/command-line.js';
import { parseDuration } from '../lib/config/duration.js';
import { getTarget, loadConfig, missingTargetHelp } from '../lib/config/load.js';
import { InputError } from '../lib/errors.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const FULL = `
targets:
  api/users:
    http:
      start: node server.js --port \${PORT}
      url: http://127.0.0.1:\${PORT}/api/users?limit=5
      method: POST
      headers: { content-type: application/json }
      body: '{"a":1}'
      connections: 4
      duration: 2s
      rate: 500
      ignore: [/generated_at]
      requests:
        - { method: GET, path: /api/users/1 }
  users-lib:
    function:
      file: bench/users.bench.mjs
  build:
    command:
      run: [node, "scripts/build file.js"]
      cwd: tools
check: npm test -- --silent
`;

describe('loading perfflow.config.yaml', () => {
  test('a full config loads with every default filled in and names containing a slash', () => {
    const root = project({ 'perfflow.config.yaml': FULL });
    const config = loadConfig(root);
    const http = getTarget(config, 'api/users');
    expect(http).toMatchObject({
      kind: 'http',
      start: { argv: ['node', 'server.js', '--port', '${PORT}'] },
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: 4,
      durationMs: 2000,
      warmupMs: 1000,
      rate: 500,
      readyTimeoutMs: 30_000,
      ignore: ['/generated_at'],
      requests: [{ method: 'GET', path: '/api/users/1', headers: {}, body: undefined }],
    });
    expect(getTarget(config, 'users-lib')).toMatchObject({ kind: 'function', file: join(root, 'bench/users.bench.mjs'), batches: 10 });
    expect(getTarget(config, 'build')).toMatchObject({ kind: 'command', run: { argv: ['node', 'scripts/build file.js'] }, cwd: join(root, 'tools'), runs: 10, warmup: 1 });
    expect(config.check?.argv).toEqual(['npm', 'test', '--', '--silent']);
  });

  test('objective and guard tolerances are read per target, `off` as no limit', () => {
    const root = project({ 'perfflow.config.yaml': 'targets:\n  api:\n    http:\n      url: http://127.0.0.1:8080/\n      objective: latency_p99\n      guards: { max_rss: 25%, error_rate: 0.5%, throughput: off }\n' });
    expect(getTarget(loadConfig(root), 'api')).toMatchObject({ objective: 'latency_p99', guards: { max_rss: 0.25, error_rate: 0.005, throughput: Number.POSITIVE_INFINITY } });
    const bad = errorOf(() => loadConfig(project({ 'perfflow.config.yaml': 'targets:\n  api:\n    http:\n      url: http://127.0.0.1:8080/\n      guards: { max_rss: ten }\n' })));
    expect(bad.message).toMatch(/targets\.api\.http\.guards\.max_rss must match pattern/);
  });

  test('a json config is accepted too', () => {
    const root = project({ 'perfflow.config.json': JSON.stringify({ targets: { build: { command: { run: 'node build.js' } } } }) });
    expect(getTarget(loadConfig(root), 'build').kind).toBe('command');
  });

  test.each([
    ['a YAML syntax error names the line', 'targets:\n  a:\n    http: [\n', /not valid YAML at line \d/],
    ['a misspelt key is named', 'targets:\n  api:\n    http:\n      url: http://127.0.0.1:8080/\n      conections: 3\n', /targets\.api\.http must NOT have additional properties \('conections'\)/],
    ['a wrong type names the key', 'targets:\n  api:\n    http:\n      url: http://127.0.0.1:8080/\n      connections: many\n', /targets\.api\.http\.connections must be integer/],
    ['a duration without unit is refused', 'targets:\n  api:\n    http:\n      url: http://127.0.0.1:8080/\n      duration: "5"\n', /targets\.api\.http\.duration must match pattern/],
    ['two kinds in one target are refused', 'targets:\n  x:\n    command: { run: ls }\n    function: { file: a.mjs }\n', /targets\.x has command and function; a target is exactly one/],
    ['${PORT} without a start command is refused', 'targets:\n  api:\n    http:\n      url: http://127.0.0.1:${PORT}/\n', /uses \$\{PORT\} but there is no targets\.api\.http\.start/],
    ['a pipeline is refused rather than run through a shell', 'targets:\n  b:\n    command:\n      run: npm run build | tee log\n', /targets\.b\.command\.run: .* uses shell syntax \('\|'\)/],
    ['a target name with a slash is quoted in messages', 'targets:\n  api/x:\n    http:\n      url: 12\n', /targets\['api\/x'\]\.http\.url must be string/],
  ])('%s', (_name, text, message) => {
    const root = project({ 'perfflow.config.yaml': text });
    const error = errorOf(() => loadConfig(root));
    expect(error.code).toBe('invalid-config');
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
  });

  test('a missing config says how to create one', () => {
    const error = errorOf(() => loadConfig(project({})));
    expect(error.code).toBe('no-config');
    expect(error.message).toContain('targets: {');
    expect(error.message).not.toContain('\n');
  });

  test('an unknown target lists the known ones and how to add it', () => {
    const root = project({ 'perfflow.config.yaml': FULL });
    const error = errorOf(() => getTarget(loadConfig(root), 'api/orders'));
    expect(error.code).toBe('unknown-target');
    expect(error.message).toContain('known targets: api/users, build, users-lib');
    expect(error.message).not.toContain('\n');
    // The example in the message is itself a valid config.
    const example = /add it, e\.g\. (.*)$/.exec(error.message)?.[1] ?? '';
    expect(getTarget(loadConfig(project({ 'perfflow.config.yaml': example })), 'api/orders').kind).toBe('http');
  });

  test('the help for a missing target is a snippet that loads as a valid config', () => {
    const text = missingTargetHelp('api/orders', 'http');
    const yaml = text.slice(text.indexOf('targets:'));
    const root = project({ 'perfflow.config.yaml': yaml });
    expect(getTarget(loadConfig(root), 'api/orders')).toMatchObject({ kind: 'http', connections: 8, durationMs: 5000 });
    expect(missingTargetHelp('x')).toMatch(/http:[\s\S]*function:[\s\S]*command:/);
  });
});

describe('command lines are split without a shell', () => {
  test.each([
    ['node server.js', ['node', 'server.js']],
    ['  node   a.js  ', ['node', 'a.js']],
    [`node -e "console.log('a b')"`, ['node', '-e', "console.log('a b')"]],
    [`echo 'it''s' "q\\"x"`, ['echo', 'its', 'q"x']],
    ['node a\\ b.js', ['node', 'a b.js']],
    ['node srv.js --port=${PORT}', ['node', 'srv.js', '--port=${PORT}']],
    ['echo "$HOME|;"', ['echo', '$HOME|;']],
  ])('%s', (text, argv) => {
    expect(splitCommandLine(text, 'run')).toEqual(argv);
  });

  test.each(['a && b', 'a; b', 'a > out', 'echo $HOME', 'echo `id`', 'echo $(id)', 'ls *.js', "echo 'open", ''])('%j is refused', (text) => {
    expect(() => splitCommandLine(text, 'run')).toThrow(InputError);
  });

  test('${PORT} is substituted everywhere', () => {
    expect(substitutePort('http://h:${PORT}/${PORT}', 8080)).toBe('http://h:8080/8080');
  });
});

describe('durations', () => {
  test.each([
    ['500ms', 500],
    ['5s', 5000],
    ['1.5s', 1500],
    ['2m', 120_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text, 'duration')).toBe(ms);
  });
  test.each(['5', '0s', 'fast', '-1s'])('%j is refused', (text) => {
    expect(() => parseDuration(text, 'duration')).toThrow(/is not a duration/);
  });
});
