const REQUEST_TYPES = new Set(['calibrate', 'trial', 'returns']);
const REPLY_TYPES = new Set(['ready', 'calibrated', 'trial', 'returns', 'error']);
/**
 * Tells whether an IPC message is a request (the parent is trusted; this guards against stray messages).
 * @param value - a received message
 * @returns true for a request
 */
export function isFunctionWorkerRequest(value) {
    return typeof value === 'object' && value !== null && REQUEST_TYPES.has(String(value.type));
}
/**
 * Tells whether an IPC message is a reply of a worker.
 * @param value - a received message
 * @returns true for a reply
 */
export function isFunctionWorkerReply(value) {
    return typeof value === 'object' && value !== null && REPLY_TYPES.has(String(value.type));
}
