import type { RatingCap } from '../contracts/rating.js';
import type { PlanFacts } from './plan-facts.js';
import type { DimensionName, RequirementId, Rubric } from './rubric.js';
/** The structural verdict on one dimension. */
export interface StructuralDimension {
    name: DimensionName;
    /** The deterministic score from the plan's structure. */
    score: number;
    /** The most any rater may give this dimension (lowered by missed requirements). */
    ceiling: number;
    reasons: string[];
}
/** What the structural rater found. */
export interface StructuralRating {
    dimensions: StructuralDimension[];
    /** Requirements the plan misses, each capping the overall score. */
    caps: RatingCap[];
    /** Concrete improvements for each missed requirement. */
    fixes: string[];
}
/**
 * Which structural requirements a plan meets, with what is missing.
 * @param facts - the plan's facts
 * @param flowAgents - every agent of the workflow
 * @returns per requirement: met, and a fix when not
 */
export declare function checkRequirements(facts: PlanFacts, flowAgents: readonly string[]): Record<RequirementId, {
    met: boolean;
    reason: string;
    fix: string;
}>;
/**
 * The deterministic structural rating: a score per rubric dimension from the plan's structure, and
 * a cap for every requirement it misses. Always runs; its caps bind any other rater.
 * @param facts - the plan's facts
 * @param rubric - the rubric (dimensions and requirement caps)
 * @param flowAgents - every agent of the workflow
 * @returns dimensions with score, ceiling and reasons; caps; fixes
 */
export declare function structuralRating(facts: PlanFacts, rubric: Rubric, flowAgents: readonly string[]): StructuralRating;
