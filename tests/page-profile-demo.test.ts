// The recorded session of examples/dashboard (`npm run demo -- --example dashboard`): the plan
// filled from a page baseline passes the real rater, the recorded artifacts match their schemas,
// and the recorded patch keeps what the page shows while taking the archive out of app.js.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanSchema } from '../lib/contracts/plan.js';
import { loadSchema } from '../lib/contracts/registry.js';
import { validateAgainst } from '../lib/contracts/validate.js';
import { OVERSIZED_SCRIPT_BYTES } from '../lib/page/profile-resources.js';
import { baselineValues, fillPlaceholders } from '../scripts/demo.mjs';
import { PERFFLOW_BIN } from './helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../examples/dashboard/', import.meta.url));
const RECORDING = join(EXAMPLE, '.perfflow-demo');
const scratch = mkdtempSync(join(tmpdir(), 'perfflow-dashboard-demo-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const spread = (median: number) => ({ median, mad: 0, min: median, max: median });
/** The page block of a baseline, as far as the demo reads it. */
const BASELINE = { page: { trials: 8, lcp_ms: spread(1042), fcp_ms: spread(310), tbt_ms: spread(640), interaction_ms: spread(612), transfer_bytes: spread(603_883) } };

function read(file: string): string {
  return readFileSync(join(RECORDING, file), 'utf8');
}

function run(cwd: string, command: string, args: string[]): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('the recorded dashboard session', () => {
  test('a page baseline fills the plan: valid, no placeholder left, passed by the real rater', () => {
    const values = baselineValues(BASELINE);
    expect(values).toEqual({ lcp_ms: 1042, fcp_ms: 310, tbt_ms: 640, interaction_ms: 612, transfer_kib: 603_883 / 1024 });
    const json = fillPlaceholders(read('plan.json'), values, true);
    const plan = validateAgainst(PlanSchema, JSON.parse(json) as unknown, 'plan.json');
    expect(plan.goals[0]).toMatchObject({ metric: 'lcp', baseline: 1042, target: 729 });
    expect(json).not.toMatch(/\{\{/);
    expect(fillPlaceholders(read('plan.md'), values, false)).not.toMatch(/\{\{/);
    writeFileSync(join(scratch, 'plan.json'), json);
    const env: NodeJS.ProcessEnv = { ...process.env, PERFFLOW_RATER_JUDGE: 'none' };
    delete env.ANTHROPIC_API_KEY;
    const rated = spawnSync(PERFFLOW_BIN, ['rate', 'plan.json', '--json'], { cwd: scratch, encoding: 'utf8', env });
    expect(rated.status).toBe(0);
    expect(JSON.parse(rated.stdout)).toMatchObject({ passed: true });
  });

  test('the optimization plan and manifest match their schemas, and every change is in the patch', async () => {
    const plan = validateAgainst(await loadSchema('optimization-plan'), JSON.parse(read('optimization-plan.json')) as unknown, 'optimization-plan.json') as { optimizations: { id: string; addresses: string[] }[] };
    expect(plan.optimizations[0]?.addresses).toContain('rollingP95');
    const manifest = validateAgainst(await loadSchema('dev-manifest'), JSON.parse(read('dev-manifest.json')) as unknown, 'dev-manifest.json') as { changes: { file: string; optimization_id: string }[] };
    const patched = new Set([...read('optimization.patch').matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => m[1]));
    for (const change of manifest.changes) {
      expect(plan.optimizations.map((o) => o.id)).toContain(change.optimization_id);
      expect(patched.has(change.file)).toBe(true);
    }
  });

  test('the patch keeps the rendered figures (node --test) and takes app.js under the oversized-bundle threshold', () => {
    const size = (dir: string): number => {
      expect(run(dir, process.execPath, ['build.mjs']).code).toBe(0);
      return statSync(join(dir, 'dist', 'app.js')).size;
    };
    const base = join(scratch, 'base');
    cpSync(EXAMPLE, base, { recursive: true, filter: (source) => !relative(EXAMPLE, source).startsWith('.perfflow-demo') && !relative(EXAMPLE, source).startsWith('dist') });
    const fixed = join(scratch, 'fixed');
    cpSync(base, fixed, { recursive: true });
    expect(run(fixed, 'git', ['apply', join(RECORDING, 'optimization.patch')]).code).toBe(0);
    const tested = run(fixed, process.execPath, ['--test']);
    expect(tested.output).toMatch(/# fail 0/);
    expect(tested.code).toBe(0);
    expect(size(base)).toBeGreaterThan(OVERSIZED_SCRIPT_BYTES);
    expect(size(fixed)).toBeLessThan(OVERSIZED_SCRIPT_BYTES / 10);
  }, 60_000);
});
