import type { Run, StepState } from '../contracts/run.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
/** A failure of one attempt at a step. */
export interface Failure {
    /** `gate-failed`: the outputs did not pass; `error`: the agent or an action failed. */
    kind: 'gate-failed' | 'error';
    transient: boolean;
    message: string;
    reasons: string[];
    /** A delay a server asked for, in ms. */
    retryAfterMs: number | null;
}
/**
 * What recovery decided, by `action`. `agent` is who takes the step next (null: a person decides);
 * each action carries what it needs and nothing else.
 */
export type RecoveryDecision = 
/** The same agent again; `notBefore` is the backoff of a transient error (null: rework at once). */
{
    action: 'retry';
    agent: string;
    notBefore: Date | null;
    explanation: string;
}
/** The step's fallback agent takes over. */
 | {
    action: 'fallback';
    agent: string;
    explanation: string;
}
/** The run goes back to the earlier step `returnTo` with the gate's feedback. */
 | {
    action: 'return-to-step';
    agent: string | null;
    returnTo: string;
    explanation: string;
}
/** Roll back to `returnTo` (restoring the code as it was before it), then try another approach. */
 | {
    action: 'rollback';
    agent: string | null;
    returnTo: string;
    explanation: string;
}
/** A person decides. */
 | {
    action: 'escalate';
    agent: null;
    explanation: string;
};
/**
 * Decides what happens after a failed attempt. Pure: the same inputs give the same decision.
 *
 * - A transient error (timeout, rate limit, network, overload, 5xx) is retried by the same agent
 *   after the policy's backoff (or the server's Retry-After when longer), until the attempts are spent.
 * - A gate rejection is reworked by the same agent with the gate's reasons as feedback (no backoff:
 *   waiting does not fix a wrong output), until the attempts are spent. A gate with `on_fail`
 *   sends the run back (`return_to`, bounded by `max_loops`) or recommends a rollback (`rollback_to`).
 * - A permanent error skips retries: retrying cannot help.
 * - Then the fallback agent of the yaml takes over (once); after that a person decides (escalate).
 * @param input - the workflow, the step, its state after recording the failure, the failure, the run and the time
 * @returns the decision
 */
export declare function decideRecovery(input: {
    workflow: Workflow;
    step: StepDefinition;
    state: StepState;
    run: Run;
    failure: Failure;
    now: Date;
}): RecoveryDecision;
