import type { PlanFacts } from './plan-facts.js';
/**
 * Extracts the facts of a plan written in Markdown or plain text.
 * @param text - the plan's text
 * @param flowAgents - the agents of the workflow, for finding assignments
 * @param format - how the text was recognised
 * @returns the facts, without entries that say nothing
 */
export declare function factsFromMarkdown(text: string, flowAgents: readonly string[], format: 'markdown' | 'text'): PlanFacts;
