import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRun, overrideGate, submitStep } from '../lib/workflow/engine.js';
import { tempRepo } from './helpers/temp-repo.js';
import { STEPS_BEFORE_VALIDATION } from './helpers/compare-fixtures.js';
import { perfflow, treeHash } from './helpers/cli.js';

describe('validation is never re-run until significant', () => {
  test('after a failed validation, perfflow validate refuses until the code is rolled back', async () => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const { handle } = await initRun({ cwd: root, target: 'api/users' });
    for (const id of STEPS_BEFORE_VALIDATION) {
      await overrideGate(handle, id, `reaching validation in a test (${id})`);
    }
    writeFileSync(join(handle.dir, 'performance-comparison.json'), JSON.stringify({ validation_status: 'inconclusive', status_reasons: ['p50 interval [-3%, +2%] crosses zero'] }));
    expect((await submitStep(handle, 'validation')).record.decision).toBe('failed');
    const before = treeHash(handle.dir);
    const result = perfflow(root, ['validate', '--run', handle.runId]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/validation already failed for this code .*roll back first \(perfflow rollback --to implementation/);
    expect(treeHash(handle.dir)).toBe(before);
    // Reporting the failed gate as an agent failure would buy a fallback agent a second
    // measurement of the same code: refused, nothing recorded.
    const failed = perfflow(root, ['fail', 'validation', '--error', 'qa says the validation failed', '--run', handle.runId]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/the validation gate already failed for this code .*a failed gate is not an agent failure: follow perfflow next \(perfflow rollback --to implementation/);
    expect(treeHash(handle.dir)).toBe(before);
  });
});

describe('a side that cannot run', () => {
  test('is a recorded failed attempt of the validation step (exit 4), and recovery names the fallback agent', async () => {
    const root = tempRepo({
      'server.js': 'process.exit(3);\n',
      'perfflow.config.yaml': 'targets:\n  api/users:\n    http:\n      start: node server.js\n      url: http://127.0.0.1:${PORT}/\n      ready_timeout: 3s\n',
    });
    const { handle } = await initRun({ cwd: root, target: 'api/users' });
    for (const id of STEPS_BEFORE_VALIDATION) {
      await overrideGate(handle, id, `reaching validation in a test (${id})`);
    }
    writeFileSync(join(root, 'server.js'), 'process.exit(4);\n');
    const result = perfflow(root, ['validate', '--run', handle.runId, '--budget', '5']);
    expect(result.code).toBe(4);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    const recovery = JSON.parse(readFileSync(join(handle.dir, 'recovery-state.json'), 'utf8')) as { step: string; next_action: string; next_agent: string; error: { message: string } };
    expect(recovery).toMatchObject({ step: 'validation', next_action: 'fallback', next_agent: 'performance-engineer' });
    expect(recovery.error.message).toMatch(/validation could not run the target/);
    expect(readFileSync(join(handle.dir, 'errors.log'), 'utf8')).toMatch(/validation attempt=1 error: validation could not run the target/);
  });
});
