import { NETWORK_PRESETS } from './network-presets.js';
const KBIT = 1000 / 8;
/** The network profiles by name: latency is added to every request, throughput caps each direction. */
export const NETWORK_PROFILES = {
    none: { name: 'none', latencyMs: 0, downloadBps: -1, uploadBps: -1 },
    'slow-3g': { name: 'slow-3g', latencyMs: 2000, downloadBps: 400 * KBIT, uploadBps: 400 * KBIT },
    'fast-3g': { name: 'fast-3g', latencyMs: 563, downloadBps: 1440 * KBIT, uploadBps: 675 * KBIT },
    '4g': { name: '4g', latencyMs: 170, downloadBps: 9000 * KBIT, uploadBps: 9000 * KBIT },
};
/**
 * Tells whether a name is a network preset.
 * @param name - as written in the config
 * @returns true for one of {@link NETWORK_PRESETS}
 */
export function isNetworkPreset(name) {
    return NETWORK_PRESETS.includes(name);
}
/**
 * Names a throttling setting with its figures, as reports print it.
 * @param throttle - the setting
 * @returns e.g. `cpu 4x slower, network fast-3g (563 ms RTT, 1440/675 kbit/s down/up)`
 */
export function describeThrottle(throttle) {
    const cpu = throttle.cpu === 1 ? 'cpu unthrottled' : `cpu ${String(throttle.cpu)}x slower`;
    const n = throttle.network;
    const net = n.name === 'none' ? 'network unthrottled' : `network ${n.name} (${String(n.latencyMs)} ms RTT, ${String(Math.round(n.downloadBps / KBIT))}/${String(Math.round(n.uploadBps / KBIT))} kbit/s down/up)`;
    return `${cpu}, ${net}`;
}
/**
 * Applies a throttling setting to one page through its DevTools session (Network must be enabled).
 * @param cdp - the page's session
 * @param throttle - the setting
 */
export async function applyThrottle(cdp, throttle) {
    if (throttle.cpu !== 1)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
    const n = throttle.network;
    if (n.name !== 'none') {
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: n.latencyMs, downloadThroughput: n.downloadBps, uploadThroughput: n.uploadBps });
    }
}
