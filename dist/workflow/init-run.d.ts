import type { Run } from '../contracts/run.js';
import type { RunHandle } from '../state/run-store.js';
import type { EngineOptions } from './run-view.js';
/** Result of {@link initRun}. */
export interface InitResult {
    handle: RunHandle;
    run: Run;
    /** How to add the target to perfflow.config.yaml when it is missing (null when it exists). */
    targetHint: string | null;
}
/**
 * Starts a run: checks the target name and the workflow, records the base commit and a snapshot of
 * the working tree (uncommitted and untracked files included) under `refs/perfflow/<run>/snapshot`
 * without touching the tree, and writes run.json.
 * @param input - where, which target, which base, and how to tell whether the target is configured
 * @param options - injected time
 * @returns the run and, when the target is not configured yet, how to add it
 * @throws InputError for a bad target name, a bad base, no git repository or a broken workflow
 */
export declare function initRun(input: {
    cwd: string;
    target: string;
    baseRef?: string;
    targetHint?: (projectRoot: string, target: string) => Promise<string | null>;
    /** Whether the workflow's approvals wait for a person, and why; absent: they do not. */
    approvals?: {
        required: boolean;
        reason: string;
    };
}, options?: EngineOptions): Promise<InitResult>;
