import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { guardToolCall, parseShellLine } from '../lib/security/tool-guard.js';
import type { GuardContext } from '../lib/security/tool-guard.js';
import { readRun } from '../lib/state/run-store.js';
import { initRun, overrideGate, submitStep } from '../lib/workflow/engine.js';
import { PERFFLOW_BIN, perfflow, treeHash } from './helpers/cli.js';
import { STEPS_BEFORE_VALIDATION } from './helpers/compare-fixtures.js';
import { tempRepo } from './helpers/temp-repo.js';
import { writeFileSync } from 'node:fs';
import { comparisonJson } from './helpers/published-run.js';

const ROOT = '/work/project';
const noRollback: GuardContext = { projectRoot: ROOT, pendingRollback: () => null };
const rollbackPending: GuardContext = { projectRoot: ROOT, pendingRollback: () => 'implementation' };

function bash(command: string, context: GuardContext = noRollback): string | null {
  return guardToolCall({ tool_name: 'Bash', tool_input: { command }, cwd: ROOT }, context)?.decision ?? null;
}

describe('the PreToolUse guard: what only a person may do', () => {
  test.each([
    ["perfflow override validation --reason 'p99 is fine'", 'ask'],
    ["perfflow override validation --reason 'x' --run r1", 'ask'],
    ['perfflow approve implementation --run r1', 'ask'],
    ["npx perfflow override validation --reason 'x'", 'ask'],
    ["node /plugin/dist/cli/bin.js override validation --reason 'x'", 'ask'],
    ["perfflow status --json && perfflow override validation --reason 'x'", 'ask'],
    ["bash -c 'perfflow override validation --reason x'", 'ask'],
    ['sh -c "cd /work/project; perfflow approve baseline"', 'ask'],
    ['echo $(perfflow override validation --reason x)', 'ask'],
    ['perfflow init --target api/users --no-confirm', 'ask'],
    ['PERFFLOW_NO_CONFIRM=1 perfflow init --target api/users', 'ask'],
    ['env -u CLAUDECODE perfflow init --target api/users', 'ask'],
    ['perfflow rollback --to implementation --run r1', 'ask'],
    ['echo \'{"decision":"passed"}\' > .claude/context/runs/r1/gates/validation.json', 'ask'],
    ['sed -i s/failed/passed/ .claude/context/runs/r1/run.json', 'ask'],
    ['git update-ref refs/perfflow/r1/harness HEAD', 'ask'],
    ['rm -rf .claude/context', 'ask'],
  ])('%s → %s', (command, decision) => {
    expect(bash(command)).toBe(decision);
  });

  test.each([
    'perfflow next --json --run r1',
    'perfflow init --target api/users',
    'perfflow submit implementation --run r1',
    "perfflow rate '/work/project/.claude/context/runs/r1/plan-r1.json' --plan-id p1 --run r1",
    // A plan that mentions the commands a person may use is text, not a call.
    `perfflow write '.claude/context/runs/r1/plan-r1.md' --content '# Plan\nRollback: perfflow rollback --to implementation; a person may run perfflow override validation --reason "..."; (perfflow approve)'`,
    'npm test',
    'git status --porcelain',
  ])('%s → Claude Code decides as usual', (command) => {
    expect(bash(command)).toBeNull();
  });

  test('the rollback a failed gate calls for is allowed without asking; any other rollback, or one chained with more, is asked for', () => {
    expect(bash('perfflow rollback --to implementation --run r1', rollbackPending)).toBe('allow');
    expect(bash('perfflow rollback --to baseline --run r1', rollbackPending)).toBe('ask');
    expect(bash('perfflow rollback --run r1', rollbackPending)).toBe('ask');
    expect(bash('perfflow rollback --to implementation --run r1 && git checkout .', rollbackPending)).toBe('ask');
  });

  test.each([
    ['Edit', { file_path: `${ROOT}/.claude/context/runs/r1/performance-comparison.json`, old_string: 'fail', new_string: 'pass' }, 'ask'],
    ['Write', { file_path: '.claude/context/runs/r1/gates/validation.json', content: '{}' }, 'ask'],
    ['MultiEdit', { file_path: `${ROOT}/.claude/context/feed/feed.json`, edits: [] }, 'ask'],
    ['NotebookEdit', { notebook_path: `${ROOT}/.claude/context/runs/r1/x.ipynb` }, 'ask'],
    ['Edit', { file_path: `${ROOT}/src/users.js`, old_string: 'a', new_string: 'b' }, null],
    ['Write', { file_path: `${ROOT}/perfflow.config.yaml`, content: 'targets: {}' }, null],
    ['Read', { file_path: `${ROOT}/.claude/context/runs/r1/run.json` }, null],
  ])('%s %j → %s', (tool, input, decision) => {
    expect(guardToolCall({ tool_name: tool, tool_input: input, cwd: ROOT }, noRollback)?.decision ?? null).toBe(decision);
  });

  test('the shell reader keeps quoted text whole and marks what it cannot see through', () => {
    expect(parseShellLine(`perfflow write 'a b' --content "it's; fine"`)).toEqual({ commands: [['perfflow', 'write', 'a b', '--content', "it's; fine"]], opaque: false });
    expect(parseShellLine('a && b | c; d').commands).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(parseShellLine('cat x > y').opaque).toBe(true);
    expect(parseShellLine("echo 'unterminated").opaque).toBe(true);
  });
});

function hook(cwd: string, input: unknown): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(PERFFLOW_BIN, ['hook', 'pre-tool-use'], { cwd, input: typeof input === 'string' ? input : JSON.stringify(input), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('perfflow hook pre-tool-use, as Claude Code runs it', () => {
  test('answers in the PreToolUse JSON shape, reads the pending rollback from the run, and blocks (exit 2) on input it cannot read', async () => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const asked = hook(root, { session_id: 's', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: "perfflow override validation --reason 'x'" }, cwd: root });
    expect(asked.code).toBe(0);
    expect(JSON.parse(asked.stdout)).toEqual({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'ask', permissionDecisionReason: expect.stringMatching(/decision for a person/) as unknown } });
    const plain = hook(root, { tool_name: 'Bash', tool_input: { command: 'npm test' }, cwd: root });
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toEqual({});

    // A failed validation whose policy is a rollback to implementation: that rollback is allowed.
    const { handle } = await initRun({ cwd: root, target: 'api/users' });
    const rollback = { tool_name: 'Bash', tool_input: { command: `perfflow rollback --to implementation --run ${handle.runId}` }, cwd: root };
    expect(JSON.parse(hook(root, rollback).stdout)).toMatchObject({ hookSpecificOutput: { permissionDecision: 'ask' } });
    for (const id of STEPS_BEFORE_VALIDATION) await overrideGate(handle, id, `reaching validation in a test (${id})`);
    writeFileSync(join(handle.dir, 'performance-comparison.json'), comparisonJson('fail', ['p50 regressed']));
    expect((await submitStep(handle, 'validation')).record.decision).toBe('failed');
    expect(JSON.parse(hook(root, rollback).stdout)).toMatchObject({ hookSpecificOutput: { permissionDecision: 'allow' } });

    const garbage = hook(root, 'not json');
    expect(garbage.code).toBe(2);
    expect(garbage.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('approvals: a person confirms the target and approves the design in a run driven from Claude Code', () => {
  const inClaude = { CLAUDECODE: '1' };

  test('a run started in a Claude Code session waits for a person before baseline; submit is refused until then, and the approval records the channel', () => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const init = perfflow(root, ['init', '--target', 'api/users', '--json'], inClaude);
    expect(init.code).toBe(0);
    const { run_id: runId, run_dir: runDir } = JSON.parse(init.stdout) as { run_id: string; run_dir: string };
    expect(readRun(runDir).approvals).toMatchObject({ required: true, granted: {} });
    const next = JSON.parse(perfflow(root, ['next', '--json'], inClaude).stdout) as { step: { kind: string; id: string; agent: string; commands: string[] } };
    expect(next.step).toMatchObject({ kind: 'approval', id: 'baseline', agent: 'orchestrator', commands: [`perfflow approve baseline --run ${runId}`] });

    const before = treeHash(runDir);
    const submit = perfflow(root, ['submit', 'baseline'], inClaude);
    expect(submit.code).toBe(1);
    expect(submit.stderr).toMatch(/'baseline' waits for a person to approve the target, the metric that decides/);
    expect(treeHash(runDir)).toBe(before);
    // Approving another step than the current one is refused.
    expect(perfflow(root, ['approve', 'implementation'], inClaude).code).toBe(1);

    const approved = perfflow(root, ['approve', 'baseline', '--note', 'yes, p50 at 8 connections'], { ...inClaude, GIT_AUTHOR_NAME: 'x' });
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(/in a Claude Code session, confirmed at its permission prompt/);
    expect(readRun(runDir).approvals?.granted.baseline).toMatchObject({ via: 'claude-code', note: 'yes, p50 at 8 connections' });
    const after = JSON.parse(perfflow(root, ['next', '--json'], inClaude).stdout) as { step: { kind: string; id: string; agent: string } };
    expect(after.step).toMatchObject({ kind: 'step', id: 'baseline', agent: 'performance-engineer' });
  });

  test.each([
    ['from a terminal', [], {}, /started from a terminal/],
    ['in Claude Code with --no-confirm', ['--no-confirm'], inClaude, /perfflow init --no-confirm/],
    ['in Claude Code with PERFFLOW_NO_CONFIRM=1', [], { ...inClaude, PERFFLOW_NO_CONFIRM: '1' }, /PERFFLOW_NO_CONFIRM=1/],
  ])('a run started %s does not wait, and says why', (_how, flags, env, reason) => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const init = perfflow(root, ['init', '--target', 'api/users', '--json', ...flags], env);
    const { run_dir: runDir } = JSON.parse(init.stdout) as { run_dir: string };
    expect(readRun(runDir).approvals).toMatchObject({ required: false, reason: expect.stringMatching(reason) as unknown });
    const next = JSON.parse(perfflow(root, ['next', '--json'], env).stdout) as { step: { kind: string; id: string } };
    expect(next.step).toMatchObject({ kind: 'step', id: 'baseline' });
  });

  test('an override typed in a Claude Code session is recorded as such', async () => {
    const root = tempRepo({ 'server.js': 'x\n' });
    const { handle } = await initRun({ cwd: root, target: 'api/users' });
    const result = perfflow(root, ['override', 'baseline', '--reason', 'measured by hand on the staging box', '--json'], { CLAUDECODE: '1' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ gate: { decision: 'overridden', override: { via: 'claude-code' } } });
    expect(readRun(handle.dir).steps.baseline?.status).toBe('overridden');
  });
});
