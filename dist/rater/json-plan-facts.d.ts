import type { PlanFacts } from './plan-facts.js';
/**
 * Extracts the facts of a plan parsed from JSON.
 * @param value - the parsed plan (an object)
 * @param flowAgents - the agents of the workflow, for finding assignments when no field lists them
 * @returns the facts, without entries that say nothing
 */
export declare function factsFromJson(value: unknown, flowAgents: readonly string[]): PlanFacts;
