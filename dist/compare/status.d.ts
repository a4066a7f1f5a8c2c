import type { MetricAnalysis } from './analyze.js';
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
export declare function summarizeBehaviour(checks: BehaviourCheck[]): BehaviourResult;
/**
 * How much worse a metric got, as a positive number on the tolerance's scale (0 when it got better).
 * @param metric - an analysed metric
 * @returns the worsening: a fraction for `log` metrics, an amount for `difference` metrics
 */
export declare function worsening(metric: MetricAnalysis): number;
/**
 * Judges every guard metric: a guard that regressed by more than its tolerance is `exceeded`
 * (fatal); one that regressed within it is reported (`within-tolerance`); any other is `ok`.
 * @param metrics - analysed metrics
 * @returns one row per guard
 */
export declare function judgeGuards(metrics: readonly MetricAnalysis[]): GuardRow[];
/**
 * Why an objective is inconclusive, in the words that fit what happened: a small change near the
 * floor, copies of the base that disagree, too few pairs, or an interval too wide for the budget.
 * @param metric - the objective, verdict `inconclusive`
 * @param alpha - the significance level
 * @returns the reason
 */
export declare function inconclusiveReason(metric: MetricAnalysis, alpha?: number): string;
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
export declare function decideStatus(metrics: readonly MetricAnalysis[], behaviour: BehaviourResult, harnessEdits?: readonly HarnessEdit[], objectiveAlpha?: number): {
    status: ValidationStatus;
    reasons: string[];
    guards: GuardRow[];
};
