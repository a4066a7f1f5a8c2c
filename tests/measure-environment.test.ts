import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureEnvironment, readCgroupLimits } from '../lib/measure/environment.js';
import { tempRepo, writeFile } from './helpers/temp-repo.js';

function cgroup(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-cgroup-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the environment of a baseline', () => {
  test.each([
    ['cgroup v2 with limits', { 'cpu.max': '150000 100000\n', 'memory.max': '536870912\n' }, { cpu_quota_cores: 1.5, memory_limit_bytes: 536870912 }],
    ['cgroup v2 unlimited', { 'cpu.max': 'max 100000\n', 'memory.max': 'max\n' }, { cpu_quota_cores: null, memory_limit_bytes: null }],
    ['cgroup v1 with limits', { 'cpu/cpu.cfs_quota_us': '200000', 'cpu/cpu.cfs_period_us': '100000', 'memory/memory.limit_in_bytes': '1073741824' }, { cpu_quota_cores: 2, memory_limit_bytes: 1073741824 }],
    ['cgroup v1 unlimited', { 'cpu/cpu.cfs_quota_us': '-1', 'cpu/cpu.cfs_period_us': '100000', 'memory/memory.limit_in_bytes': '9223372036854771712' }, { cpu_quota_cores: null, memory_limit_bytes: null }],
    ['no cgroup visible', {}, { cpu_quota_cores: null, memory_limit_bytes: null }],
  ])('%s', (_name, files, expected) => {
    expect(readCgroupLimits(cgroup(files))).toEqual(expected);
  });

  test('records the git commit and flips dirty when the working tree changes', async () => {
    const root = tempRepo({ 'a.js': '1\n' });
    const clean = await captureEnvironment(root, () => new Date('2026-01-02T03:04:05Z'));
    expect(clean.git).toEqual({ commit: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown as string, dirty: false });
    expect(clean.captured_at).toBe('2026-01-02T03:04:05.000Z');
    expect(clean.node).toBe(process.version);
    expect(clean.cores).toBeGreaterThan(0);
    writeFile(root, 'a.js', '2\n');
    expect((await captureEnvironment(root)).git?.dirty).toBe(true);
    expect((await captureEnvironment(mkdtempSync(join(tmpdir(), 'perfflow-nogit-')))).git).toBeNull();
  });
});
