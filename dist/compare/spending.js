// Alpha spending for a group-sequential comparison: the Lan-DeMets O'Brien-Fleming-type spending
// function and the exact two-sided boundaries it implies. Hand-written because it is a textbook
// recursion (Armitage, McPherson and Rowe's numerical integration of the sub-density of a Brownian
// motion between looks) of a few dozen lines over the normal functions perfflow already has; the
// npm statistics packages have no group-sequential designs.
import { normalCdf, normalQuantile } from './distributions.js';
// Math bound once: inside a VM context (jest's) every lookup of the global costs about ten times a
// local one, and these loops make millions of calls.
const math = Math;
/**
 * The Lan-DeMets O'Brien-Fleming-type spending function: the share of the two-sided significance
 * level that may have been used up by information fraction t, alpha(t) = 2 - 2 Phi(z_{1-alpha/2} / sqrt(t)).
 * Tiny early (0.05 at t = 1, 0.0056 at t = 0.5, 0.00009 at t = 0.25), so a look stops early only on a clear effect.
 * @param t - information fraction in [0, 1] (values above 1 count as 1)
 * @param alpha - the overall two-sided level (e.g. 0.05)
 * @returns the cumulative alpha spent by t
 */
export function obrienFlemingSpent(t, alpha) {
    if (t <= 0)
        return 0;
    if (t >= 1)
        return alpha;
    return 2 - 2 * normalCdf(normalQuantile(1 - alpha / 2) / math.sqrt(t));
}
const GRID = 241;
const MAX_Z = 12;
function density(x) {
    return math.exp(-0.5 * x * x) / math.sqrt(2 * math.PI);
}
function simpsonGrid(bound, value) {
    const points = [];
    const mass = [];
    const step = (2 * bound) / (GRID - 1);
    for (let i = 0; i < GRID; i += 1) {
        const s = -bound + i * step;
        const weight = i === 0 || i === GRID - 1 ? 1 : i % 2 === 1 ? 4 : 2;
        points.push(s);
        mass.push(((weight * step) / 3) * value(s));
    }
    return { points, mass };
}
/** The probability of crossing |S_t| >= c sqrt(t) at this look without having crossed before. */
function crossing(previous, t, tPrevious, c) {
    if (previous === null)
        return 2 * (1 - normalCdf(c));
    const sd = math.sqrt(t - tPrevious);
    const bound = c * math.sqrt(t);
    let sum = 0;
    for (let i = 0; i < previous.points.length; i += 1) {
        const u = previous.points[i];
        sum += previous.mass[i] * (1 - normalCdf((bound - u) / sd) + normalCdf((-bound - u) / sd));
    }
    return sum;
}
function advance(previous, t, tPrevious, c) {
    const bound = c * math.sqrt(t);
    if (previous === null)
        return simpsonGrid(bound, (s) => density(s / math.sqrt(t)) / math.sqrt(t));
    const sd = math.sqrt(t - tPrevious);
    return simpsonGrid(bound, (s) => {
        let sum = 0;
        for (let i = 0; i < previous.points.length; i += 1)
            sum += previous.mass[i] * density((s - previous.points[i]) / sd);
        return sum / sd;
    });
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
export function boundaries(fractions, alpha, final = false) {
    // A design's looks repeat from comparison to comparison (and in simulations); the recursion takes tens of ms.
    const key = `${alpha}|${final}|${fractions.join(',')}`;
    const known = MEMO.get(key);
    if (known !== undefined)
        return known.map((b) => ({ ...b }));
    const out = computeBoundaries(fractions, alpha, final);
    if (MEMO.size >= 256)
        MEMO.clear();
    MEMO.set(key, out);
    return out.map((b) => ({ ...b }));
}
const MEMO = new Map();
function computeBoundaries(fractions, alpha, final) {
    const out = [];
    let previous = null;
    let tPrevious = 0;
    let spentBefore = 0;
    fractions.forEach((t, k) => {
        if (!(t > tPrevious && t <= 1))
            throw new RangeError(`look fractions must increase within (0, 1], got ${fractions.join(', ')}`);
        const last = final && k === fractions.length - 1;
        const cumulative = last ? alpha : obrienFlemingSpent(t, alpha);
        const spent = math.max(0, cumulative - spentBefore);
        let lo = 0;
        let hi = MAX_Z;
        if (crossing(previous, t, tPrevious, hi) >= spent)
            lo = hi;
        for (let i = 0; i < 60 && lo < hi; i += 1) {
            const mid = (lo + hi) / 2;
            if (crossing(previous, t, tPrevious, mid) > spent)
                lo = mid;
            else
                hi = mid;
        }
        const z = (lo + hi) / 2;
        out.push({ t, spent, z, nominal: 2 * (1 - normalCdf(z)) });
        previous = advance(previous, t, tPrevious, z);
        tPrevious = t;
        spentBefore = cumulative;
    });
    return out;
}
