import type { FlowSpec, HttpTargetConfig } from '../config/target-config.js';
import type { StepAnswer } from './load-flow-step.js';
/** One flow run once: each step's answer, the values captured (secrets to keep out of every text), and how it ended. */
export interface FlowPass {
    flow: string;
    steps: {
        name: string;
        label: string;
        ignore: string[];
        answer: StepAnswer;
    }[];
    /** Every value captured, to be redacted wherever an answer is shown. */
    captured: string[];
    failure: {
        step: string;
        kind: 'status' | 'capture' | 'error';
        detail: string;
    } | undefined;
}
/**
 * Runs one flow once with a fresh user (virtual user 0, iteration 0).
 * @param flow - the flow
 * @param baseUrl - the target's url, port filled in
 * @param timeoutMs - per answer
 * @returns the answers and how the pass ended
 */
export declare function runFlowOnce(flow: FlowSpec, baseUrl: string, timeoutMs?: number): Promise<FlowPass>;
/**
 * Runs every flow of a target once and refuses to measure one that cannot complete.
 * @param target - the target (with flows)
 * @param baseUrl - its url, port filled in
 * @throws InputError `invalid-config` when a capture finds nothing (the config names a value the answer does not have)
 * @throws TargetError `flow-failed` when a step gets no answer or an unexpected status
 */
export declare function probeFlows(target: HttpTargetConfig, baseUrl: string): Promise<void>;
