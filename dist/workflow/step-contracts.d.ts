import type { ActionName, CheckName, StepDefinition, Workflow } from '../contracts/workflow.js';
/**
 * What each action writes (by schema name) and whether it decides its step's gate itself. The
 * yaml says where each file goes (`outputs` with that `schema`); this says which files the code
 * produces, so that loading a workflow can refuse a step whose action writes a file it does not declare.
 */
export declare const ACTION_CONTRACTS: Record<ActionName, {
    writes: readonly ArtifactSchema[];
    decidesGate: boolean;
}>;
/** The artifact schemas a step can read or write through the run-artifact API. */
export type ArtifactSchema = 'baseline-metrics' | 'bottleneck-report' | 'plan' | 'judgement' | 'rating' | 'optimization-plan' | 'dev-manifest' | 'benchmark-results' | 'performance-comparison';
/** The artifacts each gate check reads, by schema: declared by the step itself or an earlier one. */
export declare const CHECK_READS: Record<CheckName, readonly ArtifactSchema[]>;
/**
 * The step that declares an output of a schema, as seen from a step: the step itself first, then
 * the latest earlier step.
 * @param workflow - the workflow
 * @param from - the step that reads (or writes) it
 * @param schema - the artifact's schema name
 * @returns the declaring step and output, or null when no step up to `from` declares one
 */
export declare function declaredOutput(workflow: Workflow, from: StepDefinition, schema: string): {
    step: StepDefinition;
    path: string;
} | null;
/**
 * The one step of a workflow that does an action.
 * @param workflow - the workflow
 * @param action - the action
 * @returns the step, or undefined when the workflow has none
 */
export declare function stepOfAction(workflow: Workflow, action: ActionName): StepDefinition | undefined;
/**
 * The problems of a step's data contract: its action writes files it does not declare, another
 * step already does that action, or a check reads an artifact no step up to it declares.
 * @param workflow - the workflow
 * @param step - the step
 * @returns one message per problem (empty when the step is sound)
 */
export declare function contractProblems(workflow: Workflow, step: StepDefinition): string[];
/**
 * A workflow written before steps named their action keeps working: a step without `action` gets
 * the one its outputs imply (a baseline-metrics output: baseline; bottleneck-report: profile;
 * rating: rate; benchmark-results and performance-comparison: validate; a `published` check:
 * publish), the first such step only, and never an action another step names. Explicit wins.
 * @param workflow - a checked workflow
 * @returns the workflow with the implied actions filled in (the same object when none is)
 */
export declare function inferActions(workflow: Workflow): Workflow;
