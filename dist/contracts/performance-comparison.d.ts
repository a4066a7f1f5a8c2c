import type { Static } from '@sinclair/typebox';
/** One compared metric. */
export declare const ComparedMetricSchema: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    unit: import("@sinclair/typebox").TString;
    direction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>;
    scale: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"log">, import("@sinclair/typebox").TLiteral<"difference">]>;
    objective: import("@sinclair/typebox").TBoolean;
    base: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    candidate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    effect: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    ci95: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TNull]>;
    ci95_each: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>]>, import("@sinclair/typebox").TNull]>;
    p: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    p_adjusted: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    noise_floor: import("@sinclair/typebox").TNumber;
    noise_floor_measured: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    pairs: import("@sinclair/typebox").TInteger;
    verdict: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
    role: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"objective">, import("@sinclair/typebox").TLiteral<"guard">]>;
    tolerance: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    load: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
/** `performance-comparison.json`: the verdict of a paired base-versus-candidate comparison. */
export declare const PerformanceComparisonSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<2>;
    target: import("@sinclair/typebox").TString;
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"function">, import("@sinclair/typebox").TLiteral<"command">, import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"page">]>;
    validation_status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"pass">, import("@sinclair/typebox").TLiteral<"fail">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
    status_reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    objective: import("@sinclair/typebox").TObject<{
        metric: import("@sinclair/typebox").TString;
        direction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>;
    }>;
    metrics: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        unit: import("@sinclair/typebox").TString;
        direction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>;
        scale: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"log">, import("@sinclair/typebox").TLiteral<"difference">]>;
        objective: import("@sinclair/typebox").TBoolean;
        base: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        candidate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        effect: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        ci95: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TNull]>;
        ci95_each: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>]>, import("@sinclair/typebox").TNull]>;
        p: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        p_adjusted: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        noise_floor: import("@sinclair/typebox").TNumber;
        noise_floor_measured: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        pairs: import("@sinclair/typebox").TInteger;
        verdict: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
        role: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"objective">, import("@sinclair/typebox").TLiteral<"guard">]>;
        tolerance: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        load: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    }>>;
    guards: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        metric: import("@sinclair/typebox").TString;
        change: import("@sinclair/typebox").TString;
        tolerance: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        verdict: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"ok">, import("@sinclair/typebox").TLiteral<"within-tolerance">, import("@sinclair/typebox").TLiteral<"exceeded">]>;
        load: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    }>>;
    harness: import("@sinclair/typebox").TObject<{
        source: import("@sinclair/typebox").TObject<{
            commit: import("@sinclair/typebox").TString;
            label: import("@sinclair/typebox").TString;
        }>;
        pinned: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        edited: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            path: import("@sinclair/typebox").TString;
            status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"added">, import("@sinclair/typebox").TLiteral<"modified">, import("@sinclair/typebox").TLiteral<"deleted">]>;
            role: import("@sinclair/typebox").TString;
        }>>;
        added: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            path: import("@sinclair/typebox").TString;
            status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"added">, import("@sinclair/typebox").TLiteral<"modified">, import("@sinclair/typebox").TLiteral<"deleted">]>;
            role: import("@sinclair/typebox").TString;
        }>>;
        tests_on_candidate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"same">, import("@sinclair/typebox").TLiteral<"pinned-and-own">, import("@sinclair/typebox").TLiteral<"none">]>;
    }>;
    noise_floor: import("@sinclair/typebox").TObject<{
        method: import("@sinclair/typebox").TString;
        minimum: import("@sinclair/typebox").TNumber;
        objective: import("@sinclair/typebox").TNumber;
    }>;
    behaviour: import("@sinclair/typebox").TObject<{
        passed: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>;
        checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"check-command">, import("@sinclair/typebox").TLiteral<"http-response">, import("@sinclair/typebox").TLiteral<"function-return">, import("@sinclair/typebox").TLiteral<"candidate-error">, import("@sinclair/typebox").TLiteral<"call-history">, import("@sinclair/typebox").TLiteral<"page-dom">]>;
            status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"passed">, import("@sinclair/typebox").TLiteral<"failed">, import("@sinclair/typebox").TLiteral<"base-failed">]>;
            detail: import("@sinclair/typebox").TString;
        }>>;
    }>;
    design: import("@sinclair/typebox").TObject<{
        pairs: import("@sinclair/typebox").TInteger;
        trials_per_side: import("@sinclair/typebox").TInteger;
        processes_per_side: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
        unit: import("@sinclair/typebox").TString;
        iterations: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TInteger>;
        invalid_trials: import("@sinclair/typebox").TInteger;
        time_budget_ms: import("@sinclair/typebox").TNumber;
        elapsed_ms: import("@sinclair/typebox").TNumber;
        stopped_by: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"budget">, import("@sinclair/typebox").TLiteral<"max-blocks">, import("@sinclair/typebox").TLiteral<"settled">, import("@sinclair/typebox").TLiteral<"sequential">]>;
        arms: import("@sinclair/typebox").TString;
        order_seed: import("@sinclair/typebox").TInteger;
        estimator: import("@sinclair/typebox").TString;
        bootstrap_resamples: import("@sinclair/typebox").TInteger;
        alpha: import("@sinclair/typebox").TNumber;
        sequential: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            spending: import("@sinclair/typebox").TString;
            alpha: import("@sinclair/typebox").TNumber;
            stop_alpha: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            fractions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>;
            looks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                look: import("@sinclair/typebox").TInteger;
                blocks: import("@sinclair/typebox").TInteger;
                fraction: import("@sinclair/typebox").TNumber;
                alpha_spent: import("@sinclair/typebox").TNumber;
                nominal_alpha: import("@sinclair/typebox").TNumber;
                p: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
                outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"continue">, import("@sinclair/typebox").TLiteral<"stop">, import("@sinclair/typebox").TLiteral<"skipped">]>;
                reason: import("@sinclair/typebox").TString;
            }>>;
            final_alpha: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            final_fraction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>>;
            stopped_early: import("@sinclair/typebox").TBoolean;
            stopped_at: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                block: import("@sinclair/typebox").TInteger;
                look: import("@sinclair/typebox").TInteger;
                reason: import("@sinclair/typebox").TString;
            }>, import("@sinclair/typebox").TNull]>;
        }>>;
    }>;
    environment: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnknown>;
    base: import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        ref: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        dirty: import("@sinclair/typebox").TBoolean;
    }>;
    candidate: import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        ref: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        dirty: import("@sinclair/typebox").TBoolean;
    }>;
    base_dependencies: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"none">, import("@sinclair/typebox").TLiteral<"linked">, import("@sinclair/typebox").TLiteral<"installed">]>;
    deployments: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        base: import("@sinclair/typebox").TObject<{
            url: import("@sinclair/typebox").TString;
            host: import("@sinclair/typebox").TString;
            remote: import("@sinclair/typebox").TBoolean;
        }>;
        candidate: import("@sinclair/typebox").TObject<{
            url: import("@sinclair/typebox").TString;
            host: import("@sinclair/typebox").TString;
            remote: import("@sinclair/typebox").TBoolean;
        }>;
        not_measured: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>>;
    created_at: import("@sinclair/typebox").TString;
}>;
export type ComparedMetric = Static<typeof ComparedMetricSchema>;
export type PerformanceComparison = Static<typeof PerformanceComparisonSchema>;
