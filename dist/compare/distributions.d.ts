/**
 * The standard normal cumulative distribution function (erfc by the Numerical Recipes Chebyshev
 * fit, relative error below 1.2e-7).
 * @param z - a value
 * @returns P(Z <= z)
 */
export declare function normalCdf(z: number): number;
/**
 * The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).
 * @param p - a probability in (0, 1)
 * @returns z with P(Z <= z) = p
 */
export declare function normalQuantile(p: number): number;
/**
 * The Student t cumulative distribution function.
 * @param t - a value
 * @param df - degrees of freedom (> 0)
 * @returns P(T <= t)
 */
export declare function studentTCdf(t: number, df: number): number;
/**
 * The Student t quantile, by bisection on the distribution function (monotone, so it cannot fail).
 * @param p - a probability in (0, 1)
 * @param df - degrees of freedom (> 0)
 * @returns t with P(T <= t) = p
 */
export declare function studentTQuantile(p: number, df: number): number;
