import type { Static } from '@sinclair/typebox';
/** One dimension as a judge scored it, with quotes from the plan that back the score. */
export declare const JudgedDimensionSchema: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    score: import("@sinclair/typebox").TNumber;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    evidence: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
}>;
/** What every judge returns. */
export declare const JudgeOutputSchema: import("@sinclair/typebox").TObject<{
    dimensions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        score: import("@sinclair/typebox").TNumber;
        reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        evidence: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>>;
    suggestions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
}>;
/** `plans/<plan_id>-judgement.json`: the rater agent's judgement, bound to the plan it read. */
export declare const JudgementSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    judge: import("@sinclair/typebox").TString;
    dimensions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        score: import("@sinclair/typebox").TNumber;
        reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        evidence: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>>;
    suggestions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    bound_to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        file: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
}>;
export type JudgeOutput = Static<typeof JudgeOutputSchema>;
export type Judgement = Static<typeof JudgementSchema>;
export type JudgedDimension = Static<typeof JudgedDimensionSchema>;
