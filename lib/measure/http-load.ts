// The load of an http target, whatever its shape: the single request (load.ts) or its flows
// (load-flow.ts). Measuring, comparing and profiling all drive a target through here.
import type { HttpTargetConfig } from '../config/target-config.js';
import { runLoad } from './load.js';
import type { LoadOptions, LoadResult } from './load.js';
import { runFlowLoad } from './load-flow.js';

/** The load's shape and window; the request or flows come from the target. */
export type HttpLoadShape = Omit<LoadOptions, 'method' | 'headers' | 'body'>;

/**
 * Drives the target's load against a server.
 * @param target - the target: its request, or its flows
 * @param shape - the concrete url (port filled in), connections, window, rate
 * @returns the result; for flows, top-level figures are of whole flows and `flow` holds the steps'
 */
export function targetLoad(target: HttpTargetConfig, shape: HttpLoadShape): Promise<LoadResult> {
  if (target.flows !== undefined) return runFlowLoad({ ...shape, flows: target.flows });
  return runLoad({ ...shape, method: target.method, headers: target.headers, body: target.body });
}

/**
 * What one unit of load is called in figures and messages.
 * @param target - the target
 * @returns `flow` or `request`
 */
export function loadUnit(target: HttpTargetConfig): 'flow' | 'request' {
  return target.flows === undefined ? 'request' : 'flow';
}
