import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineClaudeEnv, parseResult, runClaude } from './helpers/claude-mock/claude.js';
import { toolExchanges } from './helpers/claude-mock/conversation.js';
import { startClaudeMock } from './helpers/claude-mock/server.js';
import { ROOT, bashCalls, exampleProject, expectPublished, expectWorkingPlugin, runPerformance, tempDir } from './helpers/claude-mock/scenario.js';

/**
 * The newest Claude Code on the registry when this was written (the project pins 2.1.197 in
 * devDependencies, and the other plugin tests run that one). Installed at test time beside the
 * project's own, so both binaries exist side by side.
 */
const LATEST = '2.1.332';
const PREFIX = join(ROOT, 'node_modules', '.cache', `perfflow-claude-code-${LATEST}`);
const LATEST_BIN = join(PREFIX, 'node_modules', '.bin', 'claude');

describe(`the plugin in the newest Claude Code (${LATEST})`, () => {
  let home = '';
  beforeAll(() => {
    if (!existsSync(LATEST_BIN)) {
      mkdirSync(PREFIX, { recursive: true });
      writeFileSync(join(PREFIX, 'package.json'), '{ "name": "claude-code-latest", "private": true }\n');
      execFileSync('npm', ['install', '--prefix', PREFIX, '--no-save', '--no-audit', '--no-fund', '--prefer-offline', `@anthropic-ai/claude-code@${LATEST}`], { stdio: 'ignore', timeout: 170_000 });
    }
    expect(execFileSync(LATEST_BIN, ['--version'], { encoding: 'utf8' })).toContain(LATEST);
    home = tempDir('perfflow-claude-latest-home-');
  }, 180_000);

  test.each([
    ['the marketplace manifest', '.'],
    ['the plugin manifest with its skills, agents, commands and hooks', '.claude-plugin/plugin.json'],
  ])('claude plugin validate --strict passes for %s', (_what, path) => {
    const run = spawnSync(LATEST_BIN, ['plugin', 'validate', path, '--strict'], { cwd: ROOT, encoding: 'utf8', env: offlineClaudeEnv(tempDir('perfflow-validate-home-'), 'http://127.0.0.1:9') });
    const out = `${run.stdout}${run.stderr}`;
    expect(out).toContain('Validation passed');
    expect(out).not.toMatch(/warning|error/i);
    expect(run.status).toBe(0);
  });

  test('the hook stops a model that approves, overrides or edits a run record on its own; the run keeps waiting for a person', async () => {
    const project = exampleProject();
    let runId = '';
    const mock = await startClaudeMock((request) => {
      if (!(request.tools ?? []).some((t) => t.name === 'Bash')) return { blocks: [{ type: 'text', text: 'ok' }] };
      const done = toolExchanges(request);
      runId ||= /^Started run (\S+)/m.exec(done[0]?.result ?? '')?.[1] ?? '';
      const runFile = join(project, '.claude', 'context', 'runs', runId, 'run.json');
      const steps = [
        { name: 'Bash', input: { command: "perfflow init --target 'api/users'", description: 'start' } },
        { name: 'Bash', input: { command: `perfflow approve baseline --run ${runId}`, description: 'approve' } },
        { name: 'Bash', input: { command: `perfflow override baseline --reason 'measured elsewhere, trust me' --run ${runId}`, description: 'override' } },
        { name: 'Read', input: { file_path: runFile } },
        { name: 'Edit', input: { file_path: runFile, old_string: '"granted": {}', new_string: '"granted": { "baseline": {} }' } },
        { name: 'Bash', input: { command: `perfflow next --json --run ${runId}`, description: 'next' } },
      ];
      const step = steps[done.length];
      return step === undefined ? { blocks: [{ type: 'text', text: 'Stopping: the run waits for a person.' }] } : { blocks: [{ type: 'tool_use', ...step }] };
    });
    try {
      const run = await runClaude(['-p', '/performance --target api/users', '--output-format', 'json', '--plugin-dir', ROOT], { cwd: project, env: offlineClaudeEnv(home, mock.url), timeoutMs: 90_000, bin: LATEST_BIN });
      const result = parseResult(run);
      expect(mock.errors).toEqual([]);
      expect(result.permission_denials.map((d) => `${d.tool_name} ${String(d.tool_input.command ?? d.tool_input.file_path)}`)).toEqual([
        expect.stringMatching(/^Bash perfflow approve baseline /),
        expect.stringMatching(/^Bash perfflow override baseline /),
        expect.stringMatching(/^Edit .*run\.json$/),
      ]);
      const next = bashCalls(mock.requests).find((c) => c.command.startsWith('perfflow next'));
      expect(next?.result).toMatch(/"kind": "approval"/);
      const state = JSON.parse(readFileSync(join(project, '.claude', 'context', 'runs', runId, 'run.json'), 'utf8')) as { approvals: unknown; steps: { baseline: { status: string } } };
      expect(state.approvals).toMatchObject({ required: true, granted: {} });
      expect(state.steps.baseline.status).toBe('pending');
    } finally {
      await mock.close();
    }
  }, 120_000);

  test('/performance --target api/users runs the whole workflow headless (PERFFLOW_NO_CONFIRM=1): the weak plan goes back, the run publishes', async () => {
    // A 30 s validation (the default is 60): the effect is about 12x, five blocks decide it.
    const s = await runPerformance(home, ['--plugin-dir', ROOT], { acceptEdits: true, noConfirm: true, weakFirstPlan: true, validateArgs: ['--budget', '30'], timeoutMs: 300_000, claudeBin: LATEST_BIN });
    expectWorkingPlugin(s, ROOT);
    expectPublished(s, ROOT);
    const rates = bashCalls(s.requests).filter((c) => c.command.startsWith('perfflow rate'));
    expect(rates.map((c) => c.result.startsWith('Exit code 1'))).toEqual([true, false]);
    const [runDir] = readdirSync(join(s.project, '.claude', 'context', 'runs'));
    const run = JSON.parse(readFileSync(join(s.project, '.claude', 'context', 'runs', runDir ?? '', 'run.json'), 'utf8')) as { approvals: { required: boolean; reason: string } };
    expect(run.approvals).toMatchObject({ required: false, reason: expect.stringMatching(/PERFFLOW_NO_CONFIRM=1/) as unknown });
  }, 330_000);
});
