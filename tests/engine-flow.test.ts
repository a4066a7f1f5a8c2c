import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { initRun, nextStep, submitStep, failStep, overrideGate, rollbackRun, resumeRun, conditionHolds } from '../lib/workflow/engine.js';
import type { EngineOptions } from '../lib/workflow/engine.js';
import { readRun } from '../lib/state/run-store.js';
import { readCheckpoint, readGate, readRecovery } from '../lib/state/run-files.js';
import { GateError, InputError } from '../lib/errors.js';
import { tempRepo, writeFile, git } from './helpers/temp-repo.js';
import { MINI_FLOW, manifest } from './helpers/mini-flow.js';
import { comparisonJson } from './helpers/published-run.js';

function project(): string {
  return tempRepo({
    '.claude/workflows/performance-flow.yaml': MINI_FLOW,
    'perfflow.config.yaml': 'targets:\n  app:\n    command:\n      run: node app.js\n',
    'app.js': 'console.log(1)\n',
    'lib/users.js': 'export const users = [];\n',
    '.gitignore': 'node_modules/\n',
  });
}

function clock(start = Date.parse('2026-11-24T10:00:00Z')): EngineOptions & { advance: (ms: number) => void; slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => new Date(t),
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
    advance: (ms) => void (t += ms),
    slept,
    user: 'Test User',
  };
}

describe('the step machine', () => {
  test('runs every step in the yaml order, refusing out-of-order submits and recording every gate', async () => {
    const root = project();
    const time = clock();
    const { handle } = await initRun({ cwd: root, target: 'app' }, time);
    expect((await nextStep(handle, time)).step?.id).toBe('notes');

    await expect(submitStep(handle, 'validation', time)).rejects.toThrow(GateError);
    await expect(submitStep(handle, 'validation', time)).rejects.toThrow(/the gate of 'notes' has not passed yet/);
    await expect(submitStep(handle, 'no-such-step', time)).rejects.toThrow(InputError);

    const missing = await submitStep(handle, 'notes', time);
    expect(missing.record.decision).toBe('failed');
    expect(missing.record.reasons.join()).toContain('notes.md');
    expect(readGate(handle.dir, 'notes')?.decision).toBe('failed');
    expect(readRecovery(handle.dir)).toMatchObject({ step: 'notes', next_action: 'retry', next_agent: 'performance-engineer' });
    expect(readFileSync(join(handle.dir, 'errors.log'), 'utf8')).toMatch(/notes attempt=1 gate-failed: outputs-exist/);

    writeFileSync(join(handle.dir, 'notes.md'), '# notes\n');
    expect((await submitStep(handle, 'notes', time)).record.decision).toBe('passed');
    expect(readCheckpoint(handle.dir)).toMatchObject({ step: 'notes', next_step: 'implementation', completed_steps: ['notes'] });
    expect((await nextStep(handle, time)).step).toMatchObject({ id: 'implementation', agent: 'developer' });

    writeFileSync(join(handle.dir, 'dev-manifest.json'), manifest('lib/users.js'));
    const unchanged = await submitStep(handle, 'implementation', time);
    expect(unchanged.record.decision).toBe('failed');
    expect(unchanged.record.reasons.join()).toContain('lib/users.js is not changed since the run started');

    writeFile(root, 'lib/users.js', 'export const users = new Map();\n');
    expect((await submitStep(handle, 'implementation', time)).record.decision).toBe('passed');

    writeFileSync(join(handle.dir, 'performance-comparison.json'), comparisonJson('pass'));
    const validation = await submitStep(handle, 'validation', time);
    expect(validation.record.variables).toEqual({ validation_status: 'pass' });
    expect(await conditionHolds(handle, 'publish')).toMatchObject({ holds: true, overridden: false });

    mkdirSync(join(root, '.claude/context/feed'), { recursive: true });
    writeFileSync(join(root, '.claude/context/feed/feed.json'), JSON.stringify({ items: [{ id: handle.runId }] }));
    expect((await submitStep(handle, 'publish', time)).record.decision).toBe('passed');
    expect(readRun(handle.dir).status).toBe('completed');
    expect((await nextStep(handle, time)).done).toBe(true);
    for (const step of ['notes', 'implementation', 'validation', 'publish']) expect(existsSync(join(handle.dir, 'gates', `${step}.json`))).toBe(true);
  });

  test('a submit of a step that already passed is idempotent', async () => {
    const root = project();
    const { handle } = await initRun({ cwd: root, target: 'app' });
    writeFileSync(join(handle.dir, 'notes.md'), 'x');
    const first = await submitStep(handle, 'notes');
    const again = await submitStep(handle, 'notes');
    expect(again.alreadyPassed).toBe(true);
    expect(again.record).toEqual(first.record);
  });
});

describe('retry, fallback and escalation', () => {
  test('transient failures back off 1 s and 2 s, then the fallback agent takes over, then a person', async () => {
    const root = project();
    const time = clock();
    const { handle } = await initRun({ cwd: root, target: 'app' }, time);

    const r1 = await failStep(handle, 'notes', 'subagent timed out after 600 s', time);
    expect(r1).toMatchObject({ next_action: 'retry', next_agent: 'performance-engineer', attempt: 1 });
    expect(Date.parse(r1.retry_not_before ?? '') - Date.parse('2026-11-24T10:00:00Z')).toBe(1000);
    const n1 = await nextStep(handle, time);
    expect(time.slept).toEqual([1000]);
    expect(n1.step).toMatchObject({ agent: 'performance-engineer', attempt: 2 });

    const r2 = await failStep(handle, 'notes', 'API Error: 529 overloaded', time);
    expect(Date.parse(r2.retry_not_before ?? '') - Date.parse('2026-11-24T10:00:01Z')).toBe(2000);
    await nextStep(handle, time);
    expect(time.slept).toEqual([1000, 2000]);

    const r3 = await failStep(handle, 'notes', 'connection reset (ECONNRESET)', time);
    expect(r3).toMatchObject({ next_action: 'fallback', next_agent: 'developer' });
    expect((await nextStep(handle, time)).step).toMatchObject({ agent: 'developer', using_fallback: true, attempt: 1 });

    await failStep(handle, 'notes', 'request timed out', time);
    await nextStep(handle, time);
    await failStep(handle, 'notes', 'request timed out', time);
    await nextStep(handle, time);
    const last = await failStep(handle, 'notes', 'request timed out', time);
    expect(last.next_action).toBe('escalate');
    expect(last.options.join('\n')).toMatch(/perfflow override notes/);
    expect(readRun(handle.dir).status).toBe('needs-human');
    const next = await nextStep(handle, time);
    expect(next.run_status).toBe('needs-human');
    await expect(submitStep(handle, 'notes', time)).rejects.toThrow(/needs a person/);
    expect(readFileSync(join(handle.dir, 'errors.log'), 'utf8').trim().split('\n')).toHaveLength(6);
  });

  test('a permanent error goes straight to the fallback agent, and a second one to a person', async () => {
    const root = project();
    const { handle } = await initRun({ cwd: root, target: 'app' });
    expect(await failStep(handle, 'notes', 'TypeError: cannot read properties of undefined')).toMatchObject({ next_action: 'fallback', next_agent: 'developer' });
    expect(await failStep(handle, 'notes', 'file not found: notes template')).toMatchObject({ next_action: 'escalate', next_agent: null });
  });
});

describe('manual override', () => {
  test('records who, when, why and the risks, is shown downstream, and opens the publish condition', async () => {
    const root = project();
    const time = clock();
    const { handle } = await initRun({ cwd: root, target: 'app' }, time);
    writeFileSync(join(handle.dir, 'notes.md'), 'x');
    await submitStep(handle, 'notes', time);
    writeFile(root, 'lib/users.js', 'changed\n');
    writeFileSync(join(handle.dir, 'dev-manifest.json'), manifest('lib/users.js'));
    await submitStep(handle, 'implementation', time);
    writeFileSync(join(handle.dir, 'performance-comparison.json'), comparisonJson('fail', ['p99 regressed 4%']));
    const failed = await submitStep(handle, 'validation', time);
    expect(failed.record.decision).toBe('failed');
    expect(failed.recovery).toMatchObject({ next_action: 'rollback', return_to_step: 'implementation' });
    expect(await conditionHolds(handle, 'publish')).toMatchObject({ holds: false, overridden: false });

    await expect(overrideGate(handle, 'validation', 'short', time)).rejects.toThrow(/--reason must document the risks/);
    const record = await overrideGate(handle, 'validation', 'p99 regressed 4%; accepted for the 30% throughput gain', time);
    expect(record.decision).toBe('overridden');
    expect(record.override).toMatchObject({ by: 'Test User', reason: 'p99 regressed 4%; accepted for the 30% throughput gain', previous_decision: 'failed', at: '2026-11-24T10:00:00.000Z' });
    expect(record.checks.find((c) => c.name === 'validation-passed')?.passed).toBe(false);
    expect(readRun(handle.dir).steps.validation?.status).toBe('overridden');
    const condition = await conditionHolds(handle, 'publish');
    expect(condition).toMatchObject({ holds: false, overridden: true });
    expect(readRecovery(handle.dir)?.next_action).toBe('none');
    expect(readCheckpoint(handle.dir)?.overridden_steps).toEqual(['validation']);
    mkdirSync(join(root, '.claude/context/feed'), { recursive: true });
    writeFileSync(join(root, '.claude/context/feed/feed.json'), JSON.stringify({ items: [{ id: handle.runId }] }));
    const publish = await submitStep(handle, 'publish', time);
    expect(publish.record.decision).toBe('passed');
    expect(publish.record.variables.condition_overridden).toBe(true);
    expect(publish.record.upstream_overrides).toEqual([{ step: 'validation', by: 'Test User', reason: 'p99 regressed 4%; accepted for the 30% throughput gain' }]);
  });
});

describe('an override opens only the conditions it supplies', () => {
  test('overriding an unrelated gate does not open the publish condition on the validation status', async () => {
    const root = project();
    const { handle } = await initRun({ cwd: root, target: 'app' });
    await overrideGate(handle, 'notes', 'no notes needed for this experiment');
    writeFile(root, 'lib/users.js', 'changed\n');
    writeFileSync(join(handle.dir, 'dev-manifest.json'), manifest('lib/users.js'));
    await submitStep(handle, 'implementation');
    writeFileSync(join(handle.dir, 'performance-comparison.json'), comparisonJson('inconclusive'));
    await submitStep(handle, 'validation');
    expect(await conditionHolds(handle, 'publish')).toMatchObject({ holds: false, overridden: false });
  });
});

describe('rollback loses nothing', () => {
  test("restores the optimization's files while a pre-existing uncommitted change survives byte for byte", async () => {
    const root = project();
    // The user's own work before the run: an uncommitted edit (with odd bytes) and an untracked file.
    const userEdit = Buffer.from('export const users = [];\n// my WIP \u00e9\r\n\u0000tail', 'utf8');
    writeFileSync(join(root, 'app.js'), userEdit);
    writeFile(root, 'notes/todo.txt', 'untracked user file\n');
    const time = clock();
    const { handle } = await initRun({ cwd: root, target: 'app' }, time);
    writeFileSync(join(handle.dir, 'notes.md'), 'x');
    await submitStep(handle, 'notes', time);

    // The optimization: edits a tracked file, adds a new one.
    writeFile(root, 'lib/users.js', 'export const users = new Map(); // optimized\n');
    writeFile(root, 'lib/cache.js', 'export const cache = new Map();\n');
    writeFileSync(join(handle.dir, 'dev-manifest.json'), manifest('lib/users.js', 'lib/cache.js'));
    await submitStep(handle, 'implementation', time);
    writeFileSync(join(handle.dir, 'performance-comparison.json'), comparisonJson('fail'));
    await submitStep(handle, 'validation', time);

    const next = await nextStep(handle, time);
    expect(next.step).toMatchObject({ kind: 'rollback', id: 'validation', agent: 'orchestrator', commands: [`perfflow rollback --to implementation --run ${handle.runId}`] });
    const result = await rollbackRun(handle, undefined, time);
    expect(result.to_step).toBe('implementation');
    expect(result.restored_files.sort()).toEqual(['lib/cache.js', 'lib/users.js']);
    expect(readFileSync(join(root, 'lib/users.js'), 'utf8')).toBe('export const users = [];\n');
    expect(existsSync(join(root, 'lib/cache.js'))).toBe(false);
    expect(readFileSync(join(root, 'app.js')).equals(userEdit)).toBe(true);
    expect(readFileSync(join(root, 'notes/todo.txt'), 'utf8')).toBe('untracked user file\n');
    // The optimization itself is kept under a ref, and the reset steps' artifacts are archived.
    expect(git(root, 'show', `${result.saved_ref ?? ''}:lib/cache.js`)).toBe('export const cache = new Map();\n');
    expect(existsSync(join(result.archived_to, 'dev-manifest.json'))).toBe(true);
    expect(existsSync(join(result.archived_to, 'gates', 'validation.json'))).toBe(true);
    expect(existsSync(join(handle.dir, 'notes.md'))).toBe(true);
    expect(readRun(handle.dir).steps.implementation?.status).toBe('pending');
    expect((await nextStep(handle, time)).step).toMatchObject({ kind: 'step', id: 'implementation' });
    // The user's index was never touched.
    expect(git(root, 'status', '--porcelain', '--', 'lib')).toBe('');
  });
});

describe('a project that already ignores .claude/context/', () => {
  test('init snapshots it and rollback restores it', async () => {
    const root = tempRepo({
      '.claude/workflows/performance-flow.yaml': MINI_FLOW,
      '.gitignore': 'node_modules/\n.claude/context/\n',
      'lib/users.js': 'slow\n',
    });
    const { handle } = await initRun({ cwd: root, target: 'app' });
    writeFileSync(join(handle.dir, 'notes.md'), 'x');
    await submitStep(handle, 'notes');
    writeFile(root, 'lib/users.js', 'fast\n');
    writeFileSync(join(handle.dir, 'dev-manifest.json'), manifest('lib/users.js'));
    expect((await submitStep(handle, 'implementation')).record.decision).toBe('passed');
    const result = await rollbackRun(handle, 'implementation');
    expect(result.restored_files).toEqual(['lib/users.js']);
    expect(readFileSync(join(root, 'lib/users.js'), 'utf8')).toBe('slow\n');
    expect(existsSync(join(handle.dir, 'run.json'))).toBe(true);
  });
});

describe('resume', () => {
  test('removes leftovers of a killed write, rebuilds the checkpoint and sends back a step whose artifact changed', async () => {
    const root = project();
    const { handle } = await initRun({ cwd: root, target: 'app' });
    writeFileSync(join(handle.dir, 'notes.md'), 'x');
    await submitStep(handle, 'notes');
    writeFileSync(join(handle.dir, '.run.json.12345.deadbeef.tmp'), '{"half');
    writeFileSync(join(handle.dir, 'notes.md'), 'edited after the gate');
    const result = await resumeRun(handle);
    expect(result.repaired.join('\n')).toMatch(/removed unfinished write/);
    expect(result.repaired.join('\n')).toMatch(/step 'notes' must be submitted again/);
    expect(result.next.step?.id).toBe('notes');
  });
});
