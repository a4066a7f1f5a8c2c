import type { Environment } from '../contracts/baseline-metrics.js';
/**
 * Reads the CPU and memory limits of the current cgroup (v2 `cpu.max`/`memory.max`, else v1
 * `cpu.cfs_quota_us`/`memory.limit_in_bytes`).
 * @param root - the cgroup file system mount (tests pass a fake tree)
 * @returns cores allowed and bytes allowed, null where unlimited or not visible
 */
export declare function readCgroupLimits(root?: string): Environment['cgroup'];
/**
 * The git commit of the project and whether its working tree differs from it (perfflow's own run
 * state excluded).
 * @param projectRoot - the project root
 * @returns commit and dirty flag, or null outside a git repository
 */
export declare function gitState(projectRoot: string): Promise<Environment['git']>;
/**
 * Describes the machine a measurement runs on: CPU model and cores, memory, Node and V8, load
 * average, cgroup limits where visible, and the git commit with its dirty flag.
 * @param projectRoot - the project root (for git)
 * @param now - the clock (injected for tests)
 * @returns the environment block of every baseline
 */
export declare function captureEnvironment(projectRoot: string, now?: () => Date): Promise<Environment>;
