import type { Static } from '@sinclair/typebox';
/** The structural requirements a plan is checked for; each caps the overall score when missed. */
export declare const REQUIREMENT_IDS: readonly ["measurable-goals", "baselines-stated", "plausible-targets", "bottlenecks-referenced", "risks-mitigated", "agents-covered", "validation-steps", "rollback-steps"];
/** One structural requirement id. */
export type RequirementId = (typeof REQUIREMENT_IDS)[number];
/** The rubric dimensions perfflow knows how to check structurally. */
export declare const DIMENSION_NAMES: readonly ["completeness", "feasibility", "risk_mitigation", "agent_coverage", "integration"];
/** One rubric dimension name. */
export type DimensionName = (typeof DIMENSION_NAMES)[number];
/** The rubric file `rubrics/plan-rubric.yaml`. */
export declare const RubricSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    name: import("@sinclair/typebox").TString;
    scale: import("@sinclair/typebox").TObject<{
        min: import("@sinclair/typebox").TLiteral<0>;
        max: import("@sinclair/typebox").TLiteral<10>;
    }>;
    dimensions: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<"integration" | "completeness" | "feasibility" | "risk_mitigation" | "agent_coverage">[]>;
        weight: import("@sinclair/typebox").TNumber;
        description: import("@sinclair/typebox").TString;
        levels: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            points: import("@sinclair/typebox").TNumber;
            earns: import("@sinclair/typebox").TString;
        }>>;
    }>>;
    requirements: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<"measurable-goals" | "baselines-stated" | "plausible-targets" | "bottlenecks-referenced" | "risks-mitigated" | "agents-covered" | "validation-steps" | "rollback-steps">[]>;
        cap: import("@sinclair/typebox").TNumber;
        dimension: import("@sinclair/typebox").TUnion<import("@sinclair/typebox").TLiteral<"integration" | "completeness" | "feasibility" | "risk_mitigation" | "agent_coverage">[]>;
        description: import("@sinclair/typebox").TString;
    }>>;
}>;
/** A parsed, checked rubric. */
export type Rubric = Static<typeof RubricSchema>;
/** A rubric with where it came from. */
export interface LoadedRubric {
    rubric: Rubric;
    path: string;
    sha256: string;
}
/**
 * The rubric shipped with the plugin (`rubrics/plan-rubric.yaml` at the package root).
 * @returns its absolute path
 */
export declare function pluginRubricPath(): string;
/**
 * Loads the plan rubric: the project's `.claude/rubrics/plan-rubric.yaml` when present, else the
 * plugin's. Weights are normalised by the caller, so they need not sum to 1.
 * @param projectRoot - the project root, or null outside a project
 * @param explicitPath - a rubric file named on the command line
 * @returns the checked rubric, its path and sha256
 * @throws InputError `invalid-file` when the file is unreadable, not YAML or not a rubric
 */
export declare function loadRubric(projectRoot: string | null, explicitPath?: string): LoadedRubric;
