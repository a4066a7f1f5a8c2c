import type { MetricAnalysis } from './analyze.js';
import { describeChange } from './describe-change.js';
import { MIN_BLOCKS } from './scheduler.js';
import type { HarnessEdit } from './harness.js';

/** The outcome of the validation gate. */
export type ValidationStatus = 'pass' | 'fail' | 'inconclusive';

/** What a behaviour check looked at. */
export type BehaviourCheckKind = 'check-command' | 'http-response' | 'function-return' | 'candidate-error' | 'call-history' | 'page-dom';

/** One behaviour check: the project's check command, one http request, one function's return value, errors of the candidate, its call history. */
export interface BehaviourCheck {
  name: string;
  kind: BehaviourCheckKind;
  /** `base-failed`: the check fails on the base already, so it says nothing about the candidate. */
  status: 'passed' | 'failed' | 'base-failed';
  detail: string;
}

/** Behaviour of the candidate compared with the base. */
export interface BehaviourResult {
  /** True when every check passed; false when the candidate broke one; null when not established. */
  passed: boolean | null;
  checks: BehaviourCheck[];
}

/** How a guard metric came out. */
export type GuardOutcome = 'ok' | 'within-tolerance' | 'exceeded';

/** One row of the guard table. */
export interface GuardRow {
  metric: string;
  /** The change as people read it, with its interval. */
  change: string;
  /** The tolerance: a fraction for `log` metrics, an amount for `difference` metrics; null: never fatal. */
  tolerance: number | null;
  verdict: MetricAnalysis['verdict'];
  outcome: GuardOutcome;
  /** The load the figure was taken under. */
  load: string | null;
}

/**
 * Sums up behaviour checks: any `failed` check fails; otherwise any `base-failed` check leaves
 * behaviour unestablished (null); otherwise it passed.
 * @param checks - every check made
 * @returns the behaviour result
 */
export function summarizeBehaviour(checks: BehaviourCheck[]): BehaviourResult {
  if (checks.some((c) => c.status === 'failed')) return { passed: false, checks };
  if (checks.some((c) => c.status === 'base-failed')) return { passed: null, checks };
  return { passed: true, checks };
}

/**
 * How much worse a metric got, as a positive number on the tolerance's scale (0 when it got better).
 * @param metric - an analysed metric
 * @returns the worsening: a fraction for `log` metrics, an amount for `difference` metrics
 */
export function worsening(metric: MetricAnalysis): number {
  if (metric.effect === null) return 0;
  if (metric.scale === 'difference') return Math.max(0, metric.direction === 'lower' ? metric.effect : -metric.effect);
  return Math.max(0, metric.direction === 'lower' ? metric.effect - 1 : 1 - metric.effect);
}

/**
 * How one guard metric came out: only a regression counts against it, fatally beyond its tolerance.
 * @param metric - an analysed guard metric
 * @returns its outcome
 */
function guardOutcome(metric: MetricAnalysis): GuardOutcome {
  switch (metric.verdict) {
    case 'regressed':
      return worsening(metric) > (metric.tolerance ?? 0) ? 'exceeded' : 'within-tolerance';
    case 'improved':
    case 'unchanged':
    case 'inconclusive':
      return 'ok';
    default: {
      const never: never = metric.verdict;
      return never;
    }
  }
}

/**
 * Judges every guard metric: a guard that regressed by more than its tolerance is `exceeded`
 * (fatal); one that regressed within it is reported (`within-tolerance`); any other is `ok`.
 * @param metrics - analysed metrics
 * @returns one row per guard
 */
export function judgeGuards(metrics: readonly MetricAnalysis[]): GuardRow[] {
  return metrics
    .filter((m) => m.role === 'guard')
    .map((m) => {
      const tolerance = m.tolerance ?? 0;
      return { metric: m.name, change: describeChange(m), tolerance: Number.isFinite(tolerance) ? tolerance : null, verdict: m.verdict, outcome: guardOutcome(m), load: m.load };
    });
}

/**
 * A guard that is worse beyond its tolerance and the noise floor, with both copies' intervals on the
 * worse side, yet not significant once adjusted among the guards. With few blocks the adjustment
 * alone can hold it there (every block pointing the same way, the smallest adjusted p among four
 * guards is 0.14 with 5 blocks and 0.056 with 8), so reading it as 'ok' would let a large
 * regression pass a short comparison. It keeps the status from passing.
 * @param metric - an analysed metric
 * @returns true for such a guard
 */
function unestablishedExcess(metric: MetricAnalysis): boolean {
  if (metric.role !== 'guard' || metric.verdict !== 'inconclusive' || metric.effect === null || metric.ci95_each === null) return false;
  const zero = metric.scale === 'log' ? 1 : 0;
  const worseSide = (lo: number, hi: number): boolean => (metric.direction === 'lower' ? lo > zero : hi < zero);
  if (!metric.ci95_each.every(([lo, hi]) => worseSide(lo, hi))) return false;
  const tolerance = metric.tolerance ?? 0;
  return worsening(metric) > tolerance && worsening(metric) > metric.noise_floor;
}

function toleranceText(metric: MetricAnalysis): string {
  const tolerance = metric.tolerance ?? 0;
  if (!Number.isFinite(tolerance)) return 'no tolerance limit';
  if (tolerance === 0) return 'tolerance: none beyond the noise floor';
  return metric.scale === 'log' ? `tolerance ${(tolerance * 100).toFixed(1)}%` : `tolerance ${tolerance}`;
}

/**
 * Why an objective is inconclusive, in the words that fit what happened: a small change near the
 * floor, copies of the base that disagree, too few pairs, or an interval too wide for the budget.
 * @param metric - the objective, verdict `inconclusive`
 * @param alpha - the significance level
 * @returns the reason
 */
export function inconclusiveReason(metric: MetricAnalysis, alpha = 0.05): string {
  const change = describeChange(metric);
  if (metric.effect === null || metric.ci95 === null) return `inconclusive: ${change}`;
  const zero = metric.scale === 'log' ? 1 : 0;
  const excludesZero = metric.ci95[0] > zero || metric.ci95[1] < zero;
  const floorOnScale = metric.scale === 'log' ? 1 + metric.noise_floor : metric.noise_floor;
  const beyondFloor = metric.scale === 'log' ? Math.abs(Math.log(metric.effect)) > Math.log(floorOnScale) : Math.abs(metric.effect) > metric.noise_floor;
  if (metric.pairs < MIN_BLOCKS) return `inconclusive: ${change}; only ${metric.pairs} valid pairs, too few for a verdict`;
  if (excludesZero && !beyondFloor) {
    return `inconclusive: ${change}; a small change near the noise floor: the interval excludes no change but the estimate is within the floor, too small to call either way`;
  }
  if (excludesZero && metric.ci95_each !== null) {
    const each = metric.ci95_each.map(([lo, hi]) => lo > zero || hi < zero);
    if (!each[0] || !each[1]) {
      return `inconclusive: ${change}; the candidate differs significantly from ${each[0] ? 'the base' : 'the A/A copy of the base'} but not from ${each[0] ? 'its A/A copy' : 'the base'}, so the change is not established`;
    }
  }
  if (excludesZero && (metric.p_adjusted ?? 1) >= alpha) {
    if (alpha < 0.05) return `inconclusive: ${change}; not significant at the level the sequential design leaves for its final analysis (p = ${(metric.p_adjusted ?? 1).toPrecision(2)}, needs < ${alpha.toPrecision(2)})`;
    return `inconclusive: ${change}; not significant once adjusted for the number of metrics (p = ${(metric.p_adjusted ?? 1).toPrecision(2)})`;
  }
  if (excludesZero) return `inconclusive: ${change}; the interval reaches inside the noise floor, so the change may be noise`;
  return `inconclusive: ${change}; the interval is too wide for a verdict within the time budget (a longer --budget may settle it)`;
}

/**
 * Decides the validation status. Pass needs: behaviour shown unchanged, the harness not edited by
 * the change, the objective metric significantly improved, and no guard metric worse than its
 * tolerance. A broken behaviour, an edited harness, an exceeded guard or an objective that regressed
 * or stayed inside the noise floor fails; everything else that cannot support a decision is inconclusive.
 * @param metrics - analysed metrics (exactly one has role `objective`)
 * @param behaviour - the behaviour result
 * @param harnessEdits - harness files the change modified or deleted
 * @param objectiveAlpha - the level the objective was tested at (a sequential design's look or final analysis), for the wording of an inconclusive reason
 * @returns status, the reasons (most important first) and the guard table
 */
export function decideStatus(metrics: readonly MetricAnalysis[], behaviour: BehaviourResult, harnessEdits: readonly HarnessEdit[] = [], objectiveAlpha = 0.05): { status: ValidationStatus; reasons: string[]; guards: GuardRow[] } {
  const reasons: string[] = [];
  const guards = judgeGuards(metrics);
  const broken = behaviour.checks.filter((c) => c.status === 'failed');
  const baseFailed = behaviour.checks.filter((c) => c.status === 'base-failed');
  const objective = metrics.find((m) => m.role === 'objective');
  if (harnessEdits.length > 0) {
    const list = harnessEdits.map((e) => `${e.path} (${e.role}) ${e.status}`).join(', ');
    reasons.push(`the change edits the measuring harness: ${list}; it was measured and checked through the harness as pinned, and the gate fails closed unless a person overrides it with documented risks`);
  }
  for (const check of broken) reasons.push(`behaviour changed: ${check.name}: ${check.detail}`);
  if (objective?.verdict === 'regressed') reasons.push(`regressed: ${describeChange(objective)}`);
  for (const guard of guards.filter((g) => g.outcome === 'exceeded')) {
    const metric = metrics.find((m) => m.name === guard.metric);
    if (metric !== undefined) reasons.push(`guard exceeded: ${guard.change}, ${toleranceText(metric)}`);
  }
  const within = guards.filter((g) => g.outcome === 'within-tolerance').map((g) => {
    const metric = metrics.find((m) => m.name === g.metric);
    return `guard within tolerance: ${g.change}, ${metric === undefined ? '' : toleranceText(metric)}`;
  });
  if (reasons.length > 0) return { status: 'fail', reasons: [...reasons, ...within], guards };
  for (const check of baseFailed) {
    reasons.push(`${check.name} fails on the base already (${check.detail}); the candidate is not blamed, but behaviour cannot be shown unchanged: fix the check on the base`);
  }
  if (objective === undefined) return { status: 'inconclusive', reasons: [...reasons, 'no objective metric was measured'], guards };
  switch (objective.verdict) {
    case 'improved': {
      const head = `improved: ${describeChange(objective)}`;
      if (baseFailed.length > 0) return { status: 'inconclusive', reasons: [head, ...reasons, ...within], guards };
      const suspect = metrics.filter(unestablishedExcess);
      if (suspect.length > 0) {
        const why = suspect.map((m) => `guard not established: ${describeChange(m)}, ${toleranceText(m)}; worse than that against both copies of the base, but not significant once adjusted among the guards (p = ${(m.p_adjusted ?? 1).toPrecision(2)}, ${m.pairs} blocks): a longer --budget may settle it`);
        return { status: 'inconclusive', reasons: [...why, head, ...within, ...reasons], guards };
      }
      for (const m of metrics) if (m.role === 'guard' && m.verdict === 'inconclusive') reasons.push(`not significant either way: ${describeChange(m)}`);
      return { status: 'pass', reasons: [head, ...within, ...reasons], guards };
    }
    case 'unchanged':
      return { status: 'fail', reasons: [`no improvement: ${describeChange(objective)} stays inside the noise floor`, ...within, ...reasons], guards };
    case 'inconclusive':
      return { status: 'inconclusive', reasons: [inconclusiveReason(objective, objectiveAlpha), ...within, ...reasons], guards };
    case 'regressed':
      return { status: 'fail', reasons, guards };
    default: {
      const never: never = objective.verdict;
      return never;
    }
  }
}
