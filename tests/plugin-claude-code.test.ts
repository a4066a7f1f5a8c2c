import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineClaudeEnv, parseResult, runClaude } from './helpers/claude-mock/claude.js';
import type { ClaudeResult } from './helpers/claude-mock/claude.js';
import { systemText, textOf, toolExchanges } from './helpers/claude-mock/conversation.js';
import { perfflowFlowModel } from './helpers/claude-mock/flow-model.js';
import type { SubagentSeen } from './helpers/claude-mock/flow-model.js';
import { editsFromPatch } from './helpers/claude-mock/patch-edits.js';
import { serveGitOverHttp } from './helpers/claude-mock/git-http.js';
import type { GitHttpServer } from './helpers/claude-mock/git-http.js';
import { startClaudeMock } from './helpers/claude-mock/server.js';
import type { MessagesRequest } from './helpers/claude-mock/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'users-api');
const AGENTS = ['architect', 'developer', 'performance-engineer', 'planner', 'qa'];
const SKILLS = ['artifact-publisher', 'performance', 'response-rater'];
/** What a clone of the plugin holds that the plugin needs (package.json `files` + lockfile). */
const PLUGIN_FILES = ['package.json', 'package-lock.json', '.claude-plugin', 'bin', 'dist', 'schemas', 'skills', 'agents', 'commands', 'rubrics', '.claude/workflows'];

function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** A temp copy of the bundled example as its own git repository with one commit. */
function exampleProject(): string {
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
interface Scenario {
  project: string;
  result: ClaudeResult;
  requests: MessagesRequest[];
  subagentsSeen: SubagentSeen[];
  errors: string[];
}

async function runPerformance(home: string, pluginArgs: string[], options: { maxTurns?: number; acceptEdits?: boolean }): Promise<Scenario> {
  const project = exampleProject();
  const patch = readFileSync(join(EXAMPLE, '.perfflow-demo', 'optimization.patch'), 'utf8');
  const { model, subagentsSeen } = perfflowFlowModel({
    target: 'api/users',
    projectRoot: project,
    agentsDir: join(ROOT, 'agents'),
    edits: editsFromPatch(patch, 'opt-1'),
    ...(options.maxTurns === undefined ? {} : { maxTurns: options.maxTurns }),
  });
  const mock = await startClaudeMock(model);
  try {
    // Code edits are the user's to accept (acceptEdits stands for a user who accepts them); every
    // perfflow call must pass without it.
    const mode = options.acceptEdits === true ? ['--permission-mode', 'acceptEdits'] : [];
    const run = await runClaude(['-p', '/performance --target api/users', '--output-format', 'json', ...mode, ...pluginArgs], {
      cwd: project,
      env: offlineClaudeEnv(home, mock.url),
      timeoutMs: 150_000,
    });
    const transcript = process.env.PERFFLOW_CLAUDE_TRANSCRIPT;
    if (transcript !== undefined) writeFileSync(transcript, JSON.stringify({ run, requests: mock.requests }, null, 1));
    return { project, result: parseResult(run), requests: mock.requests, subagentsSeen, errors: mock.errors };
  } finally {
    await mock.close();
  }
}

/** Every Bash command the scripted model ran, main thread and subagents, with its result. */
function bashCalls(requests: MessagesRequest[]): { command: string; result: string }[] {
  const seen = new Map<string, string>();
  for (const request of requests) {
    for (const e of toolExchanges(request)) {
      if (e.name === 'Bash' && typeof e.input.command === 'string' && e.result !== '') seen.set(`${e.input.command}#${e.result}`, e.input.command);
    }
  }
  return [...seen].map(([key, command]) => ({ command, result: key.slice(command.length + 1) }));
}

function expectWorkingPlugin(s: Scenario, pluginRoot: string): void {
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
  expect(s.result.permission_denials).toEqual([]);
  const calls = bashCalls(s.requests).filter((c) => c.command.startsWith('perfflow '));
  expect(calls.length).toBeGreaterThanOrEqual(3);
  for (const call of calls) expect(call.result).not.toMatch(/permission|haven't granted|not allowed|command not found/i);
}

/** The whole flow ran: every agent did its step and the run ended with a published feed item. */
function expectPublished(s: Scenario, pluginRoot: string): void {
  // ${CLAUDE_PLUGIN_ROOT} in the agents' prompts became the plugin's real directory.
  const planner = s.requests.map((r) => systemText(r)).find((t) => t.includes('You are a performance planner'));
  expect(planner).toContain(join(pluginRoot, 'schemas', 'plan.schema.json'));
  expect(existsSync(join(pluginRoot, 'schemas', 'plan.schema.json'))).toBe(true);
  expect(new Set(s.subagentsSeen.map((x) => x.agent))).toEqual(new Set(AGENTS));
  // Claude Code gave each subagent only the tools its frontmatter lists: no editing for qa,
  // planner and architect (they write run outputs through perfflow write).
  for (const { agent, tools } of s.subagentsSeen) {
    if (['qa', 'planner', 'architect'].includes(agent)) expect(tools.filter((t) => ['Edit', 'Write', 'NotebookEdit'].includes(t))).toEqual([]);
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

describe('the plugin in the real Claude Code, offline against a scripted Messages API', () => {
  let home = '';
  beforeAll(() => {
    execFileSync(join(ROOT, 'bin', 'perfflow'), ['--help'], { stdio: 'ignore' });
    // perfflow must come from the plugin's bin/, never from the test's own PATH.
    expect(spawnSync('sh', ['-c', 'command -v perfflow']).status).not.toBe(0);
    home = tempDir('perfflow-claude-home-');
  });

  test('without the skill, a perfflow call is not pre-approved (the allowed-tools of the skill are what grant it)', async () => {
    const mock = await startClaudeMock((request) => (toolExchanges(request).length === 0
      ? { blocks: [{ type: 'tool_use', name: 'Bash', input: { command: 'perfflow status --json', description: 'status' } }] }
      : { blocks: [{ type: 'text', text: 'done' }] }));
    try {
      const project = exampleProject();
      const run = await runClaude(['-p', 'where does my perfflow run stand?', '--output-format', 'json', '--plugin-dir', ROOT], { cwd: project, env: offlineClaudeEnv(home, mock.url), timeoutMs: 60_000 });
      expect(parseResult(run).permission_denials.map((d) => d.tool_input.command)).toEqual(['perfflow status --json']);
    } finally {
      await mock.close();
    }
  });

  test.each([
    ['make the users endpoint faster', 'perfflow:performance', '--target api/users', "The user's request: --target api/users", 'perfflow status --json'],
    ['rate the plan in plan.json', 'perfflow:response-rater', 'plan.json', 'The request: plan.json', "perfflow rate 'plan.json' --json"],
    ['publish the performance results', 'perfflow:artifact-publisher', '', 'The request: ', 'perfflow status --json'],
  ])('"%s" reaches %s through the Skill tool, expanded with its arguments', async (prompt, skill, args, expanded, command) => {
    const planner = readFileSync(join(ROOT, 'agents', 'planner.md'), 'utf8');
    const plan = /```json\n([\s\S]*?)\n```/.exec(planner)?.[1] ?? '';
    const mock = await startClaudeMock((request) => {
      const done = toolExchanges(request);
      // Requests that are not the main conversation (e.g. the rater's own model call) get text.
      if (!(request.tools ?? []).some((t) => t.name === 'Skill')) return { blocks: [{ type: 'text', text: 'no rating' }] };
      if (done.length === 0) return { blocks: [{ type: 'tool_use', name: 'Skill', input: { skill, args } }] };
      if (done.length === 1) return { blocks: [{ type: 'tool_use', name: 'Bash', input: { command, description: command } }] };
      return { blocks: [{ type: 'text', text: 'done' }] };
    });
    try {
      const project = exampleProject();
      writeFileSync(join(project, 'plan.json'), plan);
      const env = offlineClaudeEnv(home, mock.url);
      // A skill that pre-approves tools is itself asked for when the model invokes it (typing
      // /performance is not), and in this Claude Code its allowed-tools then do not cover the
      // calls that follow: a user who starts runs in plain words approves both once.
      const unapproved = await runClaude(['-p', prompt, '--output-format', 'json', '--plugin-dir', ROOT], { cwd: project, env, timeoutMs: 60_000 });
      expect(parseResult(unapproved).permission_denials[0]?.tool_name).toBe('Skill');
      mock.requests.length = 0;
      const run = await runClaude(['-p', prompt, '--output-format', 'json', '--plugin-dir', ROOT, '--allowedTools', `Skill(${skill})`, 'Bash(perfflow:*)'], { cwd: project, env, timeoutMs: 60_000 });
      expect(parseResult(run).permission_denials).toEqual([]);
      const last = mock.requests[mock.requests.length - 1];
      if (last === undefined) throw new Error('no request');
      const conversation = last.messages.map((m) => textOf(m.content)).join('\n');
      expect(conversation).toContain(expanded);
      const exchanges = toolExchanges(last);
      expect(exchanges.map((e) => e.name)).toEqual(['Skill', 'Bash']);
      expect(exchanges[1]?.result).not.toMatch(/haven't granted|permission/i);
      if (skill === 'perfflow:response-rater') expect(exchanges[1]?.result).toMatch(/"score"/);
    } finally {
      await mock.close();
    }
  });

  test('/performance --target api/users with --plugin-dir starts the run and hands the baseline to perfflow:performance-engineer', async () => {
    // The whole flow runs once, through the installed copy below; here the first step is enough.
    const s = await runPerformance(home, ['--plugin-dir', ROOT], { maxTurns: 6 });
    expectWorkingPlugin(s, ROOT);
    expect(s.subagentsSeen.map((x) => x.agent)).toContain('performance-engineer');
    const subagentCalls = bashCalls(s.requests.filter((r) => !(r.tools ?? []).some((t) => t.name === 'Agent')));
    expect(subagentCalls.map((c) => c.command)).toContainEqual(expect.stringMatching(/^perfflow baseline/));
  }, 120_000);
});

/** A copy of what a clone of the plugin's repository holds that the plugin needs, committed. */
function pluginCheckout(): string {
  const dir = tempDir('perfflow-plugin-checkout-');
  for (const path of PLUGIN_FILES) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=perfflow test', '-c', 'user.email=test@example.invalid', ...args], { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'perfflow');
  return dir;
}

/**
 * Runs `claude plugin ...` (no model involved), asynchronously because the git remote it may clone
 * from is served by this process. npm uses the machine's cache, so installs work offline.
 */
async function claudePlugin(home: string, ...args: string[]): Promise<string> {
  const npmCache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
  const env = { ...offlineClaudeEnv(home, 'http://127.0.0.1:9'), npm_config_cache: npmCache, npm_config_prefer_offline: 'true' };
  const run = await runClaude(['plugin', ...args], { cwd: home, env, timeoutMs: 120_000 });
  if (run.code !== 0) throw new Error(`claude plugin ${args.join(' ')} failed (exit ${String(run.code)}): ${run.stdout}${run.stderr}`);
  return run.stdout;
}

function pluginVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, '.claude-plugin', 'plugin.json'), 'utf8')) as { version: string }).version;
}

describe('the plugin installed from a git marketplace, the way users install it from GitHub', () => {
  let home = '';
  let installed = '';
  let remote: GitHttpServer | null = null;

  beforeAll(async () => {
    home = tempDir('perfflow-claude-market-home-');
    remote = await serveGitOverHttp(pluginCheckout(), tempDir('perfflow-git-remote-'), 'perfflow');
    await claudePlugin(home, 'marketplace', 'add', remote.url);
    await claudePlugin(home, 'install', 'perfflow@perfflow');
    installed = join(home, '.claude', 'plugins', 'cache', 'perfflow', 'perfflow', pluginVersion());
  }, 150_000);

  afterAll(async () => {
    await remote?.close();
  });

  test('Claude Code installed the runtime dependencies into its copy, and bin/perfflow works with no build step', () => {
    expect(existsSync(join(installed, 'node_modules', 'yaml', 'package.json'))).toBe(true);
    expect(existsSync(join(installed, 'dist', 'cli', 'bin.js'))).toBe(true);
    const help = execFileSync(join(installed, 'bin', 'perfflow'), ['--help'], { encoding: 'utf8' });
    expect(help).toContain('usage: perfflow');
  });

  test('/performance --target api/users runs the whole workflow from the installed copy and publishes a feed item', async () => {
    const s = await runPerformance(home, [], { acceptEdits: true });
    expectWorkingPlugin(s, installed);
    expectPublished(s, installed);
  }, 240_000);
});

describe('a local checkout added as a directory marketplace', () => {
  test('Claude Code loads the plugin in place from the directory, and perfflow runs from its bin/', async () => {
    const home = tempDir('perfflow-claude-dir-home-');
    const checkout = pluginCheckout();
    // A directory marketplace is used in place, so the checkout needs its runtime dependencies,
    // as after `npm ci --omit=dev` (docs/plugin.md).
    execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: checkout, stdio: 'ignore' });
    await claudePlugin(home, 'marketplace', 'add', checkout);
    await claudePlugin(home, 'install', 'perfflow@perfflow');
    const s = await runPerformance(home, [], { maxTurns: 3 });
    expectWorkingPlugin(s, checkout);
  }, 120_000);
});
