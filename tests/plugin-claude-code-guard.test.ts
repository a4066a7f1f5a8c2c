import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toolExchanges } from './helpers/claude-mock/conversation.js';
import { ROOT, bashCalls, runPerformance, tempDir } from './helpers/claude-mock/scenario.js';

// A model that tries the wrong things after a failed validation, in the real Claude Code (its own
// file so that it runs beside the other plugin scenarios).
describe('the plugin in the real Claude Code stops a model that tries to get past a failed gate', () => {
  let home = '';
  beforeAll(() => {
    home = tempDir('perfflow-claude-guard-home-');
  });

  test('a failed validation rolls back and is never measured again; fail, a second validate, override, a further rollback and a hand edit are all stopped', async () => {
    const s = await runPerformance(home, ['--plugin-dir', ROOT], {
      noConfirm: true,
      acceptEdits: true,
      patch: 'wrong-optimization.patch',
      misbehaveAfterFailedValidation: { stopAt: 'implementation' },
      // The wrong patch fails on behaviour whatever the timing: a short budget is enough.
      validateArgs: ['--budget', '10', '--min-blocks', '1'],
      timeoutMs: 400_000,
    });
    expect(s.errors).toEqual([]);
    const calls = bashCalls(s.requests);
    const result = (prefix: string): string => calls.find((c) => c.command.startsWith(prefix))?.result ?? '';
    // perfflow itself refuses a failed gate reported as an agent failure, and a second measurement.
    expect(result('perfflow fail validation')).toMatch(/^Exit code 1[\s\S]*a failed gate is not an agent failure/);
    expect(calls.filter((c) => c.command.startsWith('perfflow validate')).map((c) => c.result)).toEqual([
      expect.stringMatching(/^Exit code 1/),
      expect.stringMatching(/^Exit code 1[\s\S]*validation already failed for this code/),
    ]);
    // The hook stopped what only a person may do; -p has nobody to ask, so Claude Code denied them.
    const denied = s.result.permission_denials.map((d) => `${d.tool_name} ${String(d.tool_input.command ?? d.tool_input.file_path)}`);
    expect(denied).toEqual([
      expect.stringMatching(/^Bash perfflow override validation /),
      expect.stringMatching(/^Bash perfflow rollback --to baseline /),
      expect.stringMatching(/^Edit .*performance-comparison\.json$/),
    ]);
    const edit = s.requests.flatMap((r) => toolExchanges(r)).find((e) => e.name === 'Edit' && String(e.input.file_path).endsWith('performance-comparison.json'));
    // Claude Code's own guard of .claude/ and the plugin's hook both ask here; either way, denied.
    expect(edit?.result).toMatch(/only perfflow writes|sensitive file/);
    // The rollback the failed gate called for ran without asking, and restored the code.
    expect(result('perfflow rollback --to implementation')).not.toMatch(/^Exit code/);
    const [runDir] = readdirSync(join(s.project, '.claude', 'context', 'runs'));
    const dir = join(s.project, '.claude', 'context', 'runs', runDir ?? '');
    const run = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { rollbacks: { to_step: string }[]; steps: Record<string, { status: string }> };
    expect(run.rollbacks.map((r) => r.to_step)).toEqual(['implementation']);
    expect(run.steps.implementation?.status).toBe('pending');
    expect(execFileSync('git', ['status', '--porcelain', '--', 'src', 'server.js', 'lib'], { cwd: s.project, encoding: 'utf8' })).toBe('');
    // The comparison on record is the one validate wrote, not the edit.
    const archived = readdirSync(join(dir, 'history'), { recursive: true }).map(String).filter((f) => f.endsWith('performance-comparison.json'));
    expect(archived).toHaveLength(1);
    expect(readFileSync(join(dir, 'history', archived[0] ?? ''), 'utf8')).toMatch(/"validation_status": "fail"/);
  }, 420_000);
});
