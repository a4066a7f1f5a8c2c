import type { Static } from '@sinclair/typebox';
/** How one metric came out in the gate, after the adjustment across every target. */
export declare const CiMetricVerdictSchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"within-threshold">, import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
/** One metric of one target. */
export declare const CiMetricSchema: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    unit: import("@sinclair/typebox").TString;
    direction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>;
    scale: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"log">, import("@sinclair/typebox").TLiteral<"difference">]>;
    base: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    head: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    effect: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    ci95: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TNull]>;
    noise_floor: import("@sinclair/typebox").TNumber;
    threshold: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    p: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    p_design: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    p_holm: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    verdict: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"within-threshold">, import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
}>;
/** How a target's comparison spent its time. */
export declare const CiDesignSchema: import("@sinclair/typebox").TObject<{
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"sequential">, import("@sinclair/typebox").TLiteral<"fixed">]>;
    budget_ms: import("@sinclair/typebox").TNumber;
    stopped_early: import("@sinclair/typebox").TBoolean;
    look: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
    stop_alpha: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    saved_ms: import("@sinclair/typebox").TNumber;
}>;
/** One target of a gate run. */
export declare const CiTargetSchema: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"function">, import("@sinclair/typebox").TLiteral<"command">, import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"page">, import("@sinclair/typebox").TNull]>;
    outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"pass">, import("@sinclair/typebox").TLiteral<"fail">, import("@sinclair/typebox").TLiteral<"accepted">, import("@sinclair/typebox").TLiteral<"error">, import("@sinclair/typebox").TLiteral<"skipped">]>;
    informational: import("@sinclair/typebox").TBoolean;
    threshold: import("@sinclair/typebox").TNumber;
    accepted: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        by: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"trailer">, import("@sinclair/typebox").TLiteral<"label">]>;
        source: import("@sinclair/typebox").TString;
    }>, import("@sinclair/typebox").TNull]>;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    metrics: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        unit: import("@sinclair/typebox").TString;
        direction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>;
        scale: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"log">, import("@sinclair/typebox").TLiteral<"difference">]>;
        base: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        head: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        effect: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        ci95: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TNull]>;
        noise_floor: import("@sinclair/typebox").TNumber;
        threshold: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        p: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        p_design: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        p_holm: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        verdict: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"within-threshold">, import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
    }>>;
    behaviour: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>;
    harness_edits: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    pairs: import("@sinclair/typebox").TInteger;
    elapsed_ms: import("@sinclair/typebox").TNumber;
    design: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"sequential">, import("@sinclair/typebox").TLiteral<"fixed">]>;
        budget_ms: import("@sinclair/typebox").TNumber;
        stopped_early: import("@sinclair/typebox").TBoolean;
        look: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
        stop_alpha: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
        saved_ms: import("@sinclair/typebox").TNumber;
    }>, import("@sinclair/typebox").TNull]>;
    comparison_file: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
}>;
/** The environment of a run, for telling runs on different machines apart. */
export declare const EnvironmentFingerprintSchema: import("@sinclair/typebox").TObject<{
    fingerprint: import("@sinclair/typebox").TString;
    cpu_model: import("@sinclair/typebox").TString;
    cores: import("@sinclair/typebox").TInteger;
    platform: import("@sinclair/typebox").TString;
    node: import("@sinclair/typebox").TString;
}>;
/** The result of `perfflow ci`. */
export declare const CiResultSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"pass">, import("@sinclair/typebox").TLiteral<"fail">, import("@sinclair/typebox").TLiteral<"error">]>;
    exit_code: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<0>, import("@sinclair/typebox").TLiteral<1>, import("@sinclair/typebox").TLiteral<4>]>;
    base: import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        ref: import("@sinclair/typebox").TString;
        how: import("@sinclair/typebox").TString;
    }>;
    head: import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        ref: import("@sinclair/typebox").TString;
    }>;
    alpha: import("@sinclair/typebox").TNumber;
    adjustment: import("@sinclair/typebox").TString;
    targets: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"function">, import("@sinclair/typebox").TLiteral<"command">, import("@sinclair/typebox").TLiteral<"http">, import("@sinclair/typebox").TLiteral<"page">, import("@sinclair/typebox").TNull]>;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"pass">, import("@sinclair/typebox").TLiteral<"fail">, import("@sinclair/typebox").TLiteral<"accepted">, import("@sinclair/typebox").TLiteral<"error">, import("@sinclair/typebox").TLiteral<"skipped">]>;
        informational: import("@sinclair/typebox").TBoolean;
        threshold: import("@sinclair/typebox").TNumber;
        accepted: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            by: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"trailer">, import("@sinclair/typebox").TLiteral<"label">]>;
            source: import("@sinclair/typebox").TString;
        }>, import("@sinclair/typebox").TNull]>;
        reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        metrics: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            unit: import("@sinclair/typebox").TString;
            direction: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>;
            scale: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"log">, import("@sinclair/typebox").TLiteral<"difference">]>;
            base: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            head: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            effect: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            ci95: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TNull]>;
            noise_floor: import("@sinclair/typebox").TNumber;
            threshold: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            p: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            p_design: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            p_holm: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            verdict: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"within-threshold">, import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
        }>>;
        behaviour: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>;
        harness_edits: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        pairs: import("@sinclair/typebox").TInteger;
        elapsed_ms: import("@sinclair/typebox").TNumber;
        design: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"sequential">, import("@sinclair/typebox").TLiteral<"fixed">]>;
            budget_ms: import("@sinclair/typebox").TNumber;
            stopped_early: import("@sinclair/typebox").TBoolean;
            look: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TNull]>;
            stop_alpha: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
            saved_ms: import("@sinclair/typebox").TNumber;
        }>, import("@sinclair/typebox").TNull]>;
        comparison_file: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    }>>;
    environment: import("@sinclair/typebox").TObject<{
        fingerprint: import("@sinclair/typebox").TString;
        cpu_model: import("@sinclair/typebox").TString;
        cores: import("@sinclair/typebox").TInteger;
        platform: import("@sinclair/typebox").TString;
        node: import("@sinclair/typebox").TString;
    }>;
    report: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    created_at: import("@sinclair/typebox").TString;
}>;
/** One line of the history store: one metric of one target in one run. */
export declare const CiHistoryEntrySchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    recorded_at: import("@sinclair/typebox").TString;
    commit: import("@sinclair/typebox").TString;
    base_commit: import("@sinclair/typebox").TString;
    target: import("@sinclair/typebox").TString;
    metric: import("@sinclair/typebox").TString;
    unit: import("@sinclair/typebox").TString;
    scale: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"log">, import("@sinclair/typebox").TLiteral<"difference">]>;
    estimate: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNull]>;
    ci95: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TTuple<[import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TNumber]>, import("@sinclair/typebox").TNull]>;
    noise_floor: import("@sinclair/typebox").TNumber;
    verdict: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"regressed">, import("@sinclair/typebox").TLiteral<"within-threshold">, import("@sinclair/typebox").TLiteral<"improved">, import("@sinclair/typebox").TLiteral<"unchanged">, import("@sinclair/typebox").TLiteral<"inconclusive">]>;
    environment: import("@sinclair/typebox").TObject<{
        fingerprint: import("@sinclair/typebox").TString;
        cpu_model: import("@sinclair/typebox").TString;
        cores: import("@sinclair/typebox").TInteger;
        platform: import("@sinclair/typebox").TString;
        node: import("@sinclair/typebox").TString;
    }>;
}>;
export type CiMetric = Static<typeof CiMetricSchema>;
export type CiMetricVerdict = Static<typeof CiMetricVerdictSchema>;
export type CiTarget = Static<typeof CiTargetSchema>;
export type CiDesign = Static<typeof CiDesignSchema>;
export type CiResult = Static<typeof CiResultSchema>;
export type CiHistoryEntry = Static<typeof CiHistoryEntrySchema>;
export type EnvironmentFingerprint = Static<typeof EnvironmentFingerprintSchema>;
