import { backoffDelay } from '../retry/retry.js';
import { retryPolicyOf } from './load.js';
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
    const { workflow, step, state, run, failure, now } = input;
    const policy = retryPolicyOf(workflow, step);
    const tries = state.attempts.filter((a) => a.agent === state.agent).length;
    const left = policy.max_attempts - tries;
    const onFail = step.gate.on_fail;
    const escalate = (why) => ({ action: 'escalate', agent: null, notBefore: null, returnTo: null, explanation: why });
    if (failure.kind === 'gate-failed' && onFail?.return_to !== undefined) {
        const back = run.steps[onFail.return_to];
        const loops = back?.loops ?? 0;
        const max = onFail.max_loops ?? policy.max_attempts;
        if (loops < max) {
            return {
                action: 'return-to-step',
                agent: back?.agent ?? null,
                notBefore: null,
                returnTo: onFail.return_to,
                explanation: `The ${step.id} gate failed; the run goes back to '${onFail.return_to}' with the feedback (round ${loops + 1} of ${max}).`,
            };
        }
        return escalate(`The ${step.id} gate failed ${loops + 1} times and '${onFail.return_to}' has been sent back the maximum ${max} times; a person must decide.`);
    }
    if (failure.kind === 'gate-failed' && onFail?.rollback_to !== undefined) {
        if (left > 0) {
            return {
                action: 'rollback',
                agent: run.steps[onFail.rollback_to]?.agent ?? null,
                notBefore: null,
                returnTo: onFail.rollback_to,
                explanation: `The ${step.id} gate failed (attempt ${tries} of ${policy.max_attempts}); roll back to '${onFail.rollback_to}' to restore the code as it was before the optimization, then try another approach, or override the gate with documented risks.`,
            };
        }
        return escalate(`The ${step.id} gate failed ${tries} times; a person must decide whether to stop, roll back or override.`);
    }
    if (left > 0 && (failure.transient || failure.kind === 'gate-failed')) {
        const delay = failure.transient ? Math.max(backoffDelay(tries, policy), failure.retryAfterMs ?? 0) : 0;
        return {
            action: 'retry',
            agent: state.agent,
            notBefore: delay > 0 ? new Date(now.getTime() + delay) : null,
            returnTo: null,
            explanation: failure.transient
                ? `A transient failure (${failure.message.slice(0, 120)}); ${state.agent} retries after ${delay} ms (attempt ${tries + 1} of ${policy.max_attempts}).`
                : `The gate said no; ${state.agent} reworks the outputs with the gate's reasons (attempt ${tries + 1} of ${policy.max_attempts}).`,
        };
    }
    if (step.fallback_agent !== undefined && !state.using_fallback) {
        return {
            action: 'fallback',
            agent: step.fallback_agent,
            notBefore: null,
            returnTo: null,
            explanation: `${state.agent} failed ${tries} time(s)${failure.transient || failure.kind === 'gate-failed' ? '' : ' with a permanent error'}; the fallback agent ${step.fallback_agent} takes the step.`,
        };
    }
    return escalate(`${state.agent} failed ${tries} time(s)${state.using_fallback ? ' as the fallback agent' : ' and the step has no fallback agent'}; a person must decide.`);
}
