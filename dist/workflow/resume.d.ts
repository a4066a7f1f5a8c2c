import type { RunHandle } from '../state/run-store.js';
import type { EngineOptions } from './run-view.js';
import type { NextInfo } from './next-step.js';
/** What {@link resumeRun} repaired and where the run stands. */
export interface ResumeResult {
    repaired: string[];
    next: NextInfo;
}
/**
 * Resumes a run after a crash or a pause: removes half-written temporary files, re-validates every
 * state file, finishes an interrupted rollback, records a failed gate the crash kept out of
 * run.json, rebuilds checkpoint.json when it lags behind run.json, sends a passed step whose
 * artifacts changed since its gate back to pending, and reports the next step.
 * @param handle - the run
 * @param options - injected time
 * @returns the repairs made and the next step
 */
export declare function resumeRun(handle: RunHandle, options?: EngineOptions): Promise<ResumeResult>;
