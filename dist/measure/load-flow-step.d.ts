import { Client } from 'undici';
import type { CaptureSpec, FlowStepSpec } from '../config/target-config.js';
/** A virtual user's connections (one per origin) and the values its current iteration captured. */
export interface VirtualUser {
    readonly clients: Map<string, Client>;
    values: Map<string, string>;
    timeoutMs: number;
}
/** One answer as the behaviour check compares it. */
export interface StepAnswer {
    status: number;
    headers: Record<string, string>;
    body: string;
}
/** How a step ended: answered as expected with its captures, or failed and why. */
export type StepOutcome = {
    kind: 'ok';
    answer: StepAnswer;
    elapsedMs: number;
    bytes: number;
} | {
    kind: 'status';
    answer: StepAnswer;
    elapsedMs: number;
    bytes: number;
    detail: string;
} | {
    kind: 'capture';
    answer: StepAnswer;
    elapsedMs: number;
    bytes: number;
    detail: string;
} | {
    kind: 'error';
    code: string;
    elapsedMs: number;
};
/**
 * A virtual user with no connection yet.
 * @param vu - its number, the `{{vu}}` of its steps
 * @param timeoutMs - an answer not complete after this long is an error
 * @returns the user
 */
export declare function newVirtualUser(vu: number, timeoutMs: number): VirtualUser;
/**
 * Closes a virtual user's connections at once (requests in flight fail).
 * @param user - the user
 */
export declare function closeVirtualUser(user: VirtualUser): Promise<void>;
/**
 * Resolves a JSON pointer (RFC 6901) in a parsed body. Hand-written: ten lines against a dependency.
 * @param value - the parsed body
 * @param pointer - e.g. `/data/token` (`''` is the whole body)
 * @returns the value there, or undefined
 */
export declare function atPointer(value: unknown, pointer: string): unknown;
/**
 * Where a capture looked, for messages: `/token`, `header etag`, `cookie sid`.
 * @param spec - the capture
 * @returns the description
 */
export declare function captureSource(spec: CaptureSpec): string;
/**
 * Sends one step with the user's values filled in and reads its answer whole.
 * @param user - the virtual user
 * @param step - the step
 * @param baseUrl - the target's url (port filled in); a step's path is relative to it
 * @returns how the step ended; its latency counts from the send to the last byte of the body
 */
export declare function runStep(user: VirtualUser, step: FlowStepSpec, baseUrl: string): Promise<StepOutcome>;
