import { createHash } from 'node:crypto';
/**
 * The environment of a gate run as the history keeps it: a hash of the machine facts that do not
 * change from run to run on one machine type (CPU, cores, memory, OS, Node, V8, cgroup limits; not
 * the load or the clock), with the facts people read.
 * @param environment - the environment block of a comparison
 * @returns the fingerprint
 */
export function fingerprintOf(environment) {
    const stable = [environment.cpu_model, environment.cores, environment.total_memory_bytes, environment.platform, environment.arch, environment.os_release, environment.node, environment.v8, environment.cgroup.cpu_quota_cores, environment.cgroup.memory_limit_bytes];
    const fingerprint = createHash('sha256').update(JSON.stringify(stable)).digest('hex').slice(0, 16);
    return { fingerprint, cpu_model: environment.cpu_model, cores: environment.cores, platform: `${environment.platform}-${environment.arch}`, node: environment.node };
}
