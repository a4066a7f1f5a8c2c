import type { Run } from '../contracts/run.js';
import type { CheckName, StepDefinition, Workflow } from '../contracts/workflow.js';
import type { ConditionValue } from './condition.js';
import type { TemplateValues } from './templates.js';
/** What a gate check can see. */
export interface CheckContext {
    projectRoot: string;
    /** The run directory. */
    dir: string;
    run: Run;
    workflow: Workflow;
    step: StepDefinition;
    templates: TemplateValues;
}
/** The result of one check; `variables` feed conditions such as `validation_status == 'pass'`. */
export interface CheckResult {
    name: CheckName;
    passed: boolean;
    detail: string;
    variables?: Record<string, ConditionValue>;
}
/** The variables each check exports to conditions, so a condition knows which gate supplies them. */
export declare const CHECK_VARIABLES: Record<CheckName, readonly string[]>;
/**
 * Runs one named check. Fails closed: any error inside the check is a failed check whose detail
 * says what went wrong.
 * @param name - the check named in the yaml
 * @param ctx - what the check may read
 * @returns the check's result
 */
export declare function runCheck(name: CheckName, ctx: CheckContext): Promise<CheckResult>;
