// The behaviour check of a flow target: every flow run once against the base and once against the
// candidate, each side with its own captures, and every step's answer compared (status, headers
// that matter, body without the target's and the step's `ignore` pointers). Values captured on
// either side (tokens, session ids) are replaced in both answers by a digest before they are
// compared: a changed token is still a difference, but no detail can show the token itself (a
// detail cuts long values, so redacting the detail afterwards would miss the cut copy).
import { createHash } from 'node:crypto';
import type { HttpTargetConfig } from '../config/target-config.js';
import { TargetError } from '../errors.js';
import { runFlowOnce } from '../measure/flow-probe.js';
import { redactText } from '../security/redact.js';
import { compareHttpResponses } from './behaviour.js';
import type { BehaviourCheck } from './status.js';
import type { StepAnswer } from '../measure/load-flow-step.js';

function masked(answer: StepAnswer, secrets: readonly string[]): StepAnswer {
  const mask = (text: string): string => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(`captured-${createHash('sha256').update(secret).digest('hex').slice(0, 8)}`);
    return out;
  };
  return { status: answer.status, headers: Object.fromEntries(Object.entries(answer.headers).map(([k, v]) => [k, mask(v)])), body: mask(answer.body) };
}

/**
 * Compares the answers of every step of every flow between a base and a candidate server.
 * @param target - the target with its flows
 * @param baseUrl - the base server's url
 * @param candidateUrl - the candidate server's url
 * @returns one check per step the base answered (and one for a step the candidate failed)
 * @throws TargetError `flow-failed` when the base itself cannot complete a flow
 */
export async function compareFlows(target: HttpTargetConfig, baseUrl: string, candidateUrl: string): Promise<BehaviourCheck[]> {
  const checks: BehaviourCheck[] = [];
  for (const flow of target.flows ?? []) {
    const base = await runFlowOnce(flow, baseUrl);
    if (base.failure !== undefined) throw new TargetError('flow-failed', `base side: ${base.failure.detail}`);
    const candidate = await runFlowOnce(flow, candidateUrl);
    // Values shorter than 8 characters (ids, counts) are left: removing them would garble the detail.
    const secrets = [...base.captured, ...candidate.captured].filter((v) => v.length >= 8).sort((a, b) => b.length - a.length);
    const scrub = (check: BehaviourCheck): BehaviourCheck => ({ ...check, detail: redactText(check.detail, secrets) });
    const prefix = (target.flows ?? []).length > 1 ? `flow ${flow.name} ` : '';
    for (const [i, step] of base.steps.entries()) {
      const name = `${prefix}step ${step.name} (${step.label})`;
      const theirs = candidate.steps[i];
      if (theirs === undefined) {
        const why = candidate.failure?.detail ?? 'the candidate stopped before this step';
        checks.push(scrub({ name: `response to ${name}`, kind: 'http-response', status: 'failed', detail: `the candidate did not complete the flow: ${why}` }));
        break;
      }
      const check = compareHttpResponses(name, masked(step.answer, secrets), masked(theirs.answer, secrets), [...target.ignore, ...step.ignore]);
      if (check.status === 'passed' && candidate.failure?.step === step.name) {
        checks.push(scrub({ ...check, status: 'failed', detail: `same answer, but ${candidate.failure.detail}` }));
        break;
      }
      checks.push(scrub(check));
    }
  }
  return checks;
}
