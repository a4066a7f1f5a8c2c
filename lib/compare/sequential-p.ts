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

function rejects(looks: readonly ObservedLook[], final: boolean, level: number): boolean {
  const bounds = boundaries(
    looks.map((l) => l.fraction),
    level,
    final,
  );
  return looks.some((l, j) => l.p !== null && l.p < (bounds[j]?.nominal ?? 0));
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
  const top = 1 - 1e-9;
  if (!rejects(looks, final, top)) return 1;
  // c_j(a') <= a', so no level below the smallest p seen can reject.
  let lo = Math.max(Math.min(...seen), 1e-12);
  let hi = top;
  if (rejects(looks, final, lo)) return lo;
  // Bisection on the log of the level; the upper end always rejects, so the answer errs high (conservative).
  while (hi / lo > 1 + PRECISION) {
    const mid = Math.sqrt(lo * hi);
    if (rejects(looks, final, mid)) hi = mid;
    else lo = mid;
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
