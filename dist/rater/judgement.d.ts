import type { JudgedDimension } from '../contracts/judgement.js';
export { JudgeOutputSchema, JudgementSchema } from '../contracts/judgement.js';
export type { JudgeOutput, Judgement } from '../contracts/judgement.js';
/** How far above the structural score a judge may go on its word alone. */
export declare const UNEXPLAINED_GAP = 3;
/**
 * The quotes that really appear in the plan (case and whitespace aside, Markdown marks ignored).
 * @param planText - the plan
 * @param quotes - what the judge quoted
 * @returns the quotes found
 */
export declare function verifiedQuotes(planText: string, quotes: readonly string[]): string[];
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
export declare function combineDimension(planText: string, structural: {
    score: number;
    ceiling: number;
    reasons: string[];
}, judged: JudgedDimension): CombinedDimension;
