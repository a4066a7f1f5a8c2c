import type { BehaviourCheck } from './status.js';
/** Rendered DOM by selector, as one load of each arm saw it. */
export type DomSnapshot = Record<string, string>;
/**
 * Compares the checked selectors' DOM: candidate against base, with the A/A copy of the base as the
 * proof that the selector renders the same on every load.
 * @param selectors - the target's `check` selectors
 * @param base - the base's DOM
 * @param copy - the A/A copy's DOM
 * @param candidate - the candidate's DOM
 * @returns one check per selector
 */
export declare function compareDom(selectors: readonly string[], base: DomSnapshot, copy: DomSnapshot, candidate: DomSnapshot): BehaviourCheck[];
/**
 * The DOM the candidate rendered in its measured trials that the base never rendered, by selector:
 * a change that shows only in some loads.
 * @param selectors - the checked selectors
 * @param base - every DOM the base (and its copy) rendered, by selector
 * @param candidate - every DOM the candidate rendered, by selector
 * @returns failed checks for selectors with a candidate DOM the base never showed, or that the base itself renders in several forms
 */
export declare function domSeenOnlyOnCandidate(selectors: readonly string[], base: Map<string, Set<string>>, candidate: Map<string, Set<string>>): BehaviourCheck[];
