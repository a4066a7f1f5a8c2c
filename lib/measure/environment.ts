import { readFileSync } from 'node:fs';
import os from 'node:os';
import { git } from '../git/git.js';
import { EXCLUDED_PATHSPEC } from '../git/snapshot.js';
import type { Environment } from '../contracts/baseline-metrics.js';

function readTrimmed(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined; // not visible in this container or not cgroup v1/v2: reported as null
  }
}

/**
 * Reads the CPU and memory limits of the current cgroup (v2 `cpu.max`/`memory.max`, else v1
 * `cpu.cfs_quota_us`/`memory.limit_in_bytes`).
 * @param root - the cgroup file system mount (tests pass a fake tree)
 * @returns cores allowed and bytes allowed, null where unlimited or not visible
 */
export function readCgroupLimits(root = '/sys/fs/cgroup'): Environment['cgroup'] {
  let cpu: number | null = null;
  let memory: number | null = null;
  const cpuMax = readTrimmed(`${root}/cpu.max`);
  if (cpuMax !== undefined) {
    const [quota, period] = cpuMax.split(/\s+/);
    if (quota !== undefined && quota !== 'max' && period !== undefined && Number(period) > 0) cpu = Number(quota) / Number(period);
  } else {
    const quota = Number(readTrimmed(`${root}/cpu/cpu.cfs_quota_us`) ?? Number.NaN);
    const period = Number(readTrimmed(`${root}/cpu/cpu.cfs_period_us`) ?? Number.NaN);
    if (quota > 0 && period > 0) cpu = quota / period;
  }
  const memMax = readTrimmed(`${root}/memory.max`) ?? readTrimmed(`${root}/memory/memory.limit_in_bytes`);
  // cgroup v1 writes "no limit" as a huge number close to 2^63.
  if (memMax !== undefined && memMax !== 'max' && Number.isFinite(Number(memMax)) && Number(memMax) < 2 ** 60) memory = Number(memMax);
  return { cpu_quota_cores: cpu, memory_limit_bytes: memory };
}

/**
 * The git commit of the project and whether its working tree differs from it (perfflow's own run
 * state excluded).
 * @param projectRoot - the project root
 * @returns commit and dirty flag, or null outside a git repository
 */
export async function gitState(projectRoot: string): Promise<Environment['git']> {
  try {
    const commit = (await git(['rev-parse', 'HEAD'], { cwd: projectRoot })).trim();
    const status = await git(['status', '--porcelain', '--untracked-files=normal', '--', '.', ...EXCLUDED_PATHSPEC], { cwd: projectRoot });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return null; // not a repository, or no commit yet: the baseline says so with null
  }
}

/**
 * Describes the machine a measurement runs on: CPU model and cores, memory, Node and V8, load
 * average, cgroup limits where visible, and the git commit with its dirty flag.
 * @param projectRoot - the project root (for git)
 * @param now - the clock (injected for tests)
 * @returns the environment block of every baseline
 */
export async function captureEnvironment(projectRoot: string, now: () => Date = () => new Date()): Promise<Environment> {
  const cpus = os.cpus();
  const load = os.loadavg();
  return {
    cpu_model: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    available_parallelism: os.availableParallelism(),
    total_memory_bytes: os.totalmem(),
    platform: process.platform,
    arch: process.arch,
    os_release: os.release(),
    node: process.version,
    v8: process.versions.v8,
    load_average: [load[0] ?? 0, load[1] ?? 0, load[2] ?? 0],
    cgroup: readCgroupLimits(),
    git: await gitState(projectRoot),
    captured_at: now().toISOString(),
  };
}
