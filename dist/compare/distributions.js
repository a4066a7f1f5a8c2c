// The normal and Student t distributions the small-sample bootstrap needs. Written by hand because
// they are a few dozen lines of textbook numerics (Abramowitz & Stegun, Numerical Recipes' incomplete
// beta), and the npm packages that have them bring a whole statistics library with them.
// Math bound once: inside a VM context (jest's) every lookup of the global costs about ten times a
// local one, and these loops make millions of calls.
const math = Math;
/**
 * The standard normal cumulative distribution function (erfc by the Numerical Recipes Chebyshev
 * fit, relative error below 1.2e-7).
 * @param z - a value
 * @returns P(Z <= z)
 */
export function normalCdf(z) {
    const x = math.abs(z) / math.SQRT2;
    const t = 1 / (1 + 0.5 * x);
    const erfc = t *
        math.exp(-x * x -
            1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}
/**
 * The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).
 * @param p - a probability in (0, 1)
 * @returns z with P(Z <= z) = p
 */
export function normalQuantile(p) {
    if (p <= 0)
        return Number.NEGATIVE_INFINITY;
    if (p >= 1)
        return Number.POSITIVE_INFINITY;
    const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
    const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const [a0, a1, a2, a3, a4, a5] = a;
    const [b0, b1, b2, b3, b4] = b;
    const [c0, c1, c2, c3, c4, c5] = c;
    const [d0, d1, d2, d3] = d;
    const low = 0.02425;
    if (p < low) {
        const q = math.sqrt(-2 * math.log(p));
        return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}
function logGamma(x) {
    // Lanczos approximation (g = 7, n = 9).
    const g = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7];
    if (x < 0.5)
        return math.log(math.PI / math.abs(math.sin(math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let sum = g[0] ?? 0;
    for (let i = 1; i < 9; i += 1)
        sum += (g[i] ?? 0) / (z + i);
    const t = z + 7.5;
    return 0.5 * math.log(2 * math.PI) + (z + 0.5) * math.log(t) - t + math.log(sum);
}
/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m += 1) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (math.abs(step - 1) < 1e-14)
            break;
    }
    return h;
}
/** The regularized incomplete beta function I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * math.log(x) + b * math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}
/**
 * The Student t cumulative distribution function.
 * @param t - a value
 * @param df - degrees of freedom (> 0)
 * @returns P(T <= t)
 */
export function studentTCdf(t, df) {
    const tail = incompleteBeta(df / (df + t * t), df / 2, 0.5) / 2;
    return t >= 0 ? 1 - tail : tail;
}
/**
 * The Student t quantile, by bisection on the distribution function (monotone, so it cannot fail).
 * @param p - a probability in (0, 1)
 * @param df - degrees of freedom (> 0)
 * @returns t with P(T <= t) = p
 */
export function studentTQuantile(p, df) {
    if (p === 0.5)
        return 0;
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    let lo = 0;
    let hi = 1;
    while (studentTCdf(hi, df) < p)
        hi *= 2;
    for (let i = 0; i < 100; i += 1) {
        const mid = (lo + hi) / 2;
        if (studentTCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
