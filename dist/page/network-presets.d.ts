export declare const NETWORK_PRESETS: readonly ["none", "slow-3g", "fast-3g", "4g"];
