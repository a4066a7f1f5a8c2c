import { TargetError } from '../errors.js';
import { runFlowOnce } from '../measure/flow-probe.js';
import { redactText } from '../security/redact.js';
import { compareHttpResponses } from './behaviour.js';
/**
 * Compares the answers of every step of every flow between a base and a candidate server.
 * @param target - the target with its flows
 * @param baseUrl - the base server's url
 * @param candidateUrl - the candidate server's url
 * @returns one check per step the base answered (and one for a step the candidate failed)
 * @throws TargetError `flow-failed` when the base itself cannot complete a flow
 */
export async function compareFlows(target, baseUrl, candidateUrl) {
    const checks = [];
    for (const flow of target.flows ?? []) {
        const base = await runFlowOnce(flow, baseUrl);
        if (base.failure !== undefined)
            throw new TargetError('flow-failed', `base side: ${base.failure.detail}`);
        const candidate = await runFlowOnce(flow, candidateUrl);
        // Values shorter than 8 characters (ids, counts) are left: removing them would garble the detail.
        const secrets = [...base.captured, ...candidate.captured].sort((a, b) => b.length - a.length);
        const scrub = (check) => ({ ...check, detail: redactText(check.detail, secrets) });
        const prefix = (target.flows ?? []).length > 1 ? `flow ${flow.name} ` : '';
        for (const [i, step] of base.steps.entries()) {
            const name = `${prefix}step ${step.name} (${step.label})`;
            const theirs = candidate.steps[i];
            if (theirs === undefined) {
                const why = candidate.failure?.detail ?? 'the candidate stopped before this step';
                checks.push(scrub({ name: `response to ${name}`, kind: 'http-response', status: 'failed', detail: `the candidate did not complete the flow: ${why}` }));
                break;
            }
            const check = compareHttpResponses(name, step.answer, theirs.answer, [...target.ignore, ...step.ignore]);
            if (check.status === 'passed' && candidate.failure?.step === step.name) {
                checks.push(scrub({ ...check, status: 'failed', detail: `same answer, but ${candidate.failure.detail}` }));
                break;
            }
            checks.push(scrub(check));
        }
    }
    return checks;
}
