// The pre-registered group-sequential design of a comparison (opt-in: `sequential: true`).
//
// What is fixed before any data: the interim looks (after the first complete block once half and
// once three quarters of the time budget have passed), the information fraction of a look (the
// share of the budget elapsed: the clock, never the data), the spending function (Lan-DeMets
// O'Brien-Fleming type) and the rule at a look. A look stops the comparison only when the objective
// crosses the look's exact boundary (of the design at `stopAlpha`, which is alpha unless the caller
// will hold the p to less, as Holm across targets does) against both copies of the base (intersection-union, beyond
// the A/A floor, as the final analysis) and, for an improvement, no guard is worse than its
// tolerance or the floor; the final analysis tests the objective at the level the looks taken left
// (0.041 after both, not 0.05), so the chance of a false verdict over all looks stays <= alpha.
//
// The p-value of the expanded bootstrap cannot go below a floor set by the block count and the
// resamples (0.036 with 5 blocks, 0.0067 with 12, 0.0046 with 15 at 4000 resamples), so a look
// whose boundary it cannot reach is not taken: a rule on the count alone, and such a look spends
// nothing. The earliest possible stop is therefore the half-budget look with >= 14 blocks (nominal
// level 0.0056) or the three-quarter look with >= 7 (about 0.02). There is no early stop for
// "unchanged": a repeated 95% interval inside a floor measured from the same data has no error
// rate this design can vouch for (see docs/ARCHITECTURE.md).
import type { Block, MetricAnalysis } from './analyze.js';
import { normalQuantile, studentTCdf } from './distributions.js';
import { boundaries, obrienFlemingSpent } from './spending.js';
import { worsening } from './status.js';

/** The information fractions (shares of the time budget) of the interim looks. */
export const LOOK_FRACTIONS: readonly number[] = [0.5, 0.75];

/** What happened at one interim look. */
export interface SequentialLook {
  /** 1-based number of the look in the pre-registered schedule. */
  look: number;
  /** Complete blocks at the look. */
  blocks: number;
  /** Information fraction: elapsed time / budget. */
  fraction: number;
  /** Cumulative alpha spent up to and including this look (0 for a look not taken). */
  alpha_spent: number;
  /** The look's nominal two-sided level in the design that stops (at `stop_alpha`): the objective's p must be below it to stop. */
  nominal_alpha: number;
  /** The objective's intersection-union p at the look; null when not taken. */
  p: number | null;
  /** `skipped`: the block count cannot reach the boundary, so the look is not taken and spends nothing. */
  outcome: 'continue' | 'stop' | 'skipped';
  reason: string;
}

/** The design and its course, as the comparison records it. */
export interface SequentialRecord {
  spending: string;
  alpha: number;
  /** The overall level of the design whose boundaries a look must cross to stop (`alpha` unless a caller asks for less, as `perfflow ci` does for its adjustment across targets). */
  stop_alpha: number;
  fractions: number[];
  looks: SequentialLook[];
  /** The nominal level of the final analysis (null when a look stopped the comparison). */
  final_alpha: number | null;
  /** The information fraction of the final analysis (null when a look stopped the comparison). */
  final_fraction: number | null;
  stopped_early: boolean;
  /** The block and look that stopped the comparison (null when it ran to the end). */
  stopped_at: { block: number; look: number; reason: string } | null;
}

/**
 * The smallest two-sided p-value the expanded bootstrap of `n` values can give with `resamples`
 * resamples: every resample on one side of zero.
 * @param n - the number of blocks (>= 2)
 * @param resamples - bootstrap resamples
 * @returns the floor of the p-value
 */
export function smallestP(n: number, resamples: number): number {
  const stretch = Math.sqrt(n / (n - 1));
  return Math.min(1, 2 * studentTCdf(normalQuantile(1 / (resamples + 1)) / stretch, n - 1));
}

/**
 * Whether an early stop on an improvement leaves every guard settled: none worse than its
 * tolerance and the noise floor by its point estimate (a guard that regressed significantly is
 * settled: it fails or is reported). A guard not yet significant but worse than that would hold a
 * full comparison at inconclusive; an early stop must not turn it into a pass, so the comparison goes on.
 * @param metrics - the analysis at the look
 * @returns the guards that are not settled
 */
export function unsettledGuards(metrics: readonly MetricAnalysis[]): MetricAnalysis[] {
  return metrics.filter((m) => {
    if (m.role !== 'guard' || m.verdict === 'regressed') return false;
    const tolerance = m.tolerance ?? 0;
    if (!Number.isFinite(tolerance)) return false;
    return m.effect === null || worsening(m) > Math.max(tolerance, m.noise_floor);
  });
}

/** Options of {@link createSequentialMonitor}. */
export interface MonitorOptions {
  budgetMs: number;
  minBlocks: number;
  alpha: number;
  /**
   * The overall level of the design a look must cross to stop (default `alpha`). Lower when the
   * objective's p will be compared with less than `alpha` later (Holm across targets): a stop at
   * the `alpha` boundary would end on a result the adjustment then calls inconclusive. The design's
   * p-value (`sequential-p.ts`) stays valid whatever this level is.
   */
  stopAlpha?: number | undefined;
  resamples: number;
  /** Analyses the blocks with the objective tested at `objectiveAlpha`; `look` seeds the bootstrap. */
  analyse: (blocks: readonly Block[], objectiveAlpha: number, look: number) => MetricAnalysis[];
}

/** Watches the blocks at the pre-registered looks; see the module comment. */
export interface SequentialMonitor {
  /** Called after every block: true to stop at this look. */
  look: (blocks: readonly Block[], elapsedMs: number) => boolean;
  /** The analysis that stopped the comparison and the level its objective was tested at, if a look stopped it. */
  stopped: () => { metrics: MetricAnalysis[]; alpha: number } | null;
  /** The nominal level of the final analysis at this elapsed time (spends all alpha that is left). */
  finalAlpha: (elapsedMs: number) => number;
  record: () => SequentialRecord;
}

function decide(metrics: readonly MetricAnalysis[]): { stop: boolean; why: string } {
  const objective = metrics.find((m) => m.role === 'objective');
  if (objective === undefined) return { stop: false, why: 'no objective' };
  if (objective.verdict === 'regressed') return { stop: true, why: `the objective ${objective.name} regressed beyond the boundary` };
  if (objective.verdict !== 'improved') return { stop: false, why: `the objective ${objective.name} is ${objective.verdict} at this look's level` };
  const open = unsettledGuards(metrics);
  if (open.length > 0) return { stop: false, why: `the objective improved beyond the boundary, but guards are not settled: ${open.map((m) => m.name).join(', ')}` };
  return { stop: true, why: `the objective ${objective.name} improved beyond the boundary and every guard is settled` };
}

/**
 * Creates the monitor of a sequential comparison: it takes the pre-registered looks as the clock
 * reaches them, spends alpha by the O'Brien-Fleming-type function and says when to stop.
 * @param options - budget, minimum blocks, overall alpha, resamples and the analysis
 * @returns the monitor
 */
export function createSequentialMonitor(options: MonitorOptions): SequentialMonitor {
  const looks: SequentialLook[] = [];
  const taken: number[] = [];
  let stoppedWith: { metrics: MetricAnalysis[]; alpha: number } | null = null;
  let finalAlpha: number | null = null;
  let finalFraction: number | null = null;
  let handled = 0;
  const stopAlpha = Math.min(options.stopAlpha ?? options.alpha, options.alpha);
  const look = (blocks: readonly Block[], elapsedMs: number): boolean => {
    const fraction = elapsedMs / options.budgetMs;
    // The look due is the last scheduled fraction the clock has passed; one block that ends past two
    // of them makes one look, not two in a row.
    const due = LOOK_FRACTIONS.filter((f) => fraction >= f).length;
    if (due <= handled || fraction >= 1 || blocks.length < options.minBlocks) return false;
    handled = due;
    const number = due;
    const boundary = boundaries([...taken, fraction], stopAlpha).at(-1);
    const nominal = boundary?.nominal ?? 0;
    const floor = smallestP(blocks.length, options.resamples);
    if (floor >= nominal) {
      looks.push({ look: number, blocks: blocks.length, fraction, alpha_spent: 0, nominal_alpha: nominal, p: null, outcome: 'skipped', reason: `with ${blocks.length} blocks the smallest attainable p is ${floor.toPrecision(2)}, not below the look's level` });
      return false;
    }
    taken.push(fraction);
    const metrics = options.analyse(blocks, nominal, number);
    const p = metrics.find((m) => m.role === 'objective')?.p_adjusted ?? null;
    const { stop, why } = decide(metrics);
    looks.push({ look: number, blocks: blocks.length, fraction, alpha_spent: obrienFlemingSpent(fraction, options.alpha), nominal_alpha: nominal, p, outcome: stop ? 'stop' : 'continue', reason: why });
    if (stop) stoppedWith = { metrics, alpha: nominal };
    return stop;
  };
  return {
    look,
    stopped: () => stoppedWith,
    finalAlpha: (elapsedMs) => {
      const last = taken.at(-1) ?? 0;
      const t = Math.min(1, Math.max(elapsedMs / options.budgetMs, last + 0.01));
      finalAlpha = boundaries([...taken, t], options.alpha, true).at(-1)?.nominal ?? options.alpha;
      finalFraction = t;
      return finalAlpha;
    },
    record: () => {
      const stop = looks.find((l) => l.outcome === 'stop');
      return {
        spending: "Lan-DeMets O'Brien-Fleming type, alpha(t) = 2 - 2 Phi(z(1 - alpha/2) / sqrt(t)); exact two-sided boundaries by numerical integration",
        alpha: options.alpha,
        stop_alpha: stopAlpha,
        fractions: [...LOOK_FRACTIONS],
        looks,
        final_alpha: stop === undefined ? finalAlpha : null,
        final_fraction: stop === undefined ? finalFraction : null,
        stopped_early: stop !== undefined,
        stopped_at: stop === undefined ? null : { block: stop.blocks, look: stop.look, reason: stop.reason },
      };
    },
  };
}
