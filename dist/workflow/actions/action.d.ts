import type { Run } from '../../contracts/run.js';
import type { ActionName, StepDefinition, Workflow } from '../../contracts/workflow.js';
import type { RunHandle } from '../../state/run-store.js';
import type { ArtifactScope } from '../artifacts.js';
/** What an action runs against: the run, the workflow it runs, and the step that names the action. */
export interface ActionContext {
    handle: RunHandle & {
        run: Run;
    };
    workflow: Workflow;
    step: StepDefinition;
    /** Where the run's artifacts are looked up (lib/workflow/artifacts.ts). */
    scope: ArtifactScope;
}
/**
 * The work a step's perfflow command does. The CLI parses arguments into `options` and calls
 * {@link performAction}; the action finds nothing by a hard-coded step id: its step is the one
 * whose yaml says `action: <name>`, and its files are that step's outputs.
 */
export interface StepAction<Options, Result> {
    name: ActionName;
    run: (context: ActionContext, options: Options) => Promise<Result>;
}
/**
 * Runs an action on a run: loads the workflow, finds the step that does the action, runs it.
 * @param handle - the run
 * @param action - the action
 * @param options - its options, parsed by the CLI
 * @returns what the action returns
 * @throws InputError `invalid-workflow` when no step of the workflow does the action
 */
export declare function performAction<Options, Result>(handle: RunHandle & {
    run: Run;
}, action: StepAction<Options, Result>, options: Options): Promise<Result>;
/**
 * Refuses an action whose step is not the one to do now.
 * @param context - the action's context
 * @param verb - what the action does, as people say it after "to" (e.g. 'validate')
 * @throws GateError `out-of-order` naming the step to do now, or saying the step is decided already
 */
export declare function assertCurrentStep(context: ActionContext, verb: string): void;
