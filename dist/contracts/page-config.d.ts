import type { Static } from '@sinclair/typebox';
import { NETWORK_PRESETS } from '../page/network-presets.js';
/** Names of the network throttling presets (their figures are in lib/page/throttle.ts and the report). */
export { NETWORK_PRESETS };
/** A page target as written in the config. */
export declare const PageTarget: import("@sinclair/typebox").TObject<{
    start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>]>>;
    cwd: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    env: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    url: import("@sinclair/typebox").TString;
    ready: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    interaction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        click: import("@sinclair/typebox").TString;
    }>, import("@sinclair/typebox").TObject<{
        wait: import("@sinclair/typebox").TString;
    }>, import("@sinclair/typebox").TObject<{
        type: import("@sinclair/typebox").TObject<{
            selector: import("@sinclair/typebox").TString;
            text: import("@sinclair/typebox").TString;
        }>;
    }>, import("@sinclair/typebox").TObject<{
        goto: import("@sinclair/typebox").TString;
    }>]>>>;
    throttle: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        cpu: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        network: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    check: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    trials: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    ready_timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
}>;
/** A page target as written. */
export type PageTargetFile = Static<typeof PageTarget>;
