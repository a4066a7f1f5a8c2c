import { InputError, TargetError } from '../errors.js';
import { targetKey } from '../config/parse-targets.js';
import { closeVirtualUser, newVirtualUser, runStep } from './load-flow-step.js';
/**
 * Runs one flow once with a fresh user (virtual user 0, iteration 0).
 * @param flow - the flow
 * @param baseUrl - the target's url, port filled in
 * @param timeoutMs - per answer
 * @returns the answers and how the pass ended
 */
export async function runFlowOnce(flow, baseUrl, timeoutMs = 10_000) {
    const user = newVirtualUser(0, timeoutMs);
    user.values.set('iteration', '0');
    const pass = { flow: flow.name, steps: [], captured: [], failure: undefined };
    try {
        for (const step of flow.steps) {
            const outcome = await runStep(user, step, baseUrl);
            pass.captured = [...user.values.entries()].filter(([k]) => k !== 'vu' && k !== 'iteration').map(([, v]) => v);
            if (outcome.kind === 'error') {
                pass.failure = { step: step.name, kind: 'error', detail: `step '${step.name}' got no answer (${outcome.code})` };
                return pass;
            }
            pass.steps.push({ name: step.name, label: `${step.method} ${step.url}`, ignore: step.ignore, answer: outcome.answer });
            if (outcome.kind !== 'ok') {
                pass.failure = { step: step.name, kind: outcome.kind, detail: outcome.detail };
                return pass;
            }
        }
        return pass;
    }
    finally {
        await closeVirtualUser(user);
    }
}
function bodyHint(answer) {
    try {
        const value = JSON.parse(answer.body);
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
            return `; the answer's JSON has the keys ${Object.keys(value).slice(0, 8).map((k) => `/${k}`).join(', ') || '(none)'}`;
        return '; the answer is JSON but not an object';
    }
    catch {
        return `; the answer is not JSON (${answer.headers['content-type'] ?? 'no content-type'})`;
    }
}
/**
 * Runs every flow of a target once and refuses to measure one that cannot complete.
 * @param target - the target (with flows)
 * @param baseUrl - its url, port filled in
 * @throws InputError `invalid-config` when a capture finds nothing (the config names a value the answer does not have)
 * @throws TargetError `flow-failed` when a step gets no answer or an unexpected status
 */
export async function probeFlows(target, baseUrl) {
    for (const flow of target.flows ?? []) {
        const pass = await runFlowOnce(flow, baseUrl);
        const f = pass.failure;
        if (f === undefined)
            continue;
        const where = `${targetKey(target.name)}.http${(target.flows ?? []).length > 1 ? ` flow '${flow.name}'` : ''}`;
        if (f.kind === 'capture') {
            const answer = pass.steps.at(-1)?.answer;
            throw new InputError('invalid-config', `${f.detail} (${where}${answer === undefined ? '' : bodyHint(answer)}); fix the capture or the request`);
        }
        throw new TargetError('flow-failed', `${f.detail} on a first run of the flow, before any load (${where}); check the step's request and the server`);
    }
}
