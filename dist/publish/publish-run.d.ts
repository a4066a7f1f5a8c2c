import type { GateRecord } from '../contracts/gate.js';
import type { RunHandle } from '../state/run-store.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import type { EngineOptions } from '../workflow/engine.js';
/** What {@link publishRun} did. */
export interface PublishResult {
    run_id: string;
    feed: string;
    report: string;
    summary: string;
    manifest: string;
    files: number;
    overridden: boolean;
    headline: string;
    gate: GateRecord;
    already_passed: boolean;
}
/**
 * Publishes a run to the project feed: refuses unless the publish step's condition holds or an
 * override stands in for it; copies the run's artifacts (secrets redacted) with sha256 checksums in
 * `manifest.json`; writes the Markdown summary and the self-contained HTML report; puts the run's
 * item into `feed.json` (in place, never twice); then submits the publish step. Idempotent: a
 * second publish rewrites the same files and keeps the first publication date.
 * @param handle - the run
 * @param workflow - the workflow the run runs
 * @param step - the step that publishes (`action: publish`)
 * @param options - environment (for secrets) and injected time
 * @returns where everything went and the publish gate's record
 * @throws GateError `condition-false` with the reason when publishing is not allowed
 */
export declare function publishRun(handle: RunHandle, workflow: Workflow, step: StepDefinition, options: EngineOptions & {
    env: NodeJS.ProcessEnv;
}): Promise<PublishResult>;
