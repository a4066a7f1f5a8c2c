import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tempRepo, writeFile } from './helpers/temp-repo.js';
import { STEPS_BEFORE_VALIDATION } from './helpers/compare-fixtures.js';
import { perfflow } from './helpers/cli.js';
import { comparisonJson } from './helpers/published-run.js';

/**
 * Nothing a user had is ever lost: rollback, override and re-publish leave the user's uncommitted
 * changes and every earlier run's artifacts exactly as they were (hashes before and after).
 */

/** Every file under a directory with its sha256, so a difference names the file. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string, prefix: string): void => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

function startRun(root: string, target: string): { runId: string; runDir: string } {
  const init = perfflow(root, ['init', '--target', target, '--json']);
  expect(init.code).toBe(0);
  const data = JSON.parse(init.stdout) as { run_id: string; run_dir: string };
  return { runId: data.run_id, runDir: data.run_dir };
}

function ok(root: string, args: string[]): void {
  const result = perfflow(root, args);
  expect(`exit ${String(result.code)} ${result.stderr}`).toMatch(/^exit 0 /);
}

describe('nothing lost', () => {
  test("rollback, override and re-publish keep the user's uncommitted work and an earlier run's artifacts byte for byte", () => {
    const root = tempRepo({ 'src/users.js': 'export const users = [];\n', 'README.md': '# app\n' });
    // The user's own work in progress, never committed.
    writeFileSync(join(root, 'README.md'), '# app\n\nWIP notes \u2014 do not lose\n');
    writeFile(root, 'scratch/ideas.txt', 'untracked idea\n');
    const userFiles = (): string => `${readFileSync(join(root, 'README.md'), 'utf8')}|${readFileSync(join(root, 'scratch/ideas.txt'), 'utf8')}`;
    const userBefore = userFiles();

    // Run 1 goes all the way to publish (its gates overridden by hand: the measuring engines are tested elsewhere).
    const first = startRun(root, 'api/users');
    for (const step of [...STEPS_BEFORE_VALIDATION, 'validation']) ok(root, ['override', step, '--reason', `test run skips ${step} with its risk documented`, '--run', first.runId]);
    ok(root, ['publish', '--run', first.runId]);
    const firstRunHash = files(first.runDir);
    const feedDir = join(root, '.claude', 'context', 'feed');
    const firstPublication = files(join(feedDir, first.runId));

    // Run 2: an optimization, a failed validation, a rollback, an override.
    const second = startRun(root, 'api/users');
    for (const step of STEPS_BEFORE_VALIDATION.slice(0, 5)) ok(root, ['override', step, '--reason', `test run skips ${step} with its risk documented`, '--run', second.runId]);
    writeFile(root, 'src/users.js', 'export const users = new Map(); // optimized\n');
    writeFileSync(join(second.runDir, 'dev-manifest.json'), JSON.stringify({ version: 1, summary: 'map', changes: [{ file: 'src/users.js', optimization_id: 'o1', description: 'use a Map' }] }));
    ok(root, ['submit', 'implementation', '--run', second.runId]);
    writeFileSync(join(second.runDir, 'performance-comparison.json'), comparisonJson('fail'));
    expect(perfflow(root, ['submit', 'validation', '--run', second.runId]).code).toBe(1);
    ok(root, ['rollback', '--run', second.runId]);
    expect(readFileSync(join(root, 'src/users.js'), 'utf8')).toBe('export const users = [];\n');
    expect(userFiles()).toBe(userBefore);
    ok(root, ['override', 'implementation', '--reason', 'keeping the original code on purpose for this test', '--run', second.runId]);
    expect(userFiles()).toBe(userBefore);

    // Re-publishing run 1 changes nothing of it, and nothing of the user's.
    ok(root, ['publish', '--run', first.runId]);
    expect(files(first.runDir)).toEqual(firstRunHash);
    // The publication now also carries the publish gate's own record; nothing it had is gone, and
    // the report people read is the same.
    const republished = files(join(feedDir, first.runId));
    for (const name of Object.keys(firstPublication)) expect(Object.keys(republished)).toContain(name);
    expect(republished['report.html']).toBe(firstPublication['report.html']);
    expect(republished['summary.md']).toBe(firstPublication['summary.md']);
    // From then on, publishing again is byte-for-byte idempotent.
    ok(root, ['publish', '--run', first.runId]);
    expect(files(join(feedDir, first.runId))).toEqual(republished);
    expect(files(first.runDir)).toEqual(firstRunHash);
    expect(userFiles()).toBe(userBefore);
    const feed = JSON.parse(readFileSync(join(feedDir, 'feed.json'), 'utf8')) as { items: { id: string }[] };
    expect(feed.items.filter((i) => i.id === first.runId)).toHaveLength(1);
  });
});
