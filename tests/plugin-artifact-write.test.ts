import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { perfflow, treeHash } from './helpers/cli.js';
import { MINI_FLOW, manifest } from './helpers/mini-flow.js';
import { tempRepo, writeFile } from './helpers/temp-repo.js';

/** A flow whose first step's output is measured by perfflow itself. */
const MEASURED_FLOW = MINI_FLOW.replace(
  '    instructions: Write notes.md.\n',
  '    instructions: Write notes.md.\n    commands: ["perfflow baseline", "perfflow submit notes"]\n',
);

function started(flow: string): { root: string; runDir: string } {
  const root = tempRepo({ '.claude/workflows/performance-flow.yaml': flow, 'app.js': 'x\n' });
  const init = perfflow(root, ['init', '--target', 'app', '--json']);
  expect(init.code).toBe(0);
  return { root, runDir: (JSON.parse(init.stdout) as { run_dir: string }).run_dir };
}

function expectRefused(root: string, runDir: string, args: string[], message: RegExp): void {
  const before = treeHash(runDir);
  const result = perfflow(root, args);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(treeHash(runDir)).toBe(before);
}

describe('perfflow write: how agents put step outputs into the run directory', () => {
  test('writes a declared output of the current step, and the step can then be submitted', () => {
    const { root, runDir } = started(MINI_FLOW);
    const result = perfflow(root, ['write', 'notes.md', '--content', '# Notes\nthe users endpoint reads its data on every request']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${join(runDir, 'notes.md')}`);
    expect(readFileSync(join(runDir, 'notes.md'), 'utf8')).toBe('# Notes\nthe users endpoint reads its data on every request\n');
    expect(perfflow(root, ['submit', 'notes']).code).toBe(0);
  });

  test('accepts the absolute path perfflow next printed, and --from a file', () => {
    const { root, runDir } = started(MINI_FLOW);
    expect(perfflow(root, ['submit', 'notes']).code).toBe(1);
    writeFile(root, 'notes-draft.md', 'draft\n');
    expect(perfflow(root, ['write', join(runDir, 'notes.md'), '--from', join(root, 'notes-draft.md')]).code).toBe(0);
    expect(readFileSync(join(runDir, 'notes.md'), 'utf8')).toBe('draft\n');
  });

  test('accepts the run-relative path agents naturally use (.claude/context/runs/<id>/...), from the project root or a subfolder', () => {
    const { root, runDir } = started(MINI_FLOW);
    const spelled = relative(root, join(runDir, 'notes.md'));
    expect(spelled).toMatch(/^\.claude\/context\/runs\/[^/]+\/notes\.md$/);
    expect(perfflow(root, ['write', spelled, '--content', 'from the root']).code).toBe(0);
    expect(readFileSync(join(runDir, 'notes.md'), 'utf8')).toBe('from the root\n');
    writeFile(root, 'src/keep.txt', 'x\n');
    expect(perfflow(join(root, 'src'), ['write', spelled, '--content', 'from a subfolder']).code).toBe(0);
    expect(readFileSync(join(runDir, 'notes.md'), 'utf8')).toBe('from a subfolder\n');
  });

  test('checks a JSON output against its schema before writing, and names the field', () => {
    const { root, runDir } = started(MINI_FLOW);
    perfflow(root, ['write', 'notes.md', '--content', 'n']);
    expect(perfflow(root, ['submit', 'notes']).code).toBe(0);
    expectRefused(root, runDir, ['write', 'dev-manifest.json', '--content', '{"version": 1, "summary": "x", "changes": []}'], /dev-manifest\.json: .*changes.*schemas\/dev-manifest\.schema\.json/);
    expectRefused(root, runDir, ['write', 'dev-manifest.json', '--content', '{"version": 1,'], /not valid JSON/);
    const ok = perfflow(root, ['write', 'dev-manifest.json', '--content', manifest('app.js')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(runDir, 'dev-manifest.json'), 'utf8'))).toEqual(JSON.parse(manifest('app.js')));
  });

  test.each([
    ['an output of another step', ['write', 'dev-manifest.json', '--content', '{}'], /not an output of step notes; its outputs: notes\.md/],
    ['a path outside the run directory', ['write', '../../../app.js', '--content', 'x'], /leaves the run directory|not an output/],
    ['no content', ['write', 'notes.md'], /exactly one of --content/],
    ['empty content', ['write', 'notes.md', '--content', '  '], /empty/],
  ])('refuses %s, changing nothing', (_what, args, message) => {
    const { root, runDir } = started(MINI_FLOW);
    expectRefused(root, runDir, args, message);
    expect(existsSync(join(root, 'app.js'))).toBe(true);
  });

  test('refuses to write the outputs of a step that perfflow measures itself', () => {
    const { root, runDir } = started(MEASURED_FLOW);
    expectRefused(root, runDir, ['write', 'notes.md', '--content', 'made up'], /written by 'perfflow baseline'; run it instead/);
  });
});
