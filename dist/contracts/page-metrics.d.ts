import type { TSchema } from '@sinclair/typebox';
/**
 * What perfflow measured of a page, trial by trial (each trial a fresh browser context). Built from
 * the spread schema of baseline-metrics.ts, which includes this block (a function, not a constant,
 * so that neither module needs the other evaluated first).
 * @param SpreadSchema - the spread schema
 * @returns the page block's schema
 */
export declare function pageMetricsSchema<S extends TSchema>(SpreadSchema: S): import("@sinclair/typebox").TObject<{
    url: import("@sinclair/typebox").TString;
    browser: import("@sinclair/typebox").TString;
    viewport: import("@sinclair/typebox").TObject<{
        width: import("@sinclair/typebox").TInteger;
        height: import("@sinclair/typebox").TInteger;
    }>;
    throttle: import("@sinclair/typebox").TObject<{
        cpu: import("@sinclair/typebox").TNumber;
        network: import("@sinclair/typebox").TString;
        description: import("@sinclair/typebox").TString;
    }>;
    ready: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    interaction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    trials: import("@sinclair/typebox").TInteger;
    warmup: import("@sinclair/typebox").TInteger;
    definitions: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>;
    lcp_ms: S;
    fcp_ms: S;
    cls: S;
    tbt_ms: S;
    ready_ms: S;
    interaction_ms: import("@sinclair/typebox").TUnion<[S, import("@sinclair/typebox").TNull]>;
    js_heap_bytes: S;
    transfer_bytes: S;
    requests: S;
    long_tasks: import("@sinclair/typebox").TInteger;
    page_errors: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
}>;
