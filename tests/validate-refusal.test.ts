import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRun, overrideGate, submitStep } from '../lib/workflow/engine.js';
import { tempRepo } from './helpers/temp-repo.js';
import { perfflow, treeHash } from './helpers/cli.js';

describe('validation is never re-run until significant', () => {
  test('after a failed validation, perfflow validate refuses until the code is rolled back', async () => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const { handle } = await initRun({ cwd: root, target: 'api/users' });
    for (const id of ['baseline', 'planning', 'plan-rating', 'analysis', 'optimization-planning', 'implementation']) {
      await overrideGate(handle, id, `reaching validation in a test (${id})`);
    }
    writeFileSync(join(handle.dir, 'performance-comparison.json'), JSON.stringify({ validation_status: 'inconclusive', status_reasons: ['p50 interval [-3%, +2%] crosses zero'] }));
    expect((await submitStep(handle, 'validation')).record.decision).toBe('failed');
    const before = treeHash(handle.dir);
    const result = perfflow(root, ['validate', '--run', handle.runId]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/validation already failed for this code .*roll back first \(perfflow rollback --to implementation/);
    expect(treeHash(handle.dir)).toBe(before);
  });
});
