import type { Static } from '@sinclair/typebox';
/** Where the time of a sample went, by the kind of code at the top of its stack. */
export declare const SampleCategorySchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"user">, import("@sinclair/typebox").TLiteral<"dependency">, import("@sinclair/typebox").TLiteral<"json">, import("@sinclair/typebox").TLiteral<"regex">, import("@sinclair/typebox").TLiteral<"crypto">, import("@sinclair/typebox").TLiteral<"sync-io">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"native">, import("@sinclair/typebox").TLiteral<"node">, import("@sinclair/typebox").TLiteral<"program">, import("@sinclair/typebox").TLiteral<"wait">]>;
/** A code location as the report names it. */
declare const SiteSchema: import("@sinclair/typebox").TObject<{
    function: import("@sinclair/typebox").TString;
    file: import("@sinclair/typebox").TString;
    line: import("@sinclair/typebox").TInteger;
    package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    share: import("@sinclair/typebox").TNumber;
}>;
declare const BottleneckSchema: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TString;
    rank: import("@sinclair/typebox").TInteger;
    function: import("@sinclair/typebox").TString;
    file: import("@sinclair/typebox").TString;
    line: import("@sinclair/typebox").TInteger;
    hot_line: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    self_share: import("@sinclair/typebox").TNumber;
    total_share: import("@sinclair/typebox").TNumber;
    share_interval: import("@sinclair/typebox").TObject<{
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
        method: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"wilson-95">, import("@sinclair/typebox").TLiteral<"normal-95-requests">, import("@sinclair/typebox").TLiteral<"t-95-runs">]>;
    }>;
    samples: import("@sinclair/typebox").TInteger;
    category: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"user">, import("@sinclair/typebox").TLiteral<"dependency">, import("@sinclair/typebox").TLiteral<"json">, import("@sinclair/typebox").TLiteral<"regex">, import("@sinclair/typebox").TLiteral<"crypto">, import("@sinclair/typebox").TLiteral<"sync-io">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"native">, import("@sinclair/typebox").TLiteral<"node">, import("@sinclair/typebox").TLiteral<"program">, import("@sinclair/typebox").TLiteral<"wait">]>;
    categories: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
    callers: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        function: import("@sinclair/typebox").TString;
        file: import("@sinclair/typebox").TString;
        line: import("@sinclair/typebox").TInteger;
        package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        share: import("@sinclair/typebox").TNumber;
    }>>;
    call_sites: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        function: import("@sinclair/typebox").TString;
        file: import("@sinclair/typebox").TString;
        line: import("@sinclair/typebox").TInteger;
        package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        share: import("@sinclair/typebox").TNumber;
    }>>;
    hottest_stacks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        stack: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        share: import("@sinclair/typebox").TNumber;
    }>>;
    recursive: import("@sinclair/typebox").TBoolean;
    separated_from_next: import("@sinclair/typebox").TBoolean;
    reason: import("@sinclair/typebox").TString;
    latency_share: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    wait: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        operation_kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"pg">, import("@sinclair/typebox").TLiteral<"pg-pool">, import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"timer">, import("@sinclair/typebox").TLiteral<"fs">, import("@sinclair/typebox").TLiteral<"lock">]>;
        operation: import("@sinclair/typebox").TString;
        per_request: import("@sinclair/typebox").TNumber;
        requests_with: import("@sinclair/typebox").TNumber;
        calls: import("@sinclair/typebox").TInteger;
        mean_ms: import("@sinclair/typebox").TNumber;
        p95_ms: import("@sinclair/typebox").TNumber;
        sequential: import("@sinclair/typebox").TBoolean;
        pattern: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"n-plus-one">, import("@sinclair/typebox").TLiteral<"slow-operation">, import("@sinclair/typebox").TLiteral<"sequential-awaits">, import("@sinclair/typebox").TLiteral<"pool-exhausted">, import("@sinclair/typebox").TLiteral<"lock-contention">, import("@sinclair/typebox").TNull]>;
        path: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            function: import("@sinclair/typebox").TString;
            file: import("@sinclair/typebox").TString;
            line: import("@sinclair/typebox").TInteger;
        }>>;
    }>>;
}>;
declare const FindingSchema: import("@sinclair/typebox").TObject<{
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"event-loop-delay">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"sync-io">, import("@sinclair/typebox").TLiteral<"cpu-contention">, import("@sinclair/typebox").TLiteral<"n-plus-one">, import("@sinclair/typebox").TLiteral<"sequential-awaits">, import("@sinclair/typebox").TLiteral<"slow-operation">, import("@sinclair/typebox").TLiteral<"pool-exhausted">, import("@sinclair/typebox").TLiteral<"lock-contention">, import("@sinclair/typebox").TLiteral<"long-task">, import("@sinclair/typebox").TLiteral<"render-blocking-resource">, import("@sinclair/typebox").TLiteral<"oversized-bundle">, import("@sinclair/typebox").TLiteral<"forced-layout">]>;
    measured: import("@sinclair/typebox").TBoolean;
    significant: import("@sinclair/typebox").TBoolean;
    summary: import("@sinclair/typebox").TString;
    share: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    share_interval: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        low: import("@sinclair/typebox").TNumber;
        high: import("@sinclair/typebox").TNumber;
        method: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"wilson-95">, import("@sinclair/typebox").TLiteral<"normal-95-requests">, import("@sinclair/typebox").TLiteral<"t-95-runs">]>;
    }>, import("@sinclair/typebox").TNull]>;
    metrics: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
    call_sites: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        function: import("@sinclair/typebox").TString;
        file: import("@sinclair/typebox").TString;
        line: import("@sinclair/typebox").TInteger;
        package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        share: import("@sinclair/typebox").TNumber;
    }>>;
}>;
/** `bottleneck-report.json`: where the target's time goes, ranked, with the evidence. */
export declare const BottleneckReportSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    target: import("@sinclair/typebox").TString;
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"function">, import("@sinclair/typebox").TLiteral<"command">, import("@sinclair/typebox").TLiteral<"page">]>;
    created_at: import("@sinclair/typebox").TString;
    samples: import("@sinclair/typebox").TObject<{
        count: import("@sinclair/typebox").TInteger;
        active: import("@sinclair/typebox").TInteger;
        idle: import("@sinclair/typebox").TInteger;
        interval_us: import("@sinclair/typebox").TNumber;
        mean_interval_us: import("@sinclair/typebox").TNumber;
        duration_ms: import("@sinclair/typebox").TNumber;
        processes: import("@sinclair/typebox").TInteger;
        min_active: import("@sinclair/typebox").TInteger;
    }>;
    bottlenecks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TString;
        rank: import("@sinclair/typebox").TInteger;
        function: import("@sinclair/typebox").TString;
        file: import("@sinclair/typebox").TString;
        line: import("@sinclair/typebox").TInteger;
        hot_line: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        self_share: import("@sinclair/typebox").TNumber;
        total_share: import("@sinclair/typebox").TNumber;
        share_interval: import("@sinclair/typebox").TObject<{
            low: import("@sinclair/typebox").TNumber;
            high: import("@sinclair/typebox").TNumber;
            method: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"wilson-95">, import("@sinclair/typebox").TLiteral<"normal-95-requests">, import("@sinclair/typebox").TLiteral<"t-95-runs">]>;
        }>;
        samples: import("@sinclair/typebox").TInteger;
        category: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"user">, import("@sinclair/typebox").TLiteral<"dependency">, import("@sinclair/typebox").TLiteral<"json">, import("@sinclair/typebox").TLiteral<"regex">, import("@sinclair/typebox").TLiteral<"crypto">, import("@sinclair/typebox").TLiteral<"sync-io">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"native">, import("@sinclair/typebox").TLiteral<"node">, import("@sinclair/typebox").TLiteral<"program">, import("@sinclair/typebox").TLiteral<"wait">]>;
        categories: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
        callers: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            function: import("@sinclair/typebox").TString;
            file: import("@sinclair/typebox").TString;
            line: import("@sinclair/typebox").TInteger;
            package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            share: import("@sinclair/typebox").TNumber;
        }>>;
        call_sites: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            function: import("@sinclair/typebox").TString;
            file: import("@sinclair/typebox").TString;
            line: import("@sinclair/typebox").TInteger;
            package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            share: import("@sinclair/typebox").TNumber;
        }>>;
        hottest_stacks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            stack: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
            share: import("@sinclair/typebox").TNumber;
        }>>;
        recursive: import("@sinclair/typebox").TBoolean;
        separated_from_next: import("@sinclair/typebox").TBoolean;
        reason: import("@sinclair/typebox").TString;
        latency_share: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        wait: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            operation_kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"pg">, import("@sinclair/typebox").TLiteral<"pg-pool">, import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"timer">, import("@sinclair/typebox").TLiteral<"fs">, import("@sinclair/typebox").TLiteral<"lock">]>;
            operation: import("@sinclair/typebox").TString;
            per_request: import("@sinclair/typebox").TNumber;
            requests_with: import("@sinclair/typebox").TNumber;
            calls: import("@sinclair/typebox").TInteger;
            mean_ms: import("@sinclair/typebox").TNumber;
            p95_ms: import("@sinclair/typebox").TNumber;
            sequential: import("@sinclair/typebox").TBoolean;
            pattern: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"n-plus-one">, import("@sinclair/typebox").TLiteral<"slow-operation">, import("@sinclair/typebox").TLiteral<"sequential-awaits">, import("@sinclair/typebox").TLiteral<"pool-exhausted">, import("@sinclair/typebox").TLiteral<"lock-contention">, import("@sinclair/typebox").TNull]>;
            path: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                function: import("@sinclair/typebox").TString;
                file: import("@sinclair/typebox").TString;
                line: import("@sinclair/typebox").TInteger;
            }>>;
        }>>;
    }>>;
    categories: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
    unattributed_share: import("@sinclair/typebox").TNumber;
    findings: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"event-loop-delay">, import("@sinclair/typebox").TLiteral<"gc">, import("@sinclair/typebox").TLiteral<"sync-io">, import("@sinclair/typebox").TLiteral<"cpu-contention">, import("@sinclair/typebox").TLiteral<"n-plus-one">, import("@sinclair/typebox").TLiteral<"sequential-awaits">, import("@sinclair/typebox").TLiteral<"slow-operation">, import("@sinclair/typebox").TLiteral<"pool-exhausted">, import("@sinclair/typebox").TLiteral<"lock-contention">, import("@sinclair/typebox").TLiteral<"long-task">, import("@sinclair/typebox").TLiteral<"render-blocking-resource">, import("@sinclair/typebox").TLiteral<"oversized-bundle">, import("@sinclair/typebox").TLiteral<"forced-layout">]>;
        measured: import("@sinclair/typebox").TBoolean;
        significant: import("@sinclair/typebox").TBoolean;
        summary: import("@sinclair/typebox").TString;
        share: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        share_interval: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            low: import("@sinclair/typebox").TNumber;
            high: import("@sinclair/typebox").TNumber;
            method: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"wilson-95">, import("@sinclair/typebox").TLiteral<"normal-95-requests">, import("@sinclair/typebox").TLiteral<"t-95-runs">]>;
        }>, import("@sinclair/typebox").TNull]>;
        metrics: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
        call_sites: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            function: import("@sinclair/typebox").TString;
            file: import("@sinclair/typebox").TString;
            line: import("@sinclair/typebox").TInteger;
            package: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            share: import("@sinclair/typebox").TNumber;
        }>>;
    }>>;
    no_bottleneck_found: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNull, import("@sinclair/typebox").TObject<{
        evidence: import("@sinclair/typebox").TString;
    }>]>;
    profiler_overhead: import("@sinclair/typebox").TObject<{
        method: import("@sinclair/typebox").TString;
        unprofiled_rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        profiled_rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        unit: import("@sinclair/typebox").TString;
        overhead: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    }>;
    load: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNull, import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TString]>>]>;
    files: import("@sinclair/typebox").TObject<{
        cpuprofile: import("@sinclair/typebox").TString;
        collapsed: import("@sinclair/typebox").TString;
    }>;
    notes: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    waits: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        requests: import("@sinclair/typebox").TInteger;
        unit: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"request">, import("@sinclair/typebox").TLiteral<"call">, import("@sinclair/typebox").TLiteral<"run">]>>;
        latency_p50_ms: import("@sinclair/typebox").TNumber;
        latency_p99_ms: import("@sinclair/typebox").TNumber;
        wait_share: import("@sinclair/typebox").TNumber;
        wait_interval: import("@sinclair/typebox").TObject<{
            low: import("@sinclair/typebox").TNumber;
            high: import("@sinclair/typebox").TNumber;
            method: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"wilson-95">, import("@sinclair/typebox").TLiteral<"normal-95-requests">, import("@sinclair/typebox").TLiteral<"t-95-runs">]>;
        }>;
        other_share: import("@sinclair/typebox").TNumber;
        instrumented: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        waterfalls: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNull, import("@sinclair/typebox").TObject<{
            typical: import("@sinclair/typebox").TObject<{
                request: import("@sinclair/typebox").TString;
                latency_ms: import("@sinclair/typebox").TNumber;
                operations: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                    site: import("@sinclair/typebox").TString;
                    operation: import("@sinclair/typebox").TString;
                    start_ms: import("@sinclair/typebox").TNumber;
                    duration_ms: import("@sinclair/typebox").TNumber;
                }>>;
            }>;
            p99: import("@sinclair/typebox").TObject<{
                request: import("@sinclair/typebox").TString;
                latency_ms: import("@sinclair/typebox").TNumber;
                operations: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                    site: import("@sinclair/typebox").TString;
                    operation: import("@sinclair/typebox").TString;
                    start_ms: import("@sinclair/typebox").TNumber;
                    duration_ms: import("@sinclair/typebox").TNumber;
                }>>;
            }>;
        }>]>;
        dropped_requests: import("@sinclair/typebox").TInteger;
        dropped_operations: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        followed_share: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    }>>;
    page: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
    }>>;
}>;
/** The bottleneck report, typed from its schema. */
export type BottleneckReport = Static<typeof BottleneckReportSchema>;
/** One ranked entry of {@link BottleneckReport}. */
export type Bottleneck = Static<typeof BottleneckSchema>;
/** One finding of {@link BottleneckReport}. */
export type Finding = Static<typeof FindingSchema>;
/** A category of samples. */
export type SampleCategory = Static<typeof SampleCategorySchema>;
/** A caller or call site. */
export type Site = Static<typeof SiteSchema>;
export {};
