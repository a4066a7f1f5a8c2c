import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { outsideClaudeCode } from './helpers/cli.js';
import { SLEEP_CONFIG, sleeps } from './helpers/ci-fixtures.js';
import { git, tempRepo, writeFile } from './helpers/temp-repo.js';

const ACTION_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ACTION_ROOT, 'action.yml'), 'utf8')) as Action;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * Evaluates the few expressions the action uses, as the runner would: `inputs.<name>` (given or the
 * input's default) and `github.action_path`. Anything else fails the test.
 */
function evaluate(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    if (expr === 'github.action_path') return ACTION_ROOT;
    const input = /^inputs\.([\w-]+)$/.exec(expr)?.[1];
    if (input === undefined) throw new Error(`the test does not evaluate \${{ ${expr} }}`);
    const value = inputs[input] ?? action.inputs[input]?.default;
    if (value === undefined) throw new Error(`unknown input ${input}`);
    return evaluate(value, inputs);
  });
}

describe('the composite action', () => {
  test('sets up Node 20 or newer and passes inputs to its scripts only through the environment', () => {
    expect(action.runs.using).toBe('composite');
    const setup = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@') === true);
    expect(Number(evaluate(setup?.with?.['node-version'] ?? '', {}))).toBeGreaterThanOrEqual(20);
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toMatch(/\$\{\{/);
    }
  });

  test("runs its steps as a shell script on a pull request: the gate fails on the planted regression and writes the summary, BMF and outputs", () => {
    const root = tempRepo({ 'perfflow.config.yaml': SLEEP_CONFIG, 'api.sh': sleeps(0.1), 'build.sh': sleeps(0.1) });
    made.push(root);
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFile(root, 'build.sh', sleeps(0.3));
    git(root, '-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-q', '-am', 'slower build');
    const githubOutput = join(root, 'github-output');
    const stepSummary = join(root, 'step-summary.md');
    writeFileSync(githubOutput, '');
    const inputs = { targets: 'build', budget: '1', 'min-blocks': '10', threshold: '5%', accept: 'bug,enhancement' };
    const codes: number[] = [];
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, inputs)]));
      const cwd = resolve(root, evaluate(step['working-directory'] ?? '.', inputs));
      // GitHub runs `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`.
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], { cwd, encoding: 'utf8', env: { ...outsideClaudeCode(), ...env, GITHUB_OUTPUT: githubOutput, GITHUB_STEP_SUMMARY: stepSummary }, timeout: 120_000 });
      codes.push(result.status ?? -1);
      if (step.id === 'gate') expect(result.stdout).toMatch(/build: fail/);
    }
    expect(codes).toEqual([0, 0, 1]);
    expect(readFileSync(githubOutput, 'utf8')).toBe('exit-code=1\nsummary-file=perfflow-summary.md\nbmf-file=perfflow-bmf.json\n');
    expect(readFileSync(join(root, 'perfflow-summary.md'), 'utf8')).toMatch(/^### ❌ perfflow: fail — regression or behaviour change in `build`/);
    expect(readFileSync(stepSummary, 'utf8')).toMatch(/\| build \| wall_time \|.*❌ regressed \|/);
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'perfflow-bmf.json'), 'utf8')) as object)).toEqual(['build']);
  });
});
