/**
 * Reads a plan (JSON, Markdown or plain text) into the facts the structural rater checks. Tolerant
 * on purpose: a standalone `perfflow rate` accepts any response, and what is missing is what gets
 * reported, so extraction never throws on shape.
 */
import { factsFromJson } from './json-plan-facts.js';
import { factsFromMarkdown } from './markdown-plan-facts.js';
/**
 * Extracts the checkable facts of a plan. JSON is recognised by its content (an object), Markdown
 * by headings or lists; anything else is plain text, which usually yields few facts.
 * @param text - the file's text
 * @param flowAgents - the agents of the workflow, for finding assignments in prose
 * @returns the facts and the format they were read as
 */
export function planFacts(text, flowAgents) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
        try {
            const value = JSON.parse(trimmed);
            if (typeof value === 'object' && value !== null && !Array.isArray(value))
                return factsFromJson(value, flowAgents);
        }
        catch {
            // Not JSON after all (e.g. Markdown starting with a brace): read it as Markdown below.
        }
    }
    const markdown = /^\s{0,3}#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s|^\s*\|/m.test(text);
    return factsFromMarkdown(text, flowAgents, markdown ? 'markdown' : 'text');
}
