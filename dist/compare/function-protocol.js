const REQUEST_TYPES = new Set(['load', 'returns', 'calibrate', 'batch']);
const REPLY_TYPES = new Set(['loaded', 'returns', 'calibrated', 'batch', 'error']);
/**
 * Tells whether an IPC message is a request (the parent is trusted; this guards against stray messages).
 * @param value - a received message
 * @returns true for a request
 */
export function isFunctionRunnerRequest(value) {
    return typeof value === 'object' && value !== null && REQUEST_TYPES.has(String(value.type));
}
/**
 * Tells whether an IPC message is a reply of the child.
 * @param value - a received message
 * @returns true for a reply
 */
export function isFunctionRunnerReply(value) {
    return typeof value === 'object' && value !== null && REPLY_TYPES.has(String(value.type));
}
