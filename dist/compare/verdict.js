/**
 * The four verdicts as the design defines them: `improved` or `regressed` only where the interval
 * excludes zero (against each copy of the base alone too, when given), the Holm-adjusted p-value is
 * below alpha and the effect is beyond the noise floor; `unchanged` where the whole interval sits
 * inside the floor and the floor is within its limit; `inconclusive` otherwise.
 * @param input - estimate, interval, adjusted p, floor and direction
 * @returns the verdict
 */
export function decideVerdict(input) {
    const alpha = input.alpha ?? 0.05;
    const excludesZero = input.lo > 0 || input.hi < 0;
    const copiesAgree = input.eachCopy === undefined || input.eachCopy === (input.hi < 0 ? 'below' : 'above');
    if (excludesZero && copiesAgree && input.pAdjusted < alpha && Math.abs(input.estimate) > input.floor) {
        const larger = input.estimate > 0;
        return larger === (input.direction === 'higher') ? 'improved' : 'regressed';
    }
    if (input.floor <= (input.unchangedFloorLimit ?? Infinity) && input.lo >= -input.floor && input.hi <= input.floor)
        return 'unchanged';
    return 'inconclusive';
}
