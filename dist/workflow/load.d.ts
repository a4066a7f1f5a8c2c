import type { RetryPolicy, StepDefinition, Workflow } from '../contracts/workflow.js';
/** Where the workflow file lives inside a project (and inside the plugin). */
export declare const WORKFLOW_RELATIVE_PATH: string;
/** A loaded workflow and where it came from. */
export interface LoadedWorkflow {
    workflow: Workflow;
    /** Absolute path of the file that was read. */
    path: string;
    /** 'project' when the project's own file overrides the plugin's. */
    source: 'project' | 'plugin';
    sha256: string;
}
/**
 * The plugin's own workflow file, shipped beside dist/.
 * @returns an absolute path
 */
export declare function pluginWorkflowPath(): string;
/**
 * Parses and checks a workflow text: YAML syntax, the schema, then the rules a schema cannot say
 * (unique ids, known agents and schemas, valid conditions, back-references to earlier steps).
 * @param text - YAML text
 * @param path - the file's path, for messages
 * @returns the workflow
 * @throws InputError `invalid-workflow` naming the step and field
 */
export declare function parseWorkflow(text: string, path: string): Promise<Workflow>;
/**
 * Loads the workflow of a project: its own `.claude/workflows/performance-flow.yaml` when present,
 * else the plugin's.
 * @param projectRoot - the project root
 * @returns the checked workflow and its origin
 * @throws InputError `invalid-workflow`
 */
export declare function loadWorkflow(projectRoot: string): Promise<LoadedWorkflow>;
/**
 * Finds a step by id.
 * @param workflow - the workflow
 * @param stepId - untrusted step id
 * @returns the step definition
 * @throws InputError `unknown-step` listing the steps
 */
export declare function getStep(workflow: Workflow, stepId: string): StepDefinition;
/**
 * The retry policy in force for a step: its own, else the workflow default.
 * @param workflow - the workflow
 * @param step - the step
 * @returns the policy
 */
export declare function retryPolicyOf(workflow: Workflow, step: StepDefinition): RetryPolicy;
