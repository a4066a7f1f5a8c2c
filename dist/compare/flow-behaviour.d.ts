import type { HttpTargetConfig } from '../config/target-config.js';
import type { BehaviourCheck } from './status.js';
/**
 * Compares the answers of every step of every flow between a base and a candidate server.
 * @param target - the target with its flows
 * @param baseUrl - the base server's url
 * @param candidateUrl - the candidate server's url
 * @returns one check per step the base answered (and one for a step the candidate failed)
 * @throws TargetError `flow-failed` when the base itself cannot complete a flow
 */
export declare function compareFlows(target: HttpTargetConfig, baseUrl: string, candidateUrl: string): Promise<BehaviourCheck[]>;
