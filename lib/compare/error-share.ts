// Whether the candidate fails more requests than the base: a server that sheds load with fast errors
// reads as faster, and this check is what stops it.
import type { LoadResult } from '../measure/load.js';
import type { BehaviourCheck } from './status.js';

/**
 * P(X >= k) for X ~ Binomial(n, p), summed in log space so that large n do not underflow.
 * @param k - observed count
 * @param n - trials
 * @param p - probability of one
 * @returns the upper tail probability
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  let logPmf = n * Math.log1p(-p); // P(X = 0)
  let tail = 0;
  for (let i = 0; i < n; i += 1) {
    if (i >= k) tail += Math.exp(logPmf);
    logPmf += Math.log((n - i) / (i + 1)) + Math.log(p / (1 - p));
  }
  tail += Math.exp(logPmf); // i = n
  return Math.min(1, tail);
}

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
export function tally(into: ErrorTally, result: LoadResult): void {
  into.requests += result.requests;
  into.failed += result.errors + result.non2xx;
  for (const [kind, count] of Object.entries(result.errorKinds)) into.kinds.set(kind, (into.kinds.get(kind) ?? 0) + count);
  for (const [status, count] of Object.entries(result.statusCodes)) {
    if (!/^2\d\d$/.test(status)) into.kinds.set(`status ${status}`, (into.kinds.get(`status ${status}`) ?? 0) + count);
  }
}

/**
 * Errors and non-2xx answers of the candidate against those of both copies of the base: a failed
 * check when the candidate's share is higher than chance allows (one-sided binomial test on how the
 * failed requests split between the arms, p < 0.01). A server that sheds load with fast errors reads
 * as faster; this is what stops it.
 * @param base - base and A/A copy together
 * @param candidate - the candidate
 * @returns the check
 */
export function errorShareCheck(base: ErrorTally, candidate: ErrorTally): BehaviourCheck {
  const name = 'errors and non-2xx answers';
  const total = base.failed + candidate.failed;
  const share = candidate.requests / Math.max(1, candidate.requests + base.requests);
  const p = binomialUpperTail(candidate.failed, total, share);
  const kinds = [...candidate.kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, c]) => `${k} x${c}`).join(', ');
  if (candidate.failed > 0 && p < 0.01) {
    return { name, kind: 'candidate-error', status: 'failed', detail: `the candidate answered ${candidate.failed} of ${candidate.requests} requests with an error or a non-2xx status (${kinds}), the base ${base.failed} of ${base.requests}` };
  }
  return { name, kind: 'candidate-error', status: 'passed', detail: `candidate ${candidate.failed} of ${candidate.requests}, base ${base.failed} of ${base.requests}: no more than chance` };
}
