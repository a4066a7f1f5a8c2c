import type { Static } from '@sinclair/typebox';
/** One main-thread task of 50 ms or more. */
declare const LongTaskSchema: import("@sinclair/typebox").TObject<{
    trial: import("@sinclair/typebox").TInteger;
    start_ms: import("@sinclair/typebox").TNumber;
    duration_ms: import("@sinclair/typebox").TNumber;
    blocking_ms: import("@sinclair/typebox").TNumber;
    phase: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"load">, import("@sinclair/typebox").TLiteral<"interaction">]>;
    samples: import("@sinclair/typebox").TInteger;
    functions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        function: import("@sinclair/typebox").TString;
        file: import("@sinclair/typebox").TString;
        line: import("@sinclair/typebox").TInteger;
        share: import("@sinclair/typebox").TNumber;
    }>>;
}>;
/** One resource the page loaded. */
declare const ResourceSchema: import("@sinclair/typebox").TObject<{
    url: import("@sinclair/typebox").TString;
    type: import("@sinclair/typebox").TString;
    transfer_bytes: import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>;
    decoded_bytes: import("@sinclair/typebox").TInteger;
    render_blocking: import("@sinclair/typebox").TBoolean;
    before_fcp: import("@sinclair/typebox").TBoolean;
    duration_ms: import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>;
    unused_share: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    load_share: import("@sinclair/typebox").TNumber;
    sources: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        file: import("@sinclair/typebox").TString;
        bytes: import("@sinclair/typebox").TInteger;
        share: import("@sinclair/typebox").TNumber;
    }>>>;
}>;
/** `page` in bottleneck-report.json: what a page target's profile saw in the browser. */
export declare const PageProfileSchema: import("@sinclair/typebox").TObject<{
    url: import("@sinclair/typebox").TString;
    trials: import("@sinclair/typebox").TInteger;
    throttle: import("@sinclair/typebox").TObject<{
        cpu: import("@sinclair/typebox").TNumber;
        network: import("@sinclair/typebox").TString;
    }>;
    ranked_by: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"long-task-samples">, import("@sinclair/typebox").TLiteral<"main-thread-samples">]>;
    fcp_ms: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>, import("@sinclair/typebox").TNull]>;
    lcp_ms: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>, import("@sinclair/typebox").TNull]>;
    blocking_ms: import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>;
    long_task_count: import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>;
    transfer_bytes: import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>;
    long_tasks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        trial: import("@sinclair/typebox").TInteger;
        start_ms: import("@sinclair/typebox").TNumber;
        duration_ms: import("@sinclair/typebox").TNumber;
        blocking_ms: import("@sinclair/typebox").TNumber;
        phase: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"load">, import("@sinclair/typebox").TLiteral<"interaction">]>;
        samples: import("@sinclair/typebox").TInteger;
        functions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            function: import("@sinclair/typebox").TString;
            file: import("@sinclair/typebox").TString;
            line: import("@sinclair/typebox").TInteger;
            share: import("@sinclair/typebox").TNumber;
        }>>;
    }>>;
    resources: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        url: import("@sinclair/typebox").TString;
        type: import("@sinclair/typebox").TString;
        transfer_bytes: import("@sinclair/typebox").TObject<{
            median: import("@sinclair/typebox").TNumber;
            low: import("@sinclair/typebox").TNumber;
            high: import("@sinclair/typebox").TNumber;
        }>;
        decoded_bytes: import("@sinclair/typebox").TInteger;
        render_blocking: import("@sinclair/typebox").TBoolean;
        before_fcp: import("@sinclair/typebox").TBoolean;
        duration_ms: import("@sinclair/typebox").TObject<{
            median: import("@sinclair/typebox").TNumber;
            low: import("@sinclair/typebox").TNumber;
            high: import("@sinclair/typebox").TNumber;
        }>;
        unused_share: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        load_share: import("@sinclair/typebox").TNumber;
        sources: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            file: import("@sinclair/typebox").TString;
            bytes: import("@sinclair/typebox").TInteger;
            share: import("@sinclair/typebox").TNumber;
        }>>>;
    }>>;
}>;
/** The page section of a bottleneck report. */
export type PageProfile = Static<typeof PageProfileSchema>;
/** One long task. */
export type LongTask = Static<typeof LongTaskSchema>;
/** One resource. */
export type PageResource = Static<typeof ResourceSchema>;
export {};
