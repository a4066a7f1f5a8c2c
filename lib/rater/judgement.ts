// A judge's verdict on a plan, whoever gave it (the API model, the rater agent in Claude Code, a
// headless `claude -p`), and how it is combined with the structural facts so that a judge can
// neither buy a pass for a plan that lacks the required parts nor score what it cannot quote.
import type { JudgedDimension } from '../contracts/judgement.js';
export { JudgeOutputSchema, JudgementSchema } from '../contracts/judgement.js';
export type { JudgeOutput, Judgement } from '../contracts/judgement.js';

/** How far above the structural score a judge may go on its word alone. */
export const UNEXPLAINED_GAP = 3;

const normalize = (s: string): string => s.toLowerCase().replace(/[`*_>#|]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The quotes that really appear in the plan (case and whitespace aside, Markdown marks ignored).
 * @param planText - the plan
 * @param quotes - what the judge quoted
 * @returns the quotes found
 */
export function verifiedQuotes(planText: string, quotes: readonly string[]): string[] {
  const haystack = normalize(planText);
  return quotes.filter((q) => {
    const needle = normalize(q.replace(/^["'“”]+|["'“”.]+$/g, ''));
    return needle.length >= 8 && haystack.includes(needle);
  });
}

/** One dimension after combining a judge with the structural facts. */
export interface CombinedDimension {
  score: number;
  reasons: string[];
}

/**
 * Combines a judge's score for one dimension with the structural verdict: never above the
 * structural ceiling (missed requirements); ignored when none of its quotes is in the plan; and at
 * most {@link UNEXPLAINED_GAP} above the structural score unless two or more quotes back it.
 * @param planText - the plan
 * @param structural - the structural score, ceiling and reasons of the dimension
 * @param judged - the judge's entry for the dimension
 * @returns the combined score and the reasons, the judge's first
 */
export function combineDimension(planText: string, structural: { score: number; ceiling: number; reasons: string[] }, judged: JudgedDimension): CombinedDimension {
  const quotes = verifiedQuotes(planText, judged.evidence);
  const structuralReasons = structural.reasons.map((r) => `structural: ${r}`);
  if (quotes.length === 0) {
    return { score: structural.score, reasons: [`judge gave ${judged.score} but none of its quotes is in the plan; the structural score stands`, ...structuralReasons] };
  }
  let score = Math.min(judged.score, structural.ceiling);
  const notes: string[] = [];
  if (judged.score > structural.ceiling) notes.push(`judge gave ${judged.score}; capped at ${structural.ceiling} by the structural check`);
  if (score > structural.score + UNEXPLAINED_GAP && quotes.length < 2) {
    score = structural.score + UNEXPLAINED_GAP;
    notes.push(`judge gave ${judged.score}, far above the structural ${structural.score}, with one quote; held at ${score}`);
  }
  return { score, reasons: [...judged.reasons, `evidence: "${quotes[0] ?? ''}"${quotes.length > 1 ? ` (+${quotes.length - 1} more)` : ''}`, ...notes, ...structuralReasons] };
}
