// The p-value of a sequentially monitored comparison, usable where a p-value is compared with a
// level other than the design's (Holm across the targets of `perfflow ci`).
//
// A look's own p cannot be used: it was watched at several looks, so P(p_look < a) > a. The design's
// p-value is the smallest level a' at which the same design run at level a' (the same looks, the
// same spending family, boundaries recomputed at a') would have rejected at one of the looks
// actually observed, or at the final analysis if it was reached:
//
//   p = inf { a' : p_j < c_j(a') for some observed look j }
//
// where c_j(a') is the nominal level of look j in the level-a' design. The boundaries grow with a'
// (checked in the tests over the schedules a comparison can take), so the rejection regions are
// nested and P(p <= a') <= P(the level-a' design rejects at some look) <= a': a valid p-value,
// whatever rule stopped the comparison, because looks not observed can only add rejections. A
// comparison that stopped at look k is therefore conservative (it might have rejected later at a
// smaller a'). With no interim look the design is one final test at a', c(a') = a', and p is the
// fixed-budget p itself. Because c_j(a') <= a' at every look, p is never below the smallest p seen.
//
// The bootstrap p cannot fall below its floor (`smallestP`): a p at the floor overstates the true
// one, which keeps this p conservative too.
import { boundaries } from './spending.js';

/** One look of a design as it was observed. */
export interface ObservedLook {
  /** Information fraction of the look (elapsed time / budget). */
  fraction: number;
  /** The metric's p at the look; null when the metric was not tested there (it still spent alpha). */
  p: number | null;
}

/** How finely the level is searched: relative width of the final bracket (the upper end is returned). */
const PRECISION = 1e-6;

/**
 * How far the level-`level` design is from rejecting: the largest log(c_j(level) / p_j) over the
 * looks where the metric was tested. Rejects exactly where it is positive; grows with the level.
 */
function margin(looks: readonly ObservedLook[], final: boolean, level: number): number {
  const bounds = boundaries(
    looks.map((l) => l.fraction),
    level,
    final,
  );
  let best = -Infinity;
  looks.forEach((l, j) => {
    const nominal = bounds[j]?.nominal ?? 0;
    if (l.p !== null) best = Math.max(best, Math.log(nominal) - Math.log(l.p));
  });
  return best;
}

/**
 * The design's p-value of one metric (see the module comment): the smallest overall level at which
 * the group-sequential design with these looks would have rejected at one of them.
 * @param looks - every look taken, in order, with the metric's p where it was tested; the last one
 *   is the final analysis when `final` is true
 * @param final - whether the final analysis was reached (it spends all the level that is left)
 * @returns the p-value, in [smallest p seen, 1]; 1 when no p was seen
 * @throws RangeError when the fractions do not increase within (0, 1]
 */
export function sequentialP(looks: readonly ObservedLook[], final: boolean): number {
  const seen = looks.map((l) => l.p).filter((p): p is number => p !== null);
  if (seen.length === 0) return 1;
  // One final test: its boundary at level a' is a' itself.
  if (final && looks.length === 1) return Math.min(1, seen[0] as number);
  let hi = 1 - 1e-9;
  let fHi = margin(looks, final, hi);
  if (!(fHi > 0)) return 1;
  // c_j(a') <= a', so no level below the smallest p seen rejects.
  let lo = Math.max(Math.min(...seen), 1e-12);
  let fLo = margin(looks, final, lo);
  if (fLo > 0) return lo;
  // The root of the margin in log(level), by the Illinois variant of regula falsi (a few boundary
  // recursions instead of the twenty-odd of bisection; each is the costly part), falling back to
  // bisection when a step would not shrink the bracket. Regula falsi closes in on the root from one
  // side, so a point near the root is paired with a probe just across it, which closes the bracket
  // at once when the point is that near. The upper end always rejects, so the answer errs high (conservative).
  let side = 0;
  const update = (level: number, f: number): void => {
    if (f > 0) {
      hi = level;
      fHi = f;
      if (side === 1) fLo /= 2;
      side = 1;
    } else {
      lo = level;
      fLo = f;
      if (side === -1) fHi /= 2;
      side = -1;
    }
  };
  for (let i = 0; i < 100 && hi / lo > 1 + PRECISION; i += 1) {
    const [a, b] = [Math.log(lo), Math.log(hi)];
    let x = b - (fHi * (b - a)) / (fHi - fLo);
    const width = b - a;
    if (!(x > a + width * 1e-9 && x < b - width * 1e-9) || i % 8 === 7) x = (a + b) / 2;
    const level = Math.exp(x);
    const f = margin(looks, final, level);
    update(level, f);
    // Near the root (the margin's slope in log level is about 1), a probe just across it.
    if (Math.abs(f) < 1e-3) {
      const probe = f > 0 ? level / (1 + PRECISION / 2) : level * (1 + PRECISION / 2);
      const g = probe > lo && probe < hi ? margin(looks, final, probe) : f;
      if (g > 0 !== f > 0) update(probe, g);
    }
  }
  return hi;
}

/** What {@link designPValues} reads of a comparison's sequential record. */
export interface DesignCourse {
  looks: readonly { look: number; fraction: number; p: number | null; outcome: 'continue' | 'stop' | 'skipped' }[];
  stopped_at: { look: number } | null;
  /** The information fraction of the final analysis; absent in records written before it was kept. */
  final_fraction?: number | null | undefined;
}

/**
 * The design's p-value of every metric of a comparison. The objective was watched at every look
 * taken, so all of them count; a guard was tested only where the comparison was analysed (the look
 * that stopped it, or the final analysis), so only that one does, and the looks before it still
 * spend the level (conservative: a guard's p at an earlier look is not kept).
 * @param course - the comparison's sequential record, or undefined for a fixed-budget comparison
 * @param metrics - the metrics with their role and their p where the comparison was analysed
 * @returns one p per metric (null where the metric has none); the fixed-budget p without a design;
 *   1 for every metric of a record that lacks the final analysis's fraction (it cannot be vouched for)
 */
export function designPValues(course: DesignCourse | undefined, metrics: readonly { role: 'objective' | 'guard'; p: number | null }[]): (number | null)[] {
  if (course === undefined) return metrics.map((m) => m.p);
  const taken = course.looks.filter((l) => l.outcome !== 'skipped');
  const stop = course.stopped_at;
  let interim = taken;
  let last: number | null;
  if (stop !== null) {
    const at = taken.findIndex((l) => l.look === stop.look);
    interim = at === -1 ? taken : taken.slice(0, at);
    last = taken[at]?.fraction ?? null;
  } else last = course.final_fraction ?? null;
  return metrics.map((m) => {
    if (m.p === null) return null;
    if (last === null) return 1;
    const earlier = interim.map((l) => ({ fraction: l.fraction, p: m.role === 'objective' ? l.p : null }));
    return sequentialP([...earlier, { fraction: last, p: m.p }], stop === null);
  });
}
