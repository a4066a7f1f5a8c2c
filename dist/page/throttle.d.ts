import type { CDPSession } from 'playwright-core';
import type { NetworkProfile, ThrottleSpec } from '../config/page-target-config.js';
import { NETWORK_PRESETS } from './network-presets.js';
/** The network profiles by name: latency is added to every request, throughput caps each direction. */
export declare const NETWORK_PROFILES: Record<(typeof NETWORK_PRESETS)[number], NetworkProfile>;
/**
 * Tells whether a name is a network preset.
 * @param name - as written in the config
 * @returns true for one of {@link NETWORK_PRESETS}
 */
export declare function isNetworkPreset(name: string): name is (typeof NETWORK_PRESETS)[number];
/**
 * Names a throttling setting with its figures, as reports print it.
 * @param throttle - the setting
 * @returns e.g. `cpu 4x slower, network fast-3g (563 ms RTT, 1440/675 kbit/s down/up)`
 */
export declare function describeThrottle(throttle: ThrottleSpec): string;
/**
 * Applies a throttling setting to one page through its DevTools session (Network must be enabled).
 * @param cdp - the page's session
 * @param throttle - the setting
 */
export declare function applyThrottle(cdp: CDPSession, throttle: ThrottleSpec): Promise<void>;
