import type { Static } from '@sinclair/typebox';
/** `optimization-plan.json`: the architect's optimizations, each tied to a bottleneck. */
export declare const OptimizationPlanSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    summary: import("@sinclair/typebox").TString;
    optimizations: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TString;
        title: import("@sinclair/typebox").TString;
        addresses: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        approach: import("@sinclair/typebox").TString;
        files: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        expected_gain: import("@sinclair/typebox").TString;
        risk: import("@sinclair/typebox").TString;
        behaviour_preserved_by: import("@sinclair/typebox").TString;
    }>>;
    order: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
}>;
export type OptimizationPlan = Static<typeof OptimizationPlanSchema>;
