import { describe, expect, test } from '@jest/globals';
import { harnessRole, testRole } from '../lib/compare/harness.js';
import type { FunctionTargetConfig, HttpTargetConfig } from '../lib/config/load.js';

const ROOT = '/repo';
const FUNCTION: FunctionTargetConfig = { name: 'lib', kind: 'function', file: '/repo/bench/users.bench.js', fileText: 'bench/users.bench.js', batchMs: 300, batches: 10, warmupMs: 300, objective: undefined, guards: {} };
const HTTP: HttpTargetConfig = {
  name: 'api', kind: 'http', start: { argv: ['node', 'server.js'], text: 'node server.js' }, cwd: ROOT, env: {}, url: 'http://127.0.0.1:${PORT}/', method: 'GET', headers: {}, body: undefined,
  connections: 8, durationMs: 5000, warmupMs: 1000, rate: undefined, readyTimeoutMs: 30_000, ignore: [], requests: [], objective: undefined, guards: {},
};

describe('which files are the measuring harness', () => {
  test.each<[string, string | null]>([
    ['test/users.test.js', 'test file'],
    ['src/__tests__/query.js', 'test file'],
    ['lib/query.spec.ts', 'test file'],
    ['pkg/parse_test.go', 'test file'],
    ['tests/test_parse.py', 'test file'],
    ['jest.config.mjs', 'test runner settings'],
    ['.mocharc.yml', 'test runner settings'],
    ['vitest.config.ts', 'test runner settings'],
    ['src/users.js', null],
    ['server.js', null],
    ['src/testing-utils.js', null],
  ])('%s is %s', (path, role) => {
    expect(testRole(path)).toBe(role);
  });

  test.each<[string, string | null]>([
    ['bench/users.bench.js', "the function target's task module"],
    ['bench/fixtures.json', 'beside the task module in bench/'],
    ['src/users.js', null],
    ['test/users.test.js', 'test file'],
    ['scripts/check.mjs', 'named by the check command'],
  ])('for a function target with `check: node scripts/check.mjs`, %s is %s', (path, role) => {
    expect(harnessRole(path, FUNCTION, { argv: ['node', 'scripts/check.mjs'], text: 'node scripts/check.mjs' }, ROOT)).toBe(role);
  });

  test('the server an http target starts is code under test, not harness', () => {
    expect(harnessRole('server.js', HTTP, { argv: ['node', '--test'], text: 'node --test' }, ROOT)).toBeNull();
    expect(harnessRole('src/app.js', HTTP, undefined, ROOT)).toBeNull();
  });
});
