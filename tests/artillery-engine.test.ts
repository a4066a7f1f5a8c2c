import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../lib/config/load.js';
import type { HttpTargetConfig } from '../lib/config/load.js';
import { InputError } from '../lib/errors.js';
import { artilleryArgs, INSTALL_HINT, resolveArtillery } from '../lib/measure/artillery/command.js';
import { flowFigures, reportAggregate, requestFigures } from '../lib/measure/artillery/report.js';
import { artilleryScript, jsonPathOf } from '../lib/measure/artillery/script.js';

const ROOT = process.cwd();
const SECRET = 'sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c';
const PASSWORD = 'hunter2-correct-horse-battery';

function http(yaml: string): HttpTargetConfig {
  const config = parseConfig(`targets:\n  api:\n    http:\n${yaml}`, 'perfflow.config.yaml', '/project');
  const t = config.targets.api;
  if (t?.kind !== 'http') throw new Error('expected an http target');
  return t;
}

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

/** Artillery's own flag names of a command, read from its source (the documented options). */
function flagsOf(command: string): Set<string> {
  const text = ['lib/cmds/' + command + '.ts', 'lib/cli/common-flags.ts'].map((f) => readFileSync(join(ROOT, 'node_modules/artillery', f), 'utf8')).join('\n');
  return new Set([...text.matchAll(/^\s+'?([a-z][a-z-]*)'?: Flags\./gm)].map((m) => m[1] ?? ''));
}

async function artilleryValidator(): Promise<(script: unknown) => string | undefined> {
  const file = join(ROOT, 'node_modules/artillery/dist/lib/util/validate-script.js');
  const mod = (await import(pathToFileURL(file).href)) as { default: (script: unknown) => string | undefined };
  return mod.default;
}

describe('engine settings in perfflow.config.yaml', () => {
  test('an artillery target on aws-lambda keeps its platform, workers and region', () => {
    const t = http('      url: https://staging.example.com/api/users\n      allow_remote: true\n      max_rate: 1000\n      engine: artillery\n      platform: aws-lambda\n      workers: 8\n      region: eu-west-1\n      rate: 500\n');
    expect(t.engine).toEqual({ name: 'artillery', platform: 'aws-lambda', workers: 8, region: 'eu-west-1' });
  });

  test('the builtin engine is the default and leaves the target as it was', () => {
    expect(http('      url: http://127.0.0.1:8080/\n').engine).toBeUndefined();
    expect(http('      url: http://127.0.0.1:8080/\n      engine: builtin\n').engine).toBeUndefined();
  });

  test.each([
    ['workers without the engine', '      url: http://127.0.0.1:8080/\n      workers: 4\n', /\.workers is for the artillery engine; add engine: artillery/],
    ['no rate', '      url: http://127.0.0.1:8080/\n      engine: artillery\n', /\.rate is required with engine: artillery/],
    ['aws without region', '      url: https://s.example.com/\n      engine: artillery\n      platform: aws-fargate\n      rate: 10\n', /\.region is required with platform aws-fargate; add e.g. region: eu-west-1/],
    ['aws with a server perfflow starts', '      start: node server.js\n      url: http://127.0.0.1:${PORT}/\n      engine: artillery\n      platform: aws-lambda\n      region: us-east-1\n      rate: 10\n', /\.start: with platform aws-lambda the load comes from AWS/],
    ['local with workers', '      url: http://127.0.0.1:8080/\n      engine: artillery\n      workers: 4\n      rate: 10\n', /\.workers: platform local runs Artillery's own worker threads/],
    ['local with a region', '      url: http://127.0.0.1:8080/\n      engine: artillery\n      region: us-east-1\n      rate: 10\n', /\.region is for platform aws-lambda or aws-fargate/],
    ['an unknown platform', '      url: http://127.0.0.1:8080/\n      engine: artillery\n      platform: gcp\n      rate: 10\n', /platform/],
    ['workers below one', '      url: https://s.example.com/\n      engine: artillery\n      platform: aws-lambda\n      region: us-east-1\n      workers: 0\n      rate: 10\n', /workers/],
  ])('%s is refused in one line naming the field', (_name, yaml, message) => {
    const error = inputError(() => http(yaml));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});

describe('the Artillery script and command line', () => {
  const lambda = http(`      url: https://staging.example.com
      allow_remote: true
      max_rate: 1000
      engine: artillery
      platform: aws-lambda
      workers: 8
      region: eu-west-1
      rate: 250
      connections: 16
      duration: 30s
      headers: { x-api-key: '${SECRET}', accept: application/json }
      flows:
        - name: buy
          weight: 3
          steps:
            - name: login
              path: /login
              body: '{"user":"alice","password":"${PASSWORD}"}'
              capture: { token: { json: /auth/access_token }, tag: { header: ETag } }
              think: 250ms
            - name: orders
              path: /api/orders
              headers: { authorization: 'Bearer {{token}}' }
        - name: browse
          steps:
            - { name: list, path: /api/users }
`);

  test('run-lambda with 8 workers uses only options Artillery documents for it', () => {
    const args = artilleryArgs({ name: 'artillery', platform: 'aws-lambda', workers: 8, region: 'eu-west-1' }, { script: '/s/script.json', report: '/s/report.json', dotenv: '/s/secrets.env' });
    expect(args).toEqual(['run-lambda', '--count', '8', '--region', 'eu-west-1', '--output', '/s/report.json', '--dotenv', '/s/secrets.env', '/s/script.json']);
    const documented = flagsOf('run-lambda');
    for (const flag of args.filter((a) => a.startsWith('--'))) expect(documented).toContain(flag.slice(2));
    const fargate = artilleryArgs({ name: 'artillery', platform: 'aws-fargate', workers: 3, region: 'us-east-2' }, { script: 's', report: 'r' });
    expect(fargate.slice(0, 5)).toEqual(['run-fargate', '--count', '3', '--region', 'us-east-2']);
    for (const flag of fargate.filter((a) => a.startsWith('--'))) expect(flagsOf('run-fargate')).toContain(flag.slice(2));
    expect(artilleryArgs({ name: 'artillery', platform: 'local', workers: 1, region: undefined }, { script: 's', report: 'r' })).toEqual(['run', '--output', 'r', 's']);
  });

  test('the script passes Artillery\'s own validation and holds the phases, weights, captures and think times', async () => {
    const { script, secrets, stepNames } = artilleryScript(lambda, { url: 'https://staging.example.com', rate: 250, durationMs: 30_000, connections: 16 });
    expect((await artilleryValidator())(script)).toBeUndefined();
    const s = script as { config: Record<string, unknown>; scenarios: { name: string; weight: number; flow: Record<string, Record<string, unknown>>[] }[] };
    expect(s.config.target).toBe('https://staging.example.com');
    expect(s.config.phases).toEqual([{ name: 'perfflow-measure', duration: 30, arrivalRate: 250 }]);
    expect(s.config.http).toEqual({ timeout: 10, pool: 16 });
    expect(s.scenarios.map((x) => [x.name, x.weight])).toEqual([['buy', 3], ['browse', 1]]);
    const [login, think, orders] = s.scenarios[0]?.flow ?? [];
    expect(login?.post?.capture).toEqual([{ json: '$.auth.access_token', as: 'token' }, { header: 'etag', as: 'tag' }]);
    expect(think).toEqual({ think: 0.25 });
    expect(orders?.get?.url).toBe('https://staging.example.com/api/orders');
    expect(stepNames).toEqual(['buy.login', 'buy.orders', 'browse.list']);
    // Secrets are references to the environment; their values travel beside the script.
    const text = JSON.stringify(script);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(PASSWORD);
    expect(Object.values(secrets).sort()).toEqual([PASSWORD, SECRET].sort());
    expect((orders?.get?.headers as Record<string, string>).authorization).toBe('Bearer {{token}}');
    expect(JSON.parse(String(login?.post?.body))).toEqual({ user: 'alice', password: expect.stringMatching(/^\{\{ \$processEnvironment\.PERFFLOW_SECRET_\d \}\}$/) });
  });

  test.each([
    ['/token', '$.token'], ['', '$'], ['/data/0/id', '$.data[0].id'], ['/a~1b/c~0d', "$['a/b']['c~d']"], ['/weird key', "$['weird key']"],
  ])('the JSON pointer %s is the JSONPath %s', (pointer, path) => {
    expect(jsonPathOf(pointer)).toBe(path);
  });

  test('what Artillery cannot send is refused in one line naming the step', () => {
    const vu = http('      url: http://127.0.0.1:8080\n      engine: artillery\n      rate: 5\n      flow:\n        - { name: a, path: "/u/{{vu}}" }\n');
    expect(inputError(() => artilleryScript(vu, { url: 'http://127.0.0.1:8080', rate: 5, durationMs: 1000, connections: 1 })).message).toMatch(/step 'a': \{\{vu\}\} has no counterpart in Artillery/);
    const cookie = http('      url: http://127.0.0.1:8080\n      engine: artillery\n      rate: 5\n      flow:\n        - { name: a, path: /login, capture: { sid: { cookie: sid } } }\n        - { name: b, path: "/me?s={{sid}}" }\n');
    expect(inputError(() => artilleryScript(cookie, { url: 'http://127.0.0.1:8080', rate: 5, durationMs: 1000, connections: 1 })).message).toMatch(/cannot capture the cookie 'sid'/);
  });

  test('a missing Artillery is one line with the install command, exit code 2', () => {
    const error = inputError(() => resolveArtillery([mkdtempSync(join(tmpdir(), 'perfflow-noart-'))]));
    expect(error.code).toBe('missing-engine');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(INSTALL_HINT);
    expect(error.message).toMatch(/PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --save-dev artillery$/);
    expect(resolveArtillery([ROOT]).version).toMatch(/^2\./);
  });
});

describe('reading Artillery\'s JSON report', () => {
  const report = {
    aggregate: {
      counters: {
        'http.requests': 1003, 'http.responses': 1000, 'http.codes.200': 990, 'http.codes.503': 10, 'errors.ETIMEDOUT': 3, 'http.downloaded_bytes': 50_000,
        'vusers.created': 1003, 'vusers.completed': 1000, 'vusers.failed': 3, 'vusers.created_by_name.flow': 1003,
        'plugins.metrics-by-endpoint.flow.a.codes.200': 1000, 'plugins.metrics-by-endpoint.flow.a.errors.ETIMEDOUT': 3,
      },
      summaries: {
        'vusers.session_length': { min: 1.2, max: 80.5, mean: 3.4, p50: 2.9, p90: 5.1, p99: 12.7, p999: 60.2 },
        'plugins.metrics-by-endpoint.response_time.flow.a': { min: 1, max: 80, mean: 3, p50: 3, p90: 5, p99: 13, p999: 60 },
      },
    },
  };

  test('counts, statuses, errors and session-length percentiles in µs, nothing invented', () => {
    const a = reportAggregate(report);
    const f = requestFigures(a);
    expect(f).toMatchObject({ requests: 1003, responses: 1000, errors: 3, errorKinds: { ETIMEDOUT: 3 }, statusCodes: { '200': 990, '503': 10 }, non2xx: 10, bytesRead: 50_000 });
    expect(f.latencyUs).toEqual({ p50: 2900, p90: 5100, p99: 12_700, p999: 60_200, max: 80_500, min: 1200, mean: 3400 });
    expect('stddev' in f.latencyUs).toBe(false);
  });

  test('a flow: iterations from virtual users, think time taken out, steps from metrics-by-endpoint', () => {
    const { top, flow } = flowFigures(reportAggregate(report), [{ name: 'flow', weight: 1, thinkMs: 1.5, steps: [{ name: 'flow.a', method: 'GET', url: '/a' }] }]);
    expect(top).toMatchObject({ requests: 1003, responses: 1000, errors: 3 });
    expect(top.latencyUs.p50).toBe(1400);
    expect(flow.flows).toEqual([{ name: 'flow', weight: 1, started: 1003, completed: 1000, failed: 3 }]);
    expect(flow.steps[0]).toMatchObject({ name: 'a', requests: 1003, responses: 1000, errors: 3, status_codes: { '200': 1000 }, latency_us: { p50: 3000, p99: 13_000 } });
  });

  test('a file without an aggregate is refused', () => {
    expect(inputError(() => reportAggregate({ intermediate: [] })).message).toMatch(/no aggregate section/);
  });
});
