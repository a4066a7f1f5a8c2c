import { runLoad } from './load.js';
import { runFlowLoad } from './load-flow.js';
/**
 * Drives the target's load against a server.
 * @param target - the target: its request, or its flows
 * @param shape - the concrete url (port filled in), connections, window, rate
 * @returns the result; for flows, top-level figures are of whole flows and `flow` holds the steps'
 */
export function targetLoad(target, shape) {
    if (target.flows !== undefined)
        return runFlowLoad({ ...shape, flows: target.flows });
    return runLoad({ ...shape, method: target.method, headers: target.headers, body: target.body });
}
/**
 * What one unit of load is called in figures and messages.
 * @param target - the target
 * @returns `flow` or `request`
 */
export function loadUnit(target) {
    return target.flows === undefined ? 'request' : 'flow';
}
