import type { Run } from '../contracts/run.js';
import type { RunBundle } from '../report/run-bundle.js';
/**
 * Gathers a run's artifacts for the report. Every artifact is optional: what is missing is shown
 * as missing; what is invalid is left out with a note.
 * @param dir - the run directory
 * @param run - the run
 * @param publishedAt - when the run was first published
 * @param condition - the publish condition's evaluation
 * @returns the bundle (not yet redacted)
 */
export declare function collectRun(dir: string, run: Run, publishedAt: string, condition: RunBundle['condition']): RunBundle;
