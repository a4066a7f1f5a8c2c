// The pull-request gate's decision, pure: every metric of every target adjusted together (Holm),
// then each metric and each target judged. Never reads a file or a clock.
import type { CiDesign, CiMetric, CiMetricVerdict, CiResult, CiTarget } from '../contracts/ci-result.js';
import type { ComparedMetric, PerformanceComparison } from '../contracts/performance-comparison.js';
import type { CiTargetSettings } from '../config/ci-settings.js';
import { describeChange } from '../compare/describe-change.js';
import { holmAdjust } from '../compare/holm.js';
import { designPValues } from '../compare/sequential-p.js';

/** Fewer pairs than this support no verdict (as in the comparison engine). */
const MIN_PAIRS = 5;

/** Who accepted a target's regression. */
export type Acceptance = NonNullable<CiTarget['accepted']>;

/** What happened to one target before the decision. */
export type TargetResult =
  | { kind: 'compared'; comparison: PerformanceComparison; comparisonFile: string | null }
  | { kind: 'error'; targetKind: CiTarget['kind']; message: string }
  | { kind: 'skipped'; targetKind: CiTarget['kind']; reason: string };

/** One target as the gate receives it. */
export interface TargetRun {
  name: string;
  settings: Pick<CiTargetSettings, 'threshold' | 'informational'>;
  accepted: Acceptance | null;
  result: TargetResult;
}

/** The part of a {@link CiResult} the gate decides. */
export type GateDecision = Pick<CiResult, 'status' | 'exit_code' | 'adjustment' | 'targets'>;

/**
 * The threshold of one metric: the larger of the target's threshold and the metric's own guard
 * tolerance (memory may grow 10% by default; a guard set to `off` never fails).
 * @param metric - the compared metric
 * @param threshold - the target's threshold
 * @returns the threshold, or null when the metric never fails
 */
export function metricThreshold(metric: ComparedMetric, threshold: number): number | null {
  if (metric.tolerance !== null && !Number.isFinite(metric.tolerance)) return null;
  return Math.max(threshold, metric.tolerance ?? 0);
}

/**
 * How much worse a metric got, on its threshold's scale (a fraction for log metrics), 0 when better.
 * @param metric - the compared metric
 * @returns the worsening
 */
export function worseningOf(metric: Pick<ComparedMetric, 'effect' | 'scale' | 'direction'>): number {
  if (metric.effect === null) return 0;
  const up = metric.scale === 'log' ? metric.effect - 1 : metric.effect;
  return Math.max(0, metric.direction === 'lower' ? up : -up);
}

/**
 * How much worse the worse end of a metric's 95% interval is, on its threshold's scale: the
 * largest regression the data do not rule out (0 when the whole interval is better).
 * @param metric - the compared metric
 * @returns the worsening at the interval's worse end, or Infinity without an interval
 */
export function worstCaseOf(metric: Pick<ComparedMetric, 'ci95' | 'scale' | 'direction'>): number {
  if (metric.ci95 === null) return Infinity;
  const end = metric.direction === 'lower' ? metric.ci95[1] : metric.ci95[0];
  return worseningOf({ effect: end, scale: metric.scale, direction: metric.direction });
}

/**
 * Whether a metric's whole 95% interval rules out a regression beyond its threshold.
 * @param metric - the compared metric
 * @param threshold - its threshold, null for never (nothing to rule out)
 * @returns true when the interval's worse end is within the threshold
 */
function regressionRuledOut(metric: Pick<ComparedMetric, 'ci95' | 'scale' | 'direction'>, threshold: number | null): boolean {
  // 1e-12: an interval ending exactly at the threshold (1.05 against 5%) is within it, whatever the binary rounding of 1.05 - 1.
  return threshold === null || worstCaseOf(metric) <= threshold + 1e-12;
}

/**
 * Judges one metric after the adjustment across every target: a change only when significant once
 * adjusted, both copies of the base agreeing on its side, and beyond the noise floor; a regression
 * then fails only beyond its threshold. A metric reads `unchanged` or `within-threshold` only when
 * its whole interval rules out a regression beyond the threshold: a noisy guard whose interval
 * reaches past it passes as `inconclusive`, listed, never as unchanged (absence of evidence is not
 * evidence of absence). Anything the data cannot settle is inconclusive.
 * @param metric - the compared metric
 * @param pHolm - its p-value adjusted across the run, or null when it was not tested
 * @param threshold - its threshold, null for never
 * @param alpha - significance level
 * @returns the verdict
 */
export function judgeMetric(metric: ComparedMetric, pHolm: number | null, threshold: number | null, alpha: number): CiMetricVerdict {
  const { effect, ci95, ci95_each: each, noise_floor: floor } = metric;
  if (effect === null || ci95 === null || each === null || pHolm === null || metric.pairs < MIN_PAIRS) return 'inconclusive';
  const zero = metric.scale === 'log' ? 1 : 0;
  const above = each.every(([lo]) => lo > zero) && ci95[0] > zero;
  const below = each.every(([, hi]) => hi < zero) && ci95[1] < zero;
  const size = metric.scale === 'log' ? Math.abs(Math.log(effect)) : Math.abs(effect);
  const floorSize = metric.scale === 'log' ? Math.log1p(floor) : floor;
  const ruledOut = regressionRuledOut(metric, threshold);
  if ((above || below) && pHolm < alpha && size > floorSize) {
    if (above !== (metric.direction === 'lower')) return 'improved';
    if (threshold !== null && worseningOf(metric) > threshold) return 'regressed';
    return ruledOut ? 'within-threshold' : 'inconclusive';
  }
  const inside = metric.scale === 'log' ? ci95[0] >= 1 / (1 + floor) && ci95[1] <= 1 + floor : ci95[0] >= -floor && ci95[1] <= floor;
  return inside && ruledOut ? 'unchanged' : 'inconclusive';
}

function thresholdText(metric: CiMetric): string {
  if (metric.threshold === null) return 'no threshold (guard off)';
  return metric.scale === 'log' ? `threshold ${(metric.threshold * 100).toFixed(1)}%` : `threshold ${metric.threshold}`;
}

function thresholdAmount(metric: CiMetric, amount: number): string {
  return metric.scale === 'log' ? `${(amount * 100).toFixed(1)}%` : `${amount}`;
}

function inconclusiveReason(metric: CiMetric, change: string): string {
  const worst = worstCaseOf(metric);
  if (metric.threshold === null || !Number.isFinite(worst) || regressionRuledOut(metric, metric.threshold)) return `inconclusive (not a failure): ${change}`;
  return `inconclusive (not a failure): ${change}; its interval reaches ${thresholdAmount(metric, worst)} worse, beyond the threshold ${thresholdAmount(metric, metric.threshold)}: a regression that large is not ruled out`;
}

function metricReason(metric: CiMetric, pairs: number): string | null {
  const change = describeChange({ ...metric, pairs });
  switch (metric.verdict) {
    case 'regressed':
      return `regressed: ${change}, ${thresholdText(metric)}`;
    case 'within-threshold':
      return `slower within the threshold: ${change}, ${thresholdText(metric)}`;
    case 'improved':
      return `improved: ${change}`;
    case 'inconclusive':
      return inconclusiveReason(metric, change);
    case 'unchanged':
      return null;
    default: {
      const never: never = metric.verdict;
      return never;
    }
  }
}

/**
 * How a compared target spent its time: the design, the look that stopped it and the budget saved.
 * @param comparison - the target's comparison
 * @returns the design as the gate reports it
 */
export function designOf(comparison: PerformanceComparison): CiDesign {
  const { sequential, time_budget_ms: budget, elapsed_ms: elapsed } = comparison.design;
  if (sequential === undefined) return { kind: 'fixed', budget_ms: budget, stopped_early: false, look: null, stop_alpha: null, saved_ms: 0 };
  const saved = sequential.stopped_early ? Math.max(0, budget - elapsed) : 0;
  return { kind: 'sequential', budget_ms: budget, stopped_early: sequential.stopped_early, look: sequential.stopped_at?.look ?? null, stop_alpha: sequential.stop_alpha ?? sequential.alpha, saved_ms: saved };
}

function designNote(comparison: PerformanceComparison, design: CiDesign): string | null {
  const stop = comparison.design.sequential?.stopped_at ?? null;
  if (!design.stopped_early || stop === null) return null;
  const seconds = (ms: number): string => (ms / 1000).toFixed(1);
  return `stopped early by the sequential design at look ${stop.look} (block ${stop.block}, ${seconds(comparison.design.elapsed_ms)} s of the ${seconds(design.budget_ms)} s budget, ${seconds(design.saved_ms)} s saved): ${stop.reason}`;
}

function judgeCompared(run: TargetRun, comparison: PerformanceComparison, pDesign: (number | null)[], pHolm: (number | null)[], alpha: number): Omit<CiTarget, 'comparison_file'> {
  const metrics: CiMetric[] = comparison.metrics.map((m, i) => {
    const threshold = metricThreshold(m, run.settings.threshold);
    const p = pHolm[i] ?? null;
    return { name: m.name, unit: m.unit, direction: m.direction, scale: m.scale, base: m.base, head: m.candidate, effect: m.effect, ci95: m.ci95, noise_floor: m.noise_floor, threshold, p: m.p, p_design: pDesign[i] ?? null, p_holm: p, verdict: judgeMetric(m, p, threshold, alpha) };
  });
  const design = designOf(comparison);
  const behaviourChanges = comparison.behaviour.checks.filter((c) => c.status === 'failed').map((c) => `behaviour changed: ${c.name}: ${c.detail}`);
  const notes = comparison.behaviour.checks.filter((c) => c.status === 'base-failed').map((c) => `${c.name} fails on the base already: behaviour not established (${c.detail})`);
  const edits = comparison.harness.edited.map((e) => `${e.path} (${e.role}) ${e.status}`);
  if (edits.length > 0) notes.push(`the change edits the measuring harness (${edits.join(', ')}): both sides were measured through the base's harness; the edit takes effect after the merge`);
  const stopped = designNote(comparison, design);
  if (stopped !== null) notes.push(stopped);
  const metricReasons = metrics.map((m) => metricReason(m, comparison.design.pairs)).filter((r): r is string => r !== null);
  const failing = [...behaviourChanges, ...metricReasons.filter((r) => r.startsWith('regressed:'))];
  let outcome: CiTarget['outcome'] = 'pass';
  const head: string[] = [];
  if (failing.length > 0 && run.settings.informational) head.push('informational target: reported, never fails the build');
  else if (failing.length > 0 && run.accepted !== null) {
    outcome = 'accepted';
    head.push(`accepted by ${run.accepted.by === 'trailer' ? 'the commit trailer perfflow-accept in' : 'the label'} ${run.accepted.source}: recorded as a pass`);
  } else if (failing.length > 0) outcome = 'fail';
  if (failing.length === 0 && metrics.every((m) => m.verdict === 'unchanged')) head.push('no change beyond the noise floor');
  return {
    name: run.name,
    kind: comparison.kind,
    outcome,
    informational: run.settings.informational,
    threshold: run.settings.threshold,
    accepted: outcome === 'accepted' ? run.accepted : null,
    reasons: [...head, ...behaviourChanges, ...metricReasons, ...notes],
    metrics,
    behaviour: comparison.behaviour.passed,
    harness_edits: comparison.harness.edited.map((e) => e.path),
    pairs: comparison.design.pairs,
    elapsed_ms: comparison.design.elapsed_ms,
    design,
  };
}

function uncompared(run: TargetRun, result: Exclude<TargetResult, { kind: 'compared' }>): CiTarget {
  const base = { name: run.name, kind: result.targetKind, informational: run.settings.informational, threshold: run.settings.threshold, accepted: null, metrics: [], behaviour: null, harness_edits: [], pairs: 0, elapsed_ms: 0, design: null, comparison_file: null };
  if (result.kind === 'skipped') return { ...base, outcome: 'skipped', reasons: [result.reason] };
  return { ...base, outcome: 'error', reasons: [`could not be run (the gate fails closed): ${result.message}`] };
}

/**
 * Decides the gate: Holm's adjustment over every metric of every compared target at once, each
 * metric judged ({@link judgeMetric}), a target failing on a regression beyond its threshold or a
 * behaviour change unless it is informational or accepted. A comparison run with the sequential
 * design enters with its design's p-values (`sequential-p.ts`), valid however often it was looked
 * at; a fixed-budget one with its p. Exit 1 when a target fails, else 4 when one could not be run,
 * else 0; inconclusive metrics are listed and never fail.
 * @param runs - the targets with their results
 * @param alpha - significance level (0.05)
 * @returns the status, exit code and every target judged
 */
export function decideGate(runs: readonly TargetRun[], alpha = 0.05): GateDecision {
  const family: { run: number; metric: number; p: number }[] = [];
  const pDesign = runs.map((run) => (run.result.kind === 'compared' ? designPValues(run.result.comparison.design.sequential, run.result.comparison.metrics) : []));
  pDesign.forEach((ps, r) => {
    ps.forEach((p, i) => {
      if (p !== null) family.push({ run: r, metric: i, p });
    });
  });
  const adjusted = holmAdjust(family.map((f) => f.p));
  const pOf = (r: number, i: number): number | null => {
    const index = family.findIndex((f) => f.run === r && f.metric === i);
    return index === -1 ? null : (adjusted[index] ?? null);
  };
  const targets = runs.map((run, r): CiTarget => {
    const result = run.result;
    if (result.kind !== 'compared') return uncompared(run, result);
    const pHolm = result.comparison.metrics.map((_m, i) => pOf(r, i));
    return { ...judgeCompared(run, result.comparison, pDesign[r] ?? [], pHolm, alpha), comparison_file: result.comparisonFile };
  });
  const failed = targets.some((t) => t.outcome === 'fail');
  const errored = targets.some((t) => t.outcome === 'error');
  const sequential = targets.some((t) => t.design?.kind === 'sequential');
  const adjustment = `Holm across all ${family.length} metrics of the ${runs.filter((r) => r.result.kind === 'compared').length} compared targets, alpha ${alpha}${sequential ? "; a target compared with the sequential design enters with its design's p-value (the smallest level at which the design would have rejected at a look it took)" : ''}`;
  if (failed) return { status: 'fail', exit_code: 1, adjustment, targets };
  if (errored) return { status: 'error', exit_code: 4, adjustment, targets };
  return { status: 'pass', exit_code: 0, adjustment, targets };
}
