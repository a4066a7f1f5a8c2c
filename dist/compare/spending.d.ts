/**
 * The Lan-DeMets O'Brien-Fleming-type spending function: the share of the two-sided significance
 * level that may have been used up by information fraction t, alpha(t) = 2 - 2 Phi(z_{1-alpha/2} / sqrt(t)).
 * Tiny early (0.05 at t = 1, 0.0056 at t = 0.5, 0.00009 at t = 0.25), so a look stops early only on a clear effect.
 * @param t - information fraction in [0, 1] (values above 1 count as 1)
 * @param alpha - the overall two-sided level (e.g. 0.05)
 * @returns the cumulative alpha spent by t
 */
export declare function obrienFlemingSpent(t: number, alpha: number): number;
/** One look of a group-sequential design, as the boundary recursion sees it. */
export interface Boundary {
    /** Information fraction of the look. */
    t: number;
    /** Alpha spent at this look alone (the increment of the spending function). */
    spent: number;
    /** The two-sided z boundary: the look rejects when |Z| >= z. */
    z: number;
    /** The nominal two-sided level of the look, 2 (1 - Phi(z)): a p-value below it crosses. */
    nominal: number;
}
/**
 * Exact two-sided boundaries of a group-sequential test with the given looks: at each look the
 * boundary that makes the probability, under no effect, of first crossing there equal to the
 * increment of the spending function. Because successive looks share their data (the statistics are
 * correlated as sqrt(t_j / t_k)), the final look keeps a nominal level close to alpha (0.0477 after one
 * look at t = 0.5) rather than the alpha left over (0.0444), which a Bonferroni split would use.
 * @param fractions - increasing information fractions in (0, 1]; the last one spends what is left
 * @param alpha - the overall two-sided level
 * @param final - true when the last look is the final analysis (spends all that is left)
 * @returns one boundary per look
 * @throws RangeError when the fractions are not increasing within (0, 1]
 */
export declare function boundaries(fractions: readonly number[], alpha: number, final?: boolean): Boundary[];
