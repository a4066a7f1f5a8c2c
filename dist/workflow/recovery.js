import { retryPolicyOf } from './load.js';
import { backoffDelay } from '../retry/retry.js';
const escalate = (explanation) => ({ action: 'escalate', agent: null, explanation });
/** A gate whose `on_fail` sends the run back to an earlier step, at most `max_loops` times. */
function returnToStep(s, returnTo, maxLoops) {
    const back = s.run.steps[returnTo];
    const loops = back?.loops ?? 0;
    const max = maxLoops ?? s.policy.max_attempts;
    if (loops >= max) {
        return escalate(`The ${s.step.id} gate failed ${loops + 1} times and '${returnTo}' has been sent back the maximum ${max} times; a person must decide.`);
    }
    return {
        action: 'return-to-step',
        agent: back?.agent ?? null,
        returnTo,
        explanation: `The ${s.step.id} gate failed; the run goes back to '${returnTo}' with the feedback (round ${loops + 1} of ${max}).`,
    };
}
/** A gate whose `on_fail` recommends rolling back to an earlier step while attempts are left. */
function rollbackTo(s, target) {
    if (s.tries >= s.policy.max_attempts) {
        return escalate(`The ${s.step.id} gate failed ${s.tries} times; a person must decide whether to stop, roll back or override.`);
    }
    return {
        action: 'rollback',
        agent: s.run.steps[target]?.agent ?? null,
        returnTo: target,
        explanation: `The ${s.step.id} gate failed (attempt ${s.tries} of ${s.policy.max_attempts}); roll back to '${target}' to restore the code as it was before the optimization, then try another approach, or override the gate with documented risks.`,
    };
}
/** The same agent again, after a backoff for a transient error; the fallback agent once it is spent; then a person. */
function retryOrHandOver(s) {
    const { step, state, failure, policy, tries } = s;
    const retryable = failure.transient || failure.kind === 'gate-failed';
    if (tries < policy.max_attempts && retryable) {
        const delay = failure.transient ? Math.max(backoffDelay(tries, policy), failure.retryAfterMs ?? 0) : 0;
        return {
            action: 'retry',
            agent: state.agent,
            notBefore: delay > 0 ? new Date(s.now.getTime() + delay) : null,
            explanation: failure.transient
                ? `A transient failure (${failure.message.slice(0, 120)}); ${state.agent} retries after ${delay} ms (attempt ${tries + 1} of ${policy.max_attempts}).`
                : `The gate said no; ${state.agent} reworks the outputs with the gate's reasons (attempt ${tries + 1} of ${policy.max_attempts}).`,
        };
    }
    if (step.fallback_agent !== undefined && !state.using_fallback) {
        return {
            action: 'fallback',
            agent: step.fallback_agent,
            explanation: `${state.agent} failed ${tries} time(s)${retryable ? '' : ' with a permanent error'}; the fallback agent ${step.fallback_agent} takes the step.`,
        };
    }
    return escalate(`${state.agent} failed ${tries} time(s)${state.using_fallback ? ' as the fallback agent' : ' and the step has no fallback agent'}; a person must decide.`);
}
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
export function decideRecovery(input) {
    const { workflow, step, state } = input;
    const s = { ...input, policy: retryPolicyOf(workflow, step), tries: state.attempts.filter((a) => a.agent === state.agent).length };
    const onFail = step.gate.on_fail;
    if (input.failure.kind === 'gate-failed' && onFail?.return_to !== undefined)
        return returnToStep(s, onFail.return_to, onFail.max_loops);
    if (input.failure.kind === 'gate-failed' && onFail?.rollback_to !== undefined)
        return rollbackTo(s, onFail.rollback_to);
    return retryOrHandOver(s);
}
