import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { CLAUDE_BIN } from './helpers/claude-mock/claude.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AGENTS = ['architect', 'developer', 'performance-engineer', 'planner', 'qa', 'rater'];
const SKILLS = ['artifact-publisher', 'performance', 'response-rater'];

/** The YAML frontmatter and the body of a plugin markdown file. */
function markdown(path: string): { front: Record<string, unknown>; body: string } {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) throw new Error(`${path} has no frontmatter`);
  return { front: parse(match[1]) as Record<string, unknown>, body: match[2] };
}

function validate(path: string): { code: number | null; out: string } {
  const home = mkdtempSync(join(tmpdir(), 'perfflow-validate-home-'));
  const run = spawnSync(CLAUDE_BIN, ['plugin', 'validate', path, '--strict'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
    timeout: 60_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

function schemaValidator(name: string): (value: unknown) => string | null {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const check = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as object);
  return (value) => (check(value) ? null : ajv.errorsText(check.errors));
}

describe('the plugin as the real Claude Code sees it', () => {
  test.each([
    ['the marketplace manifest', '.'],
    ['the plugin manifest with its skills, agents and commands', '.claude-plugin/plugin.json'],
  ])('claude plugin validate --strict passes for %s', (_what, path) => {
    const result = validate(path);
    expect(result.out).toContain('Validation passed');
    expect(result.out).not.toMatch(/warning|error/i);
    expect(result.code).toBe(0);
  });

  test('the manifest names the plugin perfflow with version, description, author, repository and license', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.claude-plugin/plugin.json'), 'utf8')) as Record<string, unknown>;
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };
    expect(manifest).toMatchObject({ name: 'perfflow', version: pkg.version, license: pkg.license });
    for (const field of ['description', 'author', 'repository']) expect(manifest[field]).toBeTruthy();
  });

  test('every agent and skill the workflow names exists under its own name', () => {
    const flow = parse(readFileSync(join(ROOT, '.claude/workflows/performance-flow.yaml'), 'utf8')) as { steps: { agent: string; fallback_agent?: string; skill?: string }[] };
    const agents = new Set(flow.steps.flatMap((s) => [s.agent, s.fallback_agent ?? 'orchestrator']).filter((a) => a !== 'orchestrator'));
    const skills = new Set(flow.steps.flatMap((s) => (s.skill === undefined ? [] : [s.skill])));
    expect([...agents].sort()).toEqual(AGENTS);
    for (const skill of skills) expect(SKILLS).toContain(skill);
    expect(readdirSync(join(ROOT, 'agents')).sort()).toEqual(AGENTS.map((a) => `${a}.md`));
    for (const agent of AGENTS) expect(markdown(`agents/${agent}.md`).front.name).toBe(agent);
    for (const skill of SKILLS) expect(markdown(`skills/${skill}/SKILL.md`).front.name).toBe(skill);
  });
});

describe('the agents keep to their job', () => {
  const tools = (agent: string): string[] => String(markdown(`agents/${agent}.md`).front.tools).split(',').map((t) => t.trim());

  test.each([
    ['qa', ['Bash', 'Read'], ['Edit', 'Write', 'NotebookEdit']],
    ['planner', ['Read', 'Bash'], ['Edit', 'Write']],
    ['rater', ['Read', 'Bash'], ['Edit', 'Write', 'Agent']],
    ['architect', ['Read', 'Bash'], ['Edit', 'Write']],
    ['developer', ['Edit', 'Write', 'Bash'], ['Agent']],
    ['performance-engineer', ['Bash', 'Read'], ['Agent']],
  ])('%s has the tools its job needs and none it must not use', (agent, needed, forbidden) => {
    for (const tool of needed) expect(tools(agent)).toContain(tool);
    for (const tool of forbidden) expect(tools(agent)).not.toContain(tool);
  });

  test.each(['planner', 'architect', 'developer'])('the %s writes its run outputs with perfflow write, which needs no prompt under .claude/', (agent) => {
    expect(markdown(`agents/${agent}.md`).body).toContain("perfflow write '<output path from the prompt>' --content '<the whole file>'");
  });

  test('the qa agent runs perfflow validate and is told never to edit', () => {
    const { body } = markdown('agents/qa.md');
    expect(body).toContain('perfflow validate');
    expect(body).toMatch(/never edit/i);
  });

  test.each([
    ['planner', 'plan'],
    ['architect', 'optimization-plan'],
    ['developer', 'dev-manifest'],
  ])("the %s's output contract example is valid against schemas/%s.schema.json", (agent, schema) => {
    const { body } = markdown(`agents/${agent}.md`);
    expect(body).toContain(`\${CLAUDE_PLUGIN_ROOT}/schemas/${schema}.schema.json`);
    const examples = [...body.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1] ?? '') as unknown);
    expect(examples).toHaveLength(1);
    expect(schemaValidator(schema)(examples[0])).toBeNull();
  });
});

describe('permissions are as narrow as the work', () => {
  const files = [...SKILLS.map((s) => `skills/${s}/SKILL.md`), ...readdirSync(join(ROOT, 'commands')).map((c) => `commands/${c}`)];

  test.each(files)('%s pre-approves only perfflow commands and read-only tools', (file) => {
    const allowed = String(markdown(file).front['allowed-tools']).split(',').map((t) => t.trim());
    expect(allowed.length).toBeGreaterThan(0);
    for (const tool of allowed) expect(tool).toMatch(/^(Bash\(perfflow( [a-z-]+)?:\*\)|Read|Glob|Grep|Skill\(perfflow:[a-z-]+\))$/);
    // Only a person's own command pre-approves what only a person may do.
    const personOnly = allowed.filter((t) => /^Bash\(perfflow(:| (override|approve|rollback):)/.test(t));
    expect(personOnly).toEqual(file === 'commands/override.md' ? ['Bash(perfflow override:*)'] : file === 'commands/rollback.md' ? ['Bash(perfflow rollback:*)'] : []);
  });

  test('a PreToolUse hook guards file tools and Bash with perfflow hook pre-tool-use from the plugin', () => {
    const hooks = JSON.parse(readFileSync(join(ROOT, 'hooks', 'hooks.json'), 'utf8')) as { hooks: { PreToolUse: { matcher: string; hooks: { type: string; command: string }[] }[] } };
    const [entry] = hooks.hooks.PreToolUse;
    expect(entry?.matcher.split('|').sort()).toEqual(['Bash', 'Edit', 'MultiEdit', 'NotebookEdit', 'Write']);
    expect(entry?.hooks).toEqual([expect.objectContaining({ type: 'command', command: expect.stringMatching(/^"\$\{CLAUDE_PLUGIN_ROOT\}\/bin\/perfflow" hook pre-tool-use \|\| /) as unknown })]);
    // When perfflow cannot run (no dependencies installed), the fallback asks the person: it never allows.
    const fallback = /\|\| printf '%s\\n' '(.*)'$/.exec(entry?.hooks[0]?.command ?? '')?.[1] ?? '';
    expect(JSON.parse(fallback)).toMatchObject({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'ask' } });
  });

  test('the agents run measurements with a Bash timeout above the 2-minute default', () => {
    for (const agent of ['performance-engineer', 'qa']) expect(markdown(`agents/${agent}.md`).body).toMatch(/`timeout` set to `600000`|Bash `timeout` `600000`/);
    expect(markdown('skills/performance/SKILL.md').body).toMatch(/`timeout` set to `600000`/);
  });

  test.each(files)('%s never pastes user arguments into a shell line', (file) => {
    const { body } = markdown(file);
    for (const line of body.split('\n').filter((l) => /!`/.test(l))) expect(line).not.toMatch(/\$ARGUMENTS|\$\d/);
  });

  test('rollback and override run only when a person types them', () => {
    for (const command of ['rollback', 'override']) expect(markdown(`commands/${command}.md`).front['disable-model-invocation']).toBe(true);
  });
});
