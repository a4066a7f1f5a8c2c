import type { MetricAnalysis } from './analyze.js';
/** The outcome of the validation gate. */
export type ValidationStatus = 'pass' | 'fail' | 'inconclusive';
/** One behaviour check: the project's check command, one http request, one function's return value. */
export interface BehaviourCheck {
    name: string;
    kind: 'check-command' | 'http-response' | 'function-return';
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
/**
 * Sums up behaviour checks: any `failed` check fails; otherwise any `base-failed` check leaves
 * behaviour unestablished (null); otherwise it passed.
 * @param checks - every check made
 * @returns the behaviour result
 */
export declare function summarizeBehaviour(checks: BehaviourCheck[]): BehaviourResult;
/**
 * Decides the validation status. Pass needs a significant improvement of the objective metric, no
 * significant regression of any metric and behaviour shown unchanged. A broken behaviour or any
 * regression fails; an objective shown unchanged fails (nothing was gained); everything else that
 * cannot support a decision is inconclusive.
 * @param metrics - analysed metrics (exactly one has `objective: true`)
 * @param behaviour - the behaviour result
 * @returns status and the reasons, most important first
 */
export declare function decideStatus(metrics: readonly MetricAnalysis[], behaviour: BehaviourResult): {
    status: ValidationStatus;
    reasons: string[];
};
