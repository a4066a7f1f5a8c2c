import type { Environment } from '../contracts/baseline-metrics.js';
import type { EnvironmentFingerprint } from '../contracts/ci-result.js';
/**
 * The environment of a gate run as the history keeps it: a hash of the machine facts that do not
 * change from run to run on one machine type (CPU, cores, memory, OS, Node, V8, cgroup limits; not
 * the load or the clock), with the facts people read.
 * @param environment - the environment block of a comparison
 * @returns the fingerprint
 */
export declare function fingerprintOf(environment: Environment): EnvironmentFingerprint;
