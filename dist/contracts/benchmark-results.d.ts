import type { Static } from '@sinclair/typebox';
/** `benchmark-results.json`: the raw paired measurements behind a comparison, block by block. */
export declare const BenchmarkResultsSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    target: import("@sinclair/typebox").TString;
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"function">, import("@sinclair/typebox").TLiteral<"command">, import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"page">]>;
    base: import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        dirty: import("@sinclair/typebox").TBoolean;
    }>;
    candidate: import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        dirty: import("@sinclair/typebox").TBoolean;
    }>;
    started_at: import("@sinclair/typebox").TString;
    finished_at: import("@sinclair/typebox").TString;
    order_seed: import("@sinclair/typebox").TInteger;
    budget_ms: import("@sinclair/typebox").TNumber;
    elapsed_ms: import("@sinclair/typebox").TNumber;
    metrics: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        unit: import("@sinclair/typebox").TString;
        direction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>;
        scale: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"log">, import("@sinclair/typebox").TLiteral<"difference">]>;
    }>>;
    blocks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        index: import("@sinclair/typebox").TInteger;
        order: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"base">, import("@sinclair/typebox").TLiteral<"candidate">, import("@sinclair/typebox").TLiteral<"base-aa">]>>;
        values: import("@sinclair/typebox").TObject<{
            base: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
            candidate: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
            'base-aa': import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
        }>;
    }>>;
    environment: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnknown>;
}>;
export type BenchmarkResults = Static<typeof BenchmarkResultsSchema>;
