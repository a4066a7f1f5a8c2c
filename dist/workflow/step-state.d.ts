import type { Attempt, EscalatedStep, FailedStep, OverriddenStep, PassedStep, PendingStep, Run, StepState } from '../contracts/run.js';
/** A step whose gate passed or was overridden. */
export type DoneStep = PassedStep | OverriddenStep;
/**
 * Has the step's gate passed (or been overridden)?
 * @param state - the step's state, or undefined for a step run.json does not know
 * @returns true for `passed` and `overridden`
 */
export declare function isDone(state: StepState | undefined): state is DoneStep;
/**
 * The earliest time the step may be tried again: only a failed step that backs off has one.
 * @param state - the step's state
 * @returns an ISO time, or null when it may start now
 */
export declare function retryNotBefore(state: StepState): string | null;
/**
 * A step nobody has tried yet.
 * @param agent - the step's primary agent
 * @returns its pending state
 */
export declare function freshStep(agent: string): PendingStep;
/**
 * The state of a step of a run.
 * @param run - the run
 * @param stepId - the step
 * @returns its state
 * @throws InputError `invalid-file` when run.json has no state for the step
 */
export declare function stepState(run: Run, stepId: string): StepState;
/**
 * The first step of a run that has not passed (or been overridden).
 * @param run - the run
 * @returns its id, or null when every step has
 */
export declare function currentStepId(run: Run): string | null;
/**
 * Records a failed attempt; a backoff of an earlier failure is dropped (the recovery sets a new one).
 * @param state - the step before the attempt failed
 * @param attempt - the failed attempt
 * @param feedback - what the agent should fix
 * @returns the failed state
 */
export declare function failedStep(state: StepState, attempt: Attempt, feedback: string[]): FailedStep;
/**
 * A failed step handed to a person.
 * @param state - the failed step
 * @returns the escalated state
 */
export declare function escalatedStep(state: FailedStep): EscalatedStep;
/**
 * Sends a step back to pending, keeping its attempts and when it last passed.
 * @param state - the step
 * @param changes - a new loop count and feedback (else its own, when it has any)
 * @returns the pending state
 */
export declare function reopenedStep(state: StepState, changes?: {
    loops?: number;
    feedback?: string[];
}): PendingStep;
/**
 * A step a rollback reopens: its attempts stay counted, its pass is undone, its feedback kept.
 * @param state - the step
 * @returns the pending state
 */
export declare function resetStep(state: StepState): PendingStep;
/**
 * A step whose gate passed: the feedback of earlier attempts is cleared.
 * @param state - the step
 * @param at - when the gate passed
 * @returns the passed state
 */
export declare function passedStep(state: StepState, at: Date): PassedStep;
/**
 * A step whose gate a person overrode; the feedback of earlier attempts is kept.
 * @param state - the step
 * @param at - when the gate was overridden
 * @returns the overridden state
 */
export declare function overriddenStep(state: StepState, at: Date): OverriddenStep;
