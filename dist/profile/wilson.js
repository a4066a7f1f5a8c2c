/**
 * The Wilson score interval of a binomial proportion at 95% (z = 1.96). It stays inside [0, 1] and
 * behaves at 0 and n successes, where the normal approximation does not.
 * @param successes - samples in the entry (may be fractional when a sample is split between lines)
 * @param trials - all active samples
 * @param z - the normal quantile (1.96 for 95%)
 * @returns the interval; [0, 1] when there are no trials
 */
export function wilsonInterval(successes, trials, z = 1.959963984540054) {
    if (trials <= 0)
        return { low: 0, high: 1, method: 'wilson-95' };
    const p = Math.min(1, Math.max(0, successes / trials));
    const z2 = z * z;
    const denominator = 1 + z2 / trials;
    const centre = (p + z2 / (2 * trials)) / denominator;
    const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
    return { low: Math.max(0, centre - half), high: Math.min(1, centre + half), method: 'wilson-95' };
}
