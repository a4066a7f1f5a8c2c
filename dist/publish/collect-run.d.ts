import type { RunBundle } from '../report/run-bundle.js';
import type { StepDefinition } from '../contracts/workflow.js';
import type { ArtifactScope } from '../workflow/artifacts.js';
/**
 * Gathers a run's artifacts for the report, each where the workflow declares it. Every artifact is
 * optional: what is missing is shown as missing; what is invalid is left out with a note.
 * @param scope - the run directory, the run and its workflow
 * @param from - the publishing step (artifacts are those it or an earlier step declares)
 * @param publishedAt - when the run was first published
 * @param condition - the publish condition's evaluation
 * @returns the bundle (not yet redacted)
 */
export declare function collectRun(scope: ArtifactScope, from: StepDefinition, publishedAt: string, condition: RunBundle['condition']): RunBundle;
