/** A share with its 95% Wilson score interval. */
export interface ShareInterval {
    low: number;
    high: number;
    method: 'wilson-95';
}
/**
 * The Wilson score interval of a binomial proportion at 95% (z = 1.96). It stays inside [0, 1] and
 * behaves at 0 and n successes, where the normal approximation does not.
 * @param successes - samples in the entry (may be fractional when a sample is split between lines)
 * @param trials - all active samples
 * @param z - the normal quantile (1.96 for 95%)
 * @returns the interval; [0, 1] when there are no trials
 */
export declare function wilsonInterval(successes: number, trials: number, z?: number): ShareInterval;
