import type { LoadResult } from '../measure/load.js';
import type { BehaviourCheck } from './status.js';
/**
 * P(X >= k) for X ~ Binomial(n, p), summed in log space so that large n do not underflow.
 * @param k - observed count
 * @param n - trials
 * @param p - probability of one
 * @returns the upper tail probability
 */
export declare function binomialUpperTail(k: number, n: number, p: number): number;
/** Requests of one side and how many failed, by kind of failure. */
export interface ErrorTally {
    requests: number;
    failed: number;
    kinds: Map<string, number>;
}
/**
 * Adds a load window's requests and failures (errors and non-2xx answers) to a side's tally.
 * @param into - the side's tally, changed in place
 * @param result - the window's result
 */
export declare function tally(into: ErrorTally, result: LoadResult): void;
/**
 * Errors and non-2xx answers of the candidate against those of both copies of the base: a failed
 * check when the candidate's share is higher than chance allows (one-sided binomial test on how the
 * failed requests split between the arms, p < 0.01). A server that sheds load with fast errors reads
 * as faster; this is what stops it.
 * @param base - base and A/A copy together
 * @param candidate - the candidate
 * @returns the check
 */
export declare function errorShareCheck(base: ErrorTally, candidate: ErrorTally): BehaviourCheck;
