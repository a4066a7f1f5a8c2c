import type { Static } from '@sinclair/typebox';
/** One rubric dimension as rated. */
export declare const RatedDimensionSchema: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    score: import("@sinclair/typebox").TNumber;
    weight: import("@sinclair/typebox").TNumber;
    ceiling: import("@sinclair/typebox").TNumber;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
}>;
/** A rater that took part (or tried to). */
export declare const RaterRecordSchema: import("@sinclair/typebox").TObject<{
    kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"structural">, import("@sinclair/typebox").TLiteral<"model">, import("@sinclair/typebox").TLiteral<"agent">, import("@sinclair/typebox").TLiteral<"claude-cli">]>;
    model: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"ok">, import("@sinclair/typebox").TLiteral<"failed">, import("@sinclair/typebox").TLiteral<"skipped">]>;
    score: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    attempts: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    error: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    fallback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TLiteral<"structural">>;
    detail: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
/** A cap applied because a required part of the plan is missing. */
export declare const RatingCapSchema: import("@sinclair/typebox").TObject<{
    requirement: import("@sinclair/typebox").TString;
    cap: import("@sinclair/typebox").TNumber;
    reason: import("@sinclair/typebox").TString;
}>;
/** `plans/<plan_id>-rating.json`: the response-rater's verdict on one version of a plan. */
export declare const RatingSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    plan_id: import("@sinclair/typebox").TString;
    run_id: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    plan_file: import("@sinclair/typebox").TString;
    plan_sha256: import("@sinclair/typebox").TString;
    plan_format: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"json">, import("@sinclair/typebox").TLiteral<"markdown">, import("@sinclair/typebox").TLiteral<"text">]>;
    rubric: import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        version: import("@sinclair/typebox").TInteger;
        sha256: import("@sinclair/typebox").TString;
    }>;
    score: import("@sinclair/typebox").TNumber;
    minimum: import("@sinclair/typebox").TNumber;
    passed: import("@sinclair/typebox").TBoolean;
    attempt: import("@sinclair/typebox").TInteger;
    max_attempts: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    dimensions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        score: import("@sinclair/typebox").TNumber;
        weight: import("@sinclair/typebox").TNumber;
        ceiling: import("@sinclair/typebox").TNumber;
        reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>>;
    caps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        requirement: import("@sinclair/typebox").TString;
        cap: import("@sinclair/typebox").TNumber;
        reason: import("@sinclair/typebox").TString;
    }>>;
    raters: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"structural">, import("@sinclair/typebox").TLiteral<"model">, import("@sinclair/typebox").TLiteral<"agent">, import("@sinclair/typebox").TLiteral<"claude-cli">]>;
        model: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"ok">, import("@sinclair/typebox").TLiteral<"failed">, import("@sinclair/typebox").TLiteral<"skipped">]>;
        score: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        attempts: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        error: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        fallback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TLiteral<"structural">>;
        detail: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    feedback: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    rated_at: import("@sinclair/typebox").TString;
}>;
export type RatedDimension = Static<typeof RatedDimensionSchema>;
export type RaterRecord = Static<typeof RaterRecordSchema>;
export type RatingCap = Static<typeof RatingCapSchema>;
export type Rating = Static<typeof RatingSchema>;
