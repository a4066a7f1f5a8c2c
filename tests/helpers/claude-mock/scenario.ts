// Scenarios of the real Claude Code driving the plugin against the scripted model: a temp copy of
// the example project, one `claude -p "/performance --target api/users"`, and what to expect of it.
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineClaudeEnv, parseResult, runClaude } from './claude.js';
import type { ClaudeResult } from './claude.js';
import { systemText, textOf, toolExchanges } from './conversation.js';
import { perfflowFlowModel } from './flow-model.js';
import type { FlowScript, SubagentSeen } from './flow-model.js';
import { editsFromPatch } from './patch-edits.js';
import { startClaudeMock } from './server.js';
import type { MessagesRequest } from './server.js';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const EXAMPLE = join(ROOT, 'examples', 'users-api');
export const AGENTS = ['architect', 'developer', 'performance-engineer', 'planner', 'qa', 'rater'];
export const SKILLS = ['artifact-publisher', 'performance', 'response-rater'];
/** What a clone of the plugin holds that the plugin needs (package.json `files` + lockfile). */
export const PLUGIN_FILES = ['package.json', 'package-lock.json', '.npmrc', '.claude-plugin', 'hooks', 'bin', 'dist', 'schemas', 'skills', 'agents', 'commands', 'rubrics', '.claude/workflows'];

export function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** A temp copy of the bundled example as its own git repository with one commit. */
export function exampleProject(): string {
  const dir = tempDir('perfflow-plugin-project-');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes('node_modules') && !src.includes(join('.claude', 'context')) });
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q');
  git('-c', 'user.name=perfflow test', '-c', 'user.email=test@example.invalid', 'add', '-A');
  git('-c', 'user.name=perfflow test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'example');
  return dir;
}

/** What one `claude -p "/performance --target api/users"` did. */
export interface Scenario {
  project: string;
  result: ClaudeResult;
  requests: MessagesRequest[];
  subagentsSeen: SubagentSeen[];
  errors: string[];
}

export interface ScenarioOptions extends Pick<FlowScript, 'maxTurns' | 'weakFirstPlan' | 'validateArgs' | 'misbehaveAfterFailedValidation'> {
  acceptEdits?: boolean;
  /** The patch the developer applies (default: the recorded optimization). */
  patch?: string;
  /** The person started Claude Code for headless use: no step waits for approval. */
  noConfirm?: boolean;
  timeoutMs?: number;
  /** Another Claude Code binary than the pinned one. */
  claudeBin?: string;
  /** More environment for Claude Code (its own settings, such as BASH_DEFAULT_TIMEOUT_MS). */
  env?: Record<string, string>;
}

export async function runPerformance(home: string, pluginArgs: string[], options: ScenarioOptions): Promise<Scenario> {
  const project = exampleProject();
  const patch = readFileSync(join(EXAMPLE, '.perfflow-demo', options.patch ?? 'optimization.patch'), 'utf8');
  const { acceptEdits, patch: _patch, noConfirm, timeoutMs, claudeBin, env: extraEnv, ...flow } = options;
  const { model, subagentsSeen } = perfflowFlowModel({
    target: 'api/users',
    projectRoot: project,
    agentsDir: join(ROOT, 'agents'),
    edits: editsFromPatch(patch, 'opt-1'),
    ...flow,
  });
  const mock = await startClaudeMock(model);
  try {
    // Code edits are the user's to accept (acceptEdits stands for a user who accepts them); every
    // perfflow call must pass without it.
    const mode = acceptEdits === true ? ['--permission-mode', 'acceptEdits'] : [];
    const env = { ...offlineClaudeEnv(home, mock.url), ...(noConfirm === true ? { PERFFLOW_NO_CONFIRM: '1' } : {}), ...extraEnv };
    const run = await runClaude(['-p', '/performance --target api/users', '--output-format', 'json', ...mode, ...pluginArgs], {
      cwd: project,
      env,
      timeoutMs: timeoutMs ?? 150_000,
      ...(claudeBin === undefined ? {} : { bin: claudeBin }),
    });
    const transcript = process.env.PERFFLOW_CLAUDE_TRANSCRIPT;
    if (transcript !== undefined) writeFileSync(transcript, JSON.stringify({ run, requests: mock.requests }, null, 1));
    return { project, result: parseResult(run), requests: mock.requests, subagentsSeen, errors: mock.errors };
  } finally {
    await mock.close();
  }
}

/** Every Bash command the scripted model ran, main thread and subagents, with its result. */
export function bashCalls(requests: MessagesRequest[]): { command: string; result: string }[] {
  const seen = new Map<string, string>();
  for (const request of requests) {
    for (const e of toolExchanges(request)) {
      if (e.name === 'Bash' && typeof e.input.command === 'string' && e.result !== '') seen.set(`${e.input.command}#${e.result}`, e.input.command);
    }
  }
  return [...seen].map(([key, command]) => ({ command, result: key.slice(command.length + 1) }));
}

export function expectWorkingPlugin(s: Scenario, pluginRoot: string, expectedDenials: RegExp[] = []): void {
  expect(s.errors).toEqual([]);
  const first = s.requests.find((r) => (r.tools ?? []).some((t) => t.name === 'Agent'));
  if (first === undefined) throw new Error('Claude Code sent no main-thread request');
  const opening = textOf(first.messages[0]?.content ?? '');
  // The bare /performance resolved to the plugin's skill, expanded with the user's arguments.
  expect(opening).toContain('<command-name>/perfflow:performance</command-name>');
  expect(opening).toContain('<command-args>--target api/users</command-args>');
  expect(opening).toContain("The user's request: --target api/users");
  expect(opening).toContain(`Base directory for this skill: ${join(pluginRoot, 'skills', 'performance')}`);
  // The five agents and three skills are registered under the plugin's namespace.
  const everything = `${systemText(first)}\n${first.messages.map((m) => textOf(m.content)).join('\n')}`;
  for (const agent of AGENTS) expect(everything).toContain(`perfflow:${agent}:`);
  for (const skill of SKILLS) expect(everything).toContain(`perfflow:${skill}`);
  // The model sees the phrases that make plain requests pick the skill.
  const listing = everything.slice(everything.indexOf('- perfflow:performance:'));
  for (const phrase of ['optimize performance', 'performance tuning', 'make the dashboard faster']) expect(listing.split('\n')[0]).toContain(phrase);
  // Every perfflow call ran, from the plugin's bin/, and nothing was denied.
  expect(s.result.permission_denials.filter((d) => !expectedDenials.some((re) => re.test(JSON.stringify(d.tool_input))))).toEqual([]);
  const calls = bashCalls(s.requests).filter((c) => c.command.startsWith('perfflow '));
  expect(calls.length).toBeGreaterThanOrEqual(3);
  for (const call of calls.filter((c) => !expectedDenials.some((re) => re.test(c.command)))) expect(call.result).not.toMatch(/permission|haven't granted|not allowed|command not found/i);
}

/** The whole flow ran: every agent did its step and the run ended with a published feed item. */
export function expectPublished(s: Scenario, pluginRoot: string): void {
  // ${CLAUDE_PLUGIN_ROOT} in the agents' prompts became the plugin's real directory.
  const planner = s.requests.map((r) => systemText(r)).find((t) => t.includes('You are a performance planner'));
  expect(planner).toContain(join(pluginRoot, 'schemas', 'plan.schema.json'));
  expect(existsSync(join(pluginRoot, 'schemas', 'plan.schema.json'))).toBe(true);
  expect(new Set(s.subagentsSeen.map((x) => x.agent))).toEqual(new Set(AGENTS));
  // Claude Code gave each subagent only the tools its frontmatter lists: no editing for qa,
  // planner and architect (they write run outputs through perfflow write).
  for (const { agent, tools } of s.subagentsSeen) {
    if (['qa', 'planner', 'architect', 'rater'].includes(agent)) expect(tools.filter((t) => ['Edit', 'Write', 'NotebookEdit'].includes(t))).toEqual([]);
    expect(tools).not.toContain('Agent');
  }
  const runs = join(s.project, '.claude', 'context', 'runs');
  const feed = JSON.parse(readFileSync(join(s.project, '.claude', 'context', 'feed', 'feed.json'), 'utf8')) as { items: { id: string }[] };
  expect(feed.items).toHaveLength(1);
  // The developer's manifest lists exactly the files git sees changed.
  const [runDir] = readdirSync(runs);
  if (runDir === undefined) throw new Error('no run directory');
  const manifest = JSON.parse(readFileSync(join(runs, runDir, 'dev-manifest.json'), 'utf8')) as { changes: { file: string }[] };
  const changed = execFileSync('git', ['diff', '--name-only', 'HEAD'], { cwd: s.project, encoding: 'utf8' }).trim().split('\n').sort();
  expect(manifest.changes.map((c) => c.file).sort()).toEqual(changed);
  expect(feed.items[0]?.id).toBe(runDir);
}

