import type { Static } from '@sinclair/typebox';
/** The main thread's own time of one kind of work. */
declare const WorkShareSchema: import("@sinclair/typebox").TObject<{
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"script">, import("@sinclair/typebox").TLiteral<"compile">, import("@sinclair/typebox").TLiteral<"style">, import("@sinclair/typebox").TLiteral<"layout">, import("@sinclair/typebox").TLiteral<"render">, import("@sinclair/typebox").TLiteral<"parse-html">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"other">]>;
    ms: import("@sinclair/typebox").TObject<{
        median: import("@sinclair/typebox").TNumber;
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
    }>;
    share: import("@sinclair/typebox").TNumber;
}>;
/** Where the page's scripts forced layout or style recalculation. */
declare const ForcedSiteSchema: import("@sinclair/typebox").TObject<{
    function: import("@sinclair/typebox").TString;
    file: import("@sinclair/typebox").TString;
    line: import("@sinclair/typebox").TInteger;
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"layout">, import("@sinclair/typebox").TLiteral<"style">, import("@sinclair/typebox").TLiteral<"both">]>;
    count: import("@sinclair/typebox").TNumber;
    ms: import("@sinclair/typebox").TNumber;
    share: import("@sinclair/typebox").TNumber;
}>;
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
    work: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"script">, import("@sinclair/typebox").TLiteral<"compile">, import("@sinclair/typebox").TLiteral<"style">, import("@sinclair/typebox").TLiteral<"layout">, import("@sinclair/typebox").TLiteral<"render">, import("@sinclair/typebox").TLiteral<"parse-html">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"other">]>;
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
        work: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"script">, import("@sinclair/typebox").TLiteral<"compile">, import("@sinclair/typebox").TLiteral<"style">, import("@sinclair/typebox").TLiteral<"layout">, import("@sinclair/typebox").TLiteral<"render">, import("@sinclair/typebox").TLiteral<"parse-html">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"other">]>;
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
    main_thread: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        busy_ms: import("@sinclair/typebox").TObject<{
            median: import("@sinclair/typebox").TNumber;
            low: import("@sinclair/typebox").TNumber;
            high: import("@sinclair/typebox").TNumber;
        }>;
        by_kind: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"script">, import("@sinclair/typebox").TLiteral<"compile">, import("@sinclair/typebox").TLiteral<"style">, import("@sinclair/typebox").TLiteral<"layout">, import("@sinclair/typebox").TLiteral<"render">, import("@sinclair/typebox").TLiteral<"parse-html">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"other">]>;
            ms: import("@sinclair/typebox").TObject<{
                median: import("@sinclair/typebox").TNumber;
                low: import("@sinclair/typebox").TNumber;
                high: import("@sinclair/typebox").TNumber;
            }>;
            share: import("@sinclair/typebox").TNumber;
        }>>;
        long_tasks_by_kind: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"script">, import("@sinclair/typebox").TLiteral<"compile">, import("@sinclair/typebox").TLiteral<"style">, import("@sinclair/typebox").TLiteral<"layout">, import("@sinclair/typebox").TLiteral<"render">, import("@sinclair/typebox").TLiteral<"parse-html">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"other">]>;
            ms: import("@sinclair/typebox").TObject<{
                median: import("@sinclair/typebox").TNumber;
                low: import("@sinclair/typebox").TNumber;
                high: import("@sinclair/typebox").TNumber;
            }>;
            share: import("@sinclair/typebox").TNumber;
        }>>;
        forced: import("@sinclair/typebox").TObject<{
            count: import("@sinclair/typebox").TObject<{
                median: import("@sinclair/typebox").TNumber;
                low: import("@sinclair/typebox").TNumber;
                high: import("@sinclair/typebox").TNumber;
            }>;
            ms: import("@sinclair/typebox").TObject<{
                median: import("@sinclair/typebox").TNumber;
                low: import("@sinclair/typebox").TNumber;
                high: import("@sinclair/typebox").TNumber;
            }>;
            sites: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                function: import("@sinclair/typebox").TString;
                file: import("@sinclair/typebox").TString;
                line: import("@sinclair/typebox").TInteger;
                kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"layout">, import("@sinclair/typebox").TLiteral<"style">, import("@sinclair/typebox").TLiteral<"both">]>;
                count: import("@sinclair/typebox").TNumber;
                ms: import("@sinclair/typebox").TNumber;
                share: import("@sinclair/typebox").TNumber;
            }>>;
        }>;
    }>>;
}>;
/** The page section of a bottleneck report. */
export type PageProfile = Static<typeof PageProfileSchema>;
/** One long task. */
export type LongTask = Static<typeof LongTaskSchema>;
export type ForcedSite = Static<typeof ForcedSiteSchema>;
export type WorkShare = Static<typeof WorkShareSchema>;
/** One resource. */
export type PageResource = Static<typeof ResourceSchema>;
export {};
