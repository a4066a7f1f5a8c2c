import type { Static } from '@sinclair/typebox';
/** One goal of a plan, with a target that a measurement can confirm or refute. */
export declare const PlanGoalSchema: import("@sinclair/typebox").TObject<{
    description: import("@sinclair/typebox").TString;
    metric: import("@sinclair/typebox").TString;
    baseline: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    target: import("@sinclair/typebox").TNumber;
    unit: import("@sinclair/typebox").TString;
    direction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>>;
}>;
/** A risk with the way it is kept in check. */
export declare const PlanRiskSchema: import("@sinclair/typebox").TObject<{
    risk: import("@sinclair/typebox").TString;
    likelihood: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"low">, import("@sinclair/typebox").TLiteral<"medium">, import("@sinclair/typebox").TLiteral<"high">]>>;
    impact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"low">, import("@sinclair/typebox").TLiteral<"medium">, import("@sinclair/typebox").TLiteral<"high">]>>;
    mitigation: import("@sinclair/typebox").TString;
}>;
/** `plan-<workflow_id>.json`: the planner's plan, as the response-rater reads it. */
export declare const PlanSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    plan_id: import("@sinclair/typebox").TString;
    workflow_id: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    target: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    summary: import("@sinclair/typebox").TString;
    goals: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        description: import("@sinclair/typebox").TString;
        metric: import("@sinclair/typebox").TString;
        baseline: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        target: import("@sinclair/typebox").TNumber;
        unit: import("@sinclair/typebox").TString;
        direction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"lower">, import("@sinclair/typebox").TLiteral<"higher">]>>;
    }>>;
    strategy: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    bottlenecks_referenced: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        description: import("@sinclair/typebox").TString;
        evidence: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    risks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        risk: import("@sinclair/typebox").TString;
        likelihood: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"low">, import("@sinclair/typebox").TLiteral<"medium">, import("@sinclair/typebox").TLiteral<"high">]>>;
        impact: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"low">, import("@sinclair/typebox").TLiteral<"medium">, import("@sinclair/typebox").TLiteral<"high">]>>;
        mitigation: import("@sinclair/typebox").TString;
    }>>;
    agent_assignments: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        agent: import("@sinclair/typebox").TString;
        tasks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>>;
    integration: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    validation: import("@sinclair/typebox").TObject<{
        steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>;
    rollback: import("@sinclair/typebox").TObject<{
        steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>;
}>;
export type PlanGoal = Static<typeof PlanGoalSchema>;
export type PlanRisk = Static<typeof PlanRiskSchema>;
export type Plan = Static<typeof PlanSchema>;
