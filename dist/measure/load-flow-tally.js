import { statusCounts, summarize } from './load-result.js';
import { countFailure, countResponse, newTally } from './load-tally.js';
/**
 * Empty tallies for every flow and step.
 * @param flows - the target's flows
 * @returns one tally per flow
 */
export function newFlowTallies(flows) {
    return flows.map((flow) => ({
        flow,
        started: 0,
        completed: 0,
        failed: 0,
        steps: flow.steps.map((step) => ({ flow: flow.name, step, tally: newTally(), unexpectedStatus: 0, captureFailures: 0 })),
    }));
}
/**
 * Counts one step's outcome (only for iterations of the measured window).
 * @param s - the step's tally
 * @param outcome - how the step ended
 */
export function countStep(s, outcome) {
    s.tally.requests += 1;
    if (outcome.kind === 'error') {
        countFailure(s.tally, outcome.code, true);
        return;
    }
    countResponse(s.tally, { status: outcome.answer.status, bytes: outcome.bytes, close: false }, outcome.elapsedMs);
    if (outcome.kind === 'status')
        s.unexpectedStatus += 1;
    if (outcome.kind === 'capture')
        s.captureFailures += 1;
}
function stepSummary(s) {
    const { statusCodes, non2xx } = statusCounts(s.tally.statuses);
    return {
        flow: s.flow,
        name: s.step.name,
        method: s.step.method,
        url: s.step.url,
        requests: s.tally.requests,
        responses: s.tally.responses,
        errors: s.tally.errors,
        errorKinds: Object.fromEntries(s.tally.errorKinds),
        non2xx,
        statusCodes,
        unexpectedStatus: s.unexpectedStatus,
        captureFailures: s.captureFailures,
        latencyUs: summarize(s.tally.latency),
    };
}
/**
 * The per-flow and per-step figures, and frees the step recorders.
 * @param tallies - the run's flow tallies
 * @returns the summary
 */
export function flowSummary(tallies) {
    const summary = {
        flows: tallies.map((t) => ({ name: t.flow.name, weight: t.flow.weight, started: t.started, completed: t.completed, failed: t.failed })),
        steps: tallies.flatMap((t) => t.steps.map(stepSummary)),
        thinkMs: Object.fromEntries(tallies.map((t) => [t.flow.name, t.flow.steps.reduce((sum, s) => sum + s.thinkMs, 0)])),
    };
    for (const t of tallies)
        for (const s of t.steps)
            s.tally.latency.destroy();
    return summary;
}
/**
 * The order in which iterations choose their flow: smooth weighted round robin, so that any stretch
 * of iterations mixes the flows in proportion to their weights (the same order in every arm of a
 * comparison, unlike a random draw).
 * @param flows - the flows
 * @returns flow indexes, one cycle of length sum(weights)
 */
export function flowCycle(flows) {
    const total = flows.reduce((s, f) => s + f.weight, 0);
    const current = flows.map(() => 0);
    const cycle = [];
    for (let n = 0; n < total; n += 1) {
        let best = 0;
        flows.forEach((f, i) => {
            current[i] = (current[i] ?? 0) + f.weight;
            if ((current[i] ?? 0) > (current[best] ?? 0))
                best = i;
        });
        current[best] = (current[best] ?? 0) - total;
        cycle.push(best);
    }
    return cycle;
}
