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
export function obrienFlemingSpent(t: number, alpha: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return alpha;
  return 2 - 2 * normalCdf(normalQuantile(1 - alpha / 2) / math.sqrt(t));
}

const GRID = 241;
const MAX_Z = 12;

function density(x: number): number {
  return math.exp(-0.5 * x * x) / math.sqrt(2 * math.PI);
}

/** The sub-density of the unstandardised statistic S (a Brownian motion in information time) on a grid, among paths that have not crossed. */
interface SubDensity {
  points: number[];
  /** Simpson weight times the density at each point. */
  mass: number[];
}

function simpsonGrid(bound: number, value: (s: number) => number): SubDensity {
  const points: number[] = [];
  const mass: number[] = [];
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
function crossing(previous: SubDensity | null, t: number, tPrevious: number, c: number): number {
  if (previous === null) return 2 * (1 - normalCdf(c));
  const sd = math.sqrt(t - tPrevious);
  const bound = c * math.sqrt(t);
  let sum = 0;
  for (let i = 0; i < previous.points.length; i += 1) {
    const u = previous.points[i] as number;
    sum += (previous.mass[i] as number) * (1 - normalCdf((bound - u) / sd) + normalCdf((-bound - u) / sd));
  }
  return sum;
}

function advance(previous: SubDensity | null, t: number, tPrevious: number, c: number): SubDensity {
  const bound = c * math.sqrt(t);
  if (previous === null) return simpsonGrid(bound, (s) => density(s / math.sqrt(t)) / math.sqrt(t));
  const sd = math.sqrt(t - tPrevious);
  return simpsonGrid(bound, (s) => {
    let sum = 0;
    for (let i = 0; i < previous.points.length; i += 1) sum += (previous.mass[i] as number) * density((s - (previous.points[i] as number)) / sd);
    return sum / sd;
  });
}

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
export function boundaries(fractions: readonly number[], alpha: number, final = false): Boundary[] {
  // A design's looks repeat from comparison to comparison (and in simulations); the recursion takes tens of ms.
  const key = `${alpha}|${final}|${fractions.join(',')}`;
  const known = MEMO.get(key);
  if (known !== undefined) return known.map((b) => ({ ...b }));
  const out = computeBoundaries(fractions, alpha, final);
  if (MEMO.size >= 256) MEMO.clear();
  MEMO.set(key, out);
  return out.map((b) => ({ ...b }));
}

const MEMO = new Map<string, Boundary[]>();

function computeBoundaries(fractions: readonly number[], alpha: number, final: boolean): Boundary[] {
  const out: Boundary[] = [];
  let previous: SubDensity | null = null;
  let tPrevious = 0;
  let spentBefore = 0;
  fractions.forEach((t, k) => {
    if (!(t > tPrevious && t <= 1)) throw new RangeError(`look fractions must increase within (0, 1], got ${fractions.join(', ')}`);
    const last = final && k === fractions.length - 1;
    const cumulative = last ? alpha : obrienFlemingSpent(t, alpha);
    const spent = math.max(0, cumulative - spentBefore);
    let lo = 0;
    let hi = MAX_Z;
    if (crossing(previous, t, tPrevious, hi) >= spent) lo = hi;
    for (let i = 0; i < 60 && lo < hi; i += 1) {
      const mid = (lo + hi) / 2;
      if (crossing(previous, t, tPrevious, mid) > spent) lo = mid;
      else hi = mid;
    }
    const z = (lo + hi) / 2;
    out.push({ t, spent, z, nominal: 2 * (1 - normalCdf(z)) });
    previous = advance(previous, t, tPrevious, z);
    tPrevious = t;
    spentBefore = cumulative;
  });
  return out;
}
