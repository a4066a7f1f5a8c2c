import type { HttpTargetConfig } from '../config/target-config.js';
import type { LoadOptions, LoadResult } from './load.js';
/** The load's shape and window; the request or flows come from the target. */
export type HttpLoadShape = Omit<LoadOptions, 'method' | 'headers' | 'body'>;
/**
 * Drives the target's load against a server.
 * @param target - the target: its request, or its flows
 * @param shape - the concrete url (port filled in), connections, window, rate
 * @returns the result; for flows, top-level figures are of whole flows and `flow` holds the steps'
 */
export declare function targetLoad(target: HttpTargetConfig, shape: HttpLoadShape): Promise<LoadResult>;
/**
 * What one unit of load is called in figures and messages.
 * @param target - the target
 * @returns `flow` or `request`
 */
export declare function loadUnit(target: HttpTargetConfig): 'flow' | 'request';
