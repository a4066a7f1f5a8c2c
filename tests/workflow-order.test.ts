import { describe, expect, test } from '@jest/globals';
import { initRun, nextStep, overrideGate, submitStep, conditionHolds } from '../lib/workflow/engine.js';
import { readRun } from '../lib/state/run-store.js';
import { readGate } from '../lib/state/run-files.js';
import { tempRepo } from './helpers/temp-repo.js';

const ORDER = [
  ['baseline', 'performance-engineer'],
  ['planning', 'planner'],
  ['plan-rating', 'rater'],
  ['analysis', 'performance-engineer'],
  ['optimization-planning', 'architect'],
  ['implementation', 'developer'],
  ['validation', 'qa'],
  ['publish', 'orchestrator'],
] as const;

describe('the plugin workflow, step by step', () => {
  test('next walks the eight steps in order; each later step is refused until the one before it is decided', async () => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const { handle } = await initRun({ cwd: root, target: 'api/users' }, { user: 'tester' });
    for (const [index, [id, agent]] of ORDER.entries()) {
      const next = await nextStep(handle);
      expect(next.step).toMatchObject({ id, agent, attempt: 1 });
      const later = ORDER[index + 1];
      if (later !== undefined) await expect(submitStep(handle, later[0])).rejects.toThrow(`the gate of '${id}' has not passed yet`);
      if (id === 'publish') expect(await conditionHolds(handle, 'publish')).toMatchObject({ holds: false, overridden: true });
      await overrideGate(handle, id, `walking the order of the flow in a test (${id})`, { user: 'tester' });
      expect(readGate(handle.dir, id)).toMatchObject({ decision: 'overridden', override: { by: 'tester' } });
    }
    expect((await nextStep(handle)).done).toBe(true);
    expect(readRun(handle.dir).status).toBe('completed');
  });

  test('the publish condition does not hold after a failed validation without an override', async () => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const { handle } = await initRun({ cwd: root, target: 'api/users' });
    for (const [id] of ORDER.slice(0, 6)) await overrideGate(handle, id, `skipping to validation in a test (${id})`);
    const result = await submitStep(handle, 'validation');
    expect(result.record.decision).toBe('failed');
    expect(result.recovery).toMatchObject({ next_action: 'rollback', return_to_step: 'implementation' });
    expect(await conditionHolds(handle, 'publish')).toMatchObject({ holds: false, overridden: false });
    await expect(submitStep(handle, 'publish')).rejects.toThrow("the gate of 'validation' has not passed yet");
  });
});
