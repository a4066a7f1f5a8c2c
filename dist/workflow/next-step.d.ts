import type { RecoveryState } from '../contracts/recovery-state.js';
import type { Run } from '../contracts/run.js';
import type { ActionName } from '../contracts/workflow.js';
import type { RunHandle } from '../state/run-store.js';
import type { EngineOptions } from './run-view.js';
/** One input or output file as `next` reports it. */
export interface FileRef {
    path: string;
    exists: boolean;
    schema?: string;
    schema_file?: string;
}
/** A task `perfflow next` hands out. */
export interface NextTask {
    /**
     * `step`: do the step; `rollback`: its gate failed and the yaml says roll back first;
     * `approval`: a person must approve before the step's agent starts.
     */
    kind: 'step' | 'rollback' | 'approval';
    id: string;
    name: string;
    agent: string;
    using_fallback: boolean;
    skill: string | null;
    /** The work the step's perfflow command does (`action:` in the yaml), or null. */
    action: ActionName | null;
    attempt: number;
    max_attempts: number;
    instructions: string;
    commands: string[];
    inputs: FileRef[];
    outputs: FileRef[];
    feedback: string[];
    condition: null | {
        expression: string;
        holds: boolean;
        overridden: boolean;
        detail: string;
    };
}
/** What `perfflow next` reports. */
export interface NextInfo {
    run_id: string;
    run_status: Run['status'];
    target: string;
    done: boolean;
    step: NextTask | null;
    recovery: RecoveryState | null;
    waited_ms: number;
}
/**
 * Says what to do now: the current step, its agent (the fallback agent once the primary's attempts
 * are spent), instructions, commands, inputs and outputs with absolute paths, the attempt, and the
 * feedback of a previous failure. Waits out a transient failure's backoff first (up to `maxWaitMs`).
 * Changes nothing.
 * @param handle - the run
 * @param options - injected time
 * @returns the next step, or `done`
 */
export declare function nextStep(handle: RunHandle, options?: EngineOptions): Promise<NextInfo>;
