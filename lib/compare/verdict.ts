/** The verdict on one metric. */
export type Verdict = 'improved' | 'regressed' | 'unchanged' | 'inconclusive';

/** Which way is better for a metric. */
export type Direction = 'lower' | 'higher';

/** What {@link decideVerdict} needs, all on the metric's effect scale (log ratio or difference). */
export interface VerdictInput {
  /** Point estimate of the effect, candidate relative to base (positive: candidate is larger). */
  estimate: number;
  /** Lower end of the 95% interval. */
  lo: number;
  /** Upper end of the 95% interval. */
  hi: number;
  /** Holm-adjusted p-value. */
  pAdjusted: number;
  /** The noise floor on the same scale, >= the minimum floor. */
  floor: number;
  direction: Direction;
  /** Significance level (default 0.05). */
  alpha?: number;
  /**
   * Where the candidate's intervals against each copy of the base alone lie: both below zero, both
   * above, or mixed (at least one includes zero). Default: the pooled interval alone decides.
   */
  eachCopy?: 'below' | 'above' | 'mixed';
  /**
   * The largest floor that can support `unchanged` (default: no limit). An A/A floor beyond it says
   * the comparison could not tell identical code apart: a wide interval inside it is no evidence of
   * no change (under a CPU hog, five blocks of a function target once measured a 68% floor, and a
   * real 10% gain with an interval of -36% to +36% read as "no improvement").
   */
  unchangedFloorLimit?: number;
}

/**
 * The four verdicts as the design defines them: `improved` or `regressed` only where the interval
 * excludes zero (against each copy of the base alone too, when given), the Holm-adjusted p-value is
 * below alpha and the effect is beyond the noise floor; `unchanged` where the whole interval sits
 * inside the floor and the floor is within its limit; `inconclusive` otherwise.
 * @param input - estimate, interval, adjusted p, floor and direction
 * @returns the verdict
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const alpha = input.alpha ?? 0.05;
  const excludesZero = input.lo > 0 || input.hi < 0;
  const copiesAgree = input.eachCopy === undefined || input.eachCopy === (input.hi < 0 ? 'below' : 'above');
  if (excludesZero && copiesAgree && input.pAdjusted < alpha && Math.abs(input.estimate) > input.floor) {
    const larger = input.estimate > 0;
    return larger === (input.direction === 'higher') ? 'improved' : 'regressed';
  }
  if (input.floor <= (input.unchangedFloorLimit ?? Infinity) && input.lo >= -input.floor && input.hi <= input.floor) return 'unchanged';
  return 'inconclusive';
}
