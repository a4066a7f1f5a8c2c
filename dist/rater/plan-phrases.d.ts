import type { PlanFacts, RiskFact } from './plan-facts.js';
/**
 * Tells whether a text states a numeric target: a number with a unit, or a comparison with a number.
 * @param text - a goal or target
 * @returns true when it can be measured
 */
export declare function isMeasurable(text: string): boolean;
/**
 * Reads a risk written as one line or paragraph, with its mitigation after "mitigation:" or an arrow.
 * @param text - the risk
 * @returns the risk, with a null mitigation when none (of three characters or more) is given
 */
export declare function riskFromText(text: string): RiskFact;
/**
 * Assignments found anywhere in a text: every line that names an agent of the workflow.
 * @param text - the plan's text (JSON entries count as lines)
 * @param flowAgents - the agents of the workflow
 * @returns agent name (lower case) -> the lines naming it
 */
export declare function mentions(text: string, flowAgents: readonly string[]): Map<string, string[]>;
/**
 * Drops what says nothing: "No rollback planned", "none", "n/a" (a section that says there is
 * nothing is not there), and entries made almost only of the rubric's own words.
 * @param facts - the facts as extracted
 * @returns the facts that say something
 */
export declare function withoutNegations(facts: PlanFacts): PlanFacts;
