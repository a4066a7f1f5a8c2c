import type { Static } from '@sinclair/typebox';
/** Summary of repeated values: centre, spread and range. */
export declare const SpreadSchema: import("@sinclair/typebox").TObject<{
    n: import("@sinclair/typebox").TInteger;
    mean: import("@sinclair/typebox").TNumber;
    median: import("@sinclair/typebox").TNumber;
    min: import("@sinclair/typebox").TNumber;
    max: import("@sinclair/typebox").TNumber;
    stddev: import("@sinclair/typebox").TNumber;
    mad: import("@sinclair/typebox").TNumber;
}>;
/** Where and on what the measurement ran. */
export declare const EnvironmentSchema: import("@sinclair/typebox").TObject<{
    cpu_model: import("@sinclair/typebox").TString;
    cores: import("@sinclair/typebox").TInteger;
    available_parallelism: import("@sinclair/typebox").TInteger;
    total_memory_bytes: import("@sinclair/typebox").TInteger;
    platform: import("@sinclair/typebox").TString;
    arch: import("@sinclair/typebox").TString;
    os_release: import("@sinclair/typebox").TString;
    node: import("@sinclair/typebox").TString;
    v8: import("@sinclair/typebox").TString;
    load_average: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
    cgroup: import("@sinclair/typebox").TObject<{
        cpu_quota_cores: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        memory_limit_bytes: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    }>;
    git: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        dirty: import("@sinclair/typebox").TBoolean;
    }>, import("@sinclair/typebox").TNull]>;
    load_engine: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TLiteral<"artillery">;
        version: import("@sinclair/typebox").TString;
        platform: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"local">, import("@sinclair/typebox").TLiteral<"aws-lambda">, import("@sinclair/typebox").TLiteral<"aws-fargate">]>;
        workers: import("@sinclair/typebox").TInteger;
        region: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    captured_at: import("@sinclair/typebox").TString;
    service: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        started_by_perfflow: import("@sinclair/typebox").TBoolean;
        remote: import("@sinclair/typebox").TBoolean;
        host: import("@sinclair/typebox").TString;
        max_rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        abort_error_rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    }>>;
    browser: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
declare const HttpMetrics: import("@sinclair/typebox").TObject<{
    url: import("@sinclair/typebox").TString;
    method: import("@sinclair/typebox").TString;
    mode: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"closed">, import("@sinclair/typebox").TLiteral<"open">]>;
    connections: import("@sinclair/typebox").TInteger;
    rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    duration_ms: import("@sinclair/typebox").TNumber;
    warmup_ms: import("@sinclair/typebox").TNumber;
    latency_us: import("@sinclair/typebox").TObject<{
        p50: import("@sinclair/typebox").TNumber;
        p90: import("@sinclair/typebox").TNumber;
        p99: import("@sinclair/typebox").TNumber;
        p999: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        mean: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    }>;
    latency_resolution_us: import("@sinclair/typebox").TNumber;
    requests: import("@sinclair/typebox").TInteger;
    responses: import("@sinclair/typebox").TInteger;
    throughput_rps: import("@sinclair/typebox").TNumber;
    errors: import("@sinclair/typebox").TInteger;
    error_rate: import("@sinclair/typebox").TNumber;
    non_2xx: import("@sinclair/typebox").TInteger;
    non_2xx_rate: import("@sinclair/typebox").TNumber;
    status_codes: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
    error_kinds: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
    bytes_read: import("@sinclair/typebox").TInteger;
    bytes_per_second: import("@sinclair/typebox").TNumber;
    generator: import("@sinclair/typebox").TObject<{
        cpu_percent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        event_loop_delay_p99_ms: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        send_lag_p99_ms: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        saturated: import("@sinclair/typebox").TBoolean;
    }>;
    flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        flows: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            weight: import("@sinclair/typebox").TInteger;
            started: import("@sinclair/typebox").TInteger;
            completed: import("@sinclair/typebox").TInteger;
            failed: import("@sinclair/typebox").TInteger;
        }>>;
        steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            flow: import("@sinclair/typebox").TString;
            name: import("@sinclair/typebox").TString;
            method: import("@sinclair/typebox").TString;
            url: import("@sinclair/typebox").TString;
            requests: import("@sinclair/typebox").TInteger;
            responses: import("@sinclair/typebox").TInteger;
            errors: import("@sinclair/typebox").TInteger;
            error_kinds: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
            non_2xx: import("@sinclair/typebox").TInteger;
            status_codes: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
            unexpected_status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            capture_failures: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            latency_us: import("@sinclair/typebox").TObject<{
                p50: import("@sinclair/typebox").TNumber;
                p90: import("@sinclair/typebox").TNumber;
                p99: import("@sinclair/typebox").TNumber;
                p999: import("@sinclair/typebox").TNumber;
                max: import("@sinclair/typebox").TNumber;
                min: import("@sinclair/typebox").TNumber;
                mean: import("@sinclair/typebox").TNumber;
                stddev: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            }>;
        }>>;
        think_ms: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
    }>>;
    not_measured: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
}>;
declare const FunctionMetrics: import("@sinclair/typebox").TObject<{
    file: import("@sinclair/typebox").TString;
    batch_ms: import("@sinclair/typebox").TNumber;
    warmup_ms: import("@sinclair/typebox").TNumber;
    tasks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        batches: import("@sinclair/typebox").TInteger;
        iterations: import("@sinclair/typebox").TInteger;
        mean_ns: import("@sinclair/typebox").TNumber;
        ops_per_second: import("@sinclair/typebox").TNumber;
        batch_mean_ns: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        spread_percent: import("@sinclair/typebox").TNumber;
        p99_ns: import("@sinclair/typebox").TNumber;
    }>>;
}>;
declare const CommandMetrics: import("@sinclair/typebox").TObject<{
    command: import("@sinclair/typebox").TString;
    runs: import("@sinclair/typebox").TInteger;
    warmup: import("@sinclair/typebox").TInteger;
    wall_ms: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    user_ms: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    sys_ms: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    max_rss_kib: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>, import("@sinclair/typebox").TNull]>;
    exit_codes: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
    outliers: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        run: import("@sinclair/typebox").TInteger;
        wall_ms: import("@sinclair/typebox").TNumber;
        modified_z: import("@sinclair/typebox").TNumber;
    }>>;
}>;
/** Resource use of the measured process (tree) during the measurement. */
export declare const ResourcesSchema: import("@sinclair/typebox").TObject<{
    samples: import("@sinclair/typebox").TInteger;
    interval_ms: import("@sinclair/typebox").TNumber;
    cpu_percent: import("@sinclair/typebox").TObject<{
        mean: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
    }>;
    rss_bytes: import("@sinclair/typebox").TObject<{
        mean: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
    }>;
    node: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        processes: import("@sinclair/typebox").TInteger;
        heap_used_bytes: import("@sinclair/typebox").TObject<{
            mean: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
        }>;
        heap_total_bytes_max: import("@sinclair/typebox").TNumber;
        gc_ms: import("@sinclair/typebox").TNumber;
        gc_count: import("@sinclair/typebox").TInteger;
        gc_percent: import("@sinclair/typebox").TNumber;
        event_loop_delay_ms: import("@sinclair/typebox").TObject<{
            mean: import("@sinclair/typebox").TNumber;
            p99: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
        }>;
        event_loop_utilization: import("@sinclair/typebox").TNumber;
    }>, import("@sinclair/typebox").TNull]>;
}>;
declare const PageMetrics: import("@sinclair/typebox").TObject<{
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
    lcp_ms: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    fcp_ms: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    cls: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    tbt_ms: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    ready_ms: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    interaction_ms: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>, import("@sinclair/typebox").TNull]>;
    js_heap_bytes: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    transfer_bytes: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    requests: import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        mean: import("@sinclair/typebox").TNumber;
        median: import("@sinclair/typebox").TNumber;
        min: import("@sinclair/typebox").TNumber;
        max: import("@sinclair/typebox").TNumber;
        stddev: import("@sinclair/typebox").TNumber;
        mad: import("@sinclair/typebox").TNumber;
    }>;
    long_tasks: import("@sinclair/typebox").TInteger;
    page_errors: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
}>;
/** `baseline-metrics.json`: one measurement of a target, with everything needed to trust it. */
export declare const BaselineMetricsSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    target: import("@sinclair/typebox").TString;
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"function">, import("@sinclair/typebox").TLiteral<"command">, import("@sinclair/typebox").TLiteral<"page">]>;
    started_at: import("@sinclair/typebox").TString;
    elapsed_ms: import("@sinclair/typebox").TNumber;
    valid: import("@sinclair/typebox").TBoolean;
    invalid_reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    healthy: import("@sinclair/typebox").TBoolean;
    health_reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    environment: import("@sinclair/typebox").TObject<{
        cpu_model: import("@sinclair/typebox").TString;
        cores: import("@sinclair/typebox").TInteger;
        available_parallelism: import("@sinclair/typebox").TInteger;
        total_memory_bytes: import("@sinclair/typebox").TInteger;
        platform: import("@sinclair/typebox").TString;
        arch: import("@sinclair/typebox").TString;
        os_release: import("@sinclair/typebox").TString;
        node: import("@sinclair/typebox").TString;
        v8: import("@sinclair/typebox").TString;
        load_average: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
        cgroup: import("@sinclair/typebox").TObject<{
            cpu_quota_cores: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            memory_limit_bytes: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        }>;
        git: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            commit: import("@sinclair/typebox").TString;
            dirty: import("@sinclair/typebox").TBoolean;
        }>, import("@sinclair/typebox").TNull]>;
        load_engine: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TLiteral<"artillery">;
            version: import("@sinclair/typebox").TString;
            platform: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"local">, import("@sinclair/typebox").TLiteral<"aws-lambda">, import("@sinclair/typebox").TLiteral<"aws-fargate">]>;
            workers: import("@sinclair/typebox").TInteger;
            region: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        captured_at: import("@sinclair/typebox").TString;
        service: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            started_by_perfflow: import("@sinclair/typebox").TBoolean;
            remote: import("@sinclair/typebox").TBoolean;
            host: import("@sinclair/typebox").TString;
            max_rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            abort_error_rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        }>>;
        browser: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>;
    samples: import("@sinclair/typebox").TObject<{
        unit: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"request">, import("@sinclair/typebox").TLiteral<"flow">, import("@sinclair/typebox").TLiteral<"batch">, import("@sinclair/typebox").TLiteral<"run">, import("@sinclair/typebox").TLiteral<"page-load">]>;
        measured: import("@sinclair/typebox").TInteger;
        warmup: import("@sinclair/typebox").TInteger;
        minimum: import("@sinclair/typebox").TInteger;
    }>;
    http: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        url: import("@sinclair/typebox").TString;
        method: import("@sinclair/typebox").TString;
        mode: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"closed">, import("@sinclair/typebox").TLiteral<"open">]>;
        connections: import("@sinclair/typebox").TInteger;
        rate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        duration_ms: import("@sinclair/typebox").TNumber;
        warmup_ms: import("@sinclair/typebox").TNumber;
        latency_us: import("@sinclair/typebox").TObject<{
            p50: import("@sinclair/typebox").TNumber;
            p90: import("@sinclair/typebox").TNumber;
            p99: import("@sinclair/typebox").TNumber;
            p999: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            mean: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        }>;
        latency_resolution_us: import("@sinclair/typebox").TNumber;
        requests: import("@sinclair/typebox").TInteger;
        responses: import("@sinclair/typebox").TInteger;
        throughput_rps: import("@sinclair/typebox").TNumber;
        errors: import("@sinclair/typebox").TInteger;
        error_rate: import("@sinclair/typebox").TNumber;
        non_2xx: import("@sinclair/typebox").TInteger;
        non_2xx_rate: import("@sinclair/typebox").TNumber;
        status_codes: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
        error_kinds: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
        bytes_read: import("@sinclair/typebox").TInteger;
        bytes_per_second: import("@sinclair/typebox").TNumber;
        generator: import("@sinclair/typebox").TObject<{
            cpu_percent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            event_loop_delay_p99_ms: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            send_lag_p99_ms: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            saturated: import("@sinclair/typebox").TBoolean;
        }>;
        flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            flows: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                name: import("@sinclair/typebox").TString;
                weight: import("@sinclair/typebox").TInteger;
                started: import("@sinclair/typebox").TInteger;
                completed: import("@sinclair/typebox").TInteger;
                failed: import("@sinclair/typebox").TInteger;
            }>>;
            steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                flow: import("@sinclair/typebox").TString;
                name: import("@sinclair/typebox").TString;
                method: import("@sinclair/typebox").TString;
                url: import("@sinclair/typebox").TString;
                requests: import("@sinclair/typebox").TInteger;
                responses: import("@sinclair/typebox").TInteger;
                errors: import("@sinclair/typebox").TInteger;
                error_kinds: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
                non_2xx: import("@sinclair/typebox").TInteger;
                status_codes: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
                unexpected_status: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                capture_failures: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                latency_us: import("@sinclair/typebox").TObject<{
                    p50: import("@sinclair/typebox").TNumber;
                    p90: import("@sinclair/typebox").TNumber;
                    p99: import("@sinclair/typebox").TNumber;
                    p999: import("@sinclair/typebox").TNumber;
                    max: import("@sinclair/typebox").TNumber;
                    min: import("@sinclair/typebox").TNumber;
                    mean: import("@sinclair/typebox").TNumber;
                    stddev: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                }>;
            }>>;
            think_ms: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber>;
        }>>;
        not_measured: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    }>>;
    function: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        file: import("@sinclair/typebox").TString;
        batch_ms: import("@sinclair/typebox").TNumber;
        warmup_ms: import("@sinclair/typebox").TNumber;
        tasks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            batches: import("@sinclair/typebox").TInteger;
            iterations: import("@sinclair/typebox").TInteger;
            mean_ns: import("@sinclair/typebox").TNumber;
            ops_per_second: import("@sinclair/typebox").TNumber;
            batch_mean_ns: import("@sinclair/typebox").TObject<{
                n: import("@sinclair/typebox").TInteger;
                mean: import("@sinclair/typebox").TNumber;
                median: import("@sinclair/typebox").TNumber;
                min: import("@sinclair/typebox").TNumber;
                max: import("@sinclair/typebox").TNumber;
                stddev: import("@sinclair/typebox").TNumber;
                mad: import("@sinclair/typebox").TNumber;
            }>;
            spread_percent: import("@sinclair/typebox").TNumber;
            p99_ns: import("@sinclair/typebox").TNumber;
        }>>;
    }>>;
    command: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        command: import("@sinclair/typebox").TString;
        runs: import("@sinclair/typebox").TInteger;
        warmup: import("@sinclair/typebox").TInteger;
        wall_ms: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        user_ms: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        sys_ms: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        max_rss_kib: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>, import("@sinclair/typebox").TNull]>;
        exit_codes: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
        outliers: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            run: import("@sinclair/typebox").TInteger;
            wall_ms: import("@sinclair/typebox").TNumber;
            modified_z: import("@sinclair/typebox").TNumber;
        }>>;
    }>>;
    page: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
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
        lcp_ms: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        fcp_ms: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        cls: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        tbt_ms: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        ready_ms: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        interaction_ms: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>, import("@sinclair/typebox").TNull]>;
        js_heap_bytes: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        transfer_bytes: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        requests: import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            mean: import("@sinclair/typebox").TNumber;
            median: import("@sinclair/typebox").TNumber;
            min: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
            stddev: import("@sinclair/typebox").TNumber;
            mad: import("@sinclair/typebox").TNumber;
        }>;
        long_tasks: import("@sinclair/typebox").TInteger;
        page_errors: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>>;
    resources: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        samples: import("@sinclair/typebox").TInteger;
        interval_ms: import("@sinclair/typebox").TNumber;
        cpu_percent: import("@sinclair/typebox").TObject<{
            mean: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
        }>;
        rss_bytes: import("@sinclair/typebox").TObject<{
            mean: import("@sinclair/typebox").TNumber;
            max: import("@sinclair/typebox").TNumber;
        }>;
        node: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            processes: import("@sinclair/typebox").TInteger;
            heap_used_bytes: import("@sinclair/typebox").TObject<{
                mean: import("@sinclair/typebox").TNumber;
                max: import("@sinclair/typebox").TNumber;
            }>;
            heap_total_bytes_max: import("@sinclair/typebox").TNumber;
            gc_ms: import("@sinclair/typebox").TNumber;
            gc_count: import("@sinclair/typebox").TInteger;
            gc_percent: import("@sinclair/typebox").TNumber;
            event_loop_delay_ms: import("@sinclair/typebox").TObject<{
                mean: import("@sinclair/typebox").TNumber;
                p99: import("@sinclair/typebox").TNumber;
                max: import("@sinclair/typebox").TNumber;
            }>;
            event_loop_utilization: import("@sinclair/typebox").TNumber;
        }>, import("@sinclair/typebox").TNull]>;
    }>, import("@sinclair/typebox").TNull]>;
}>;
/** The TypeScript type of `baseline-metrics.json`. */
export type BaselineMetrics = Static<typeof BaselineMetricsSchema>;
/** The environment block. */
export type Environment = Static<typeof EnvironmentSchema>;
/** The resources block. */
export type Resources = Static<typeof ResourcesSchema>;
/** Spread of repeated values. */
export type Spread = Static<typeof SpreadSchema>;
/** http metrics block. */
export type HttpMetrics = Static<typeof HttpMetrics>;
/** function metrics block. */
export type FunctionMetrics = Static<typeof FunctionMetrics>;
/** command metrics block. */
export type CommandMetrics = Static<typeof CommandMetrics>;
/** page metrics block. */
export type PageMetrics = Static<typeof PageMetrics>;
export {};
