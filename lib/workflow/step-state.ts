// The lifecycle of one step in run.json: pending -> failed -> (pending | escalated) ... -> passed or
// overridden. Each transition builds its variant of StepState whole, so a field exists only on the
// statuses that carry it (a retry's backoff on a failed step, the time of the pass on a passed one).
import { InputError } from '../errors.js';
import type { Attempt, EscalatedStep, FailedStep, OverriddenStep, PassedStep, PendingStep, Run, StepState } from '../contracts/run.js';

/** A step whose gate passed or was overridden. */
export type DoneStep = PassedStep | OverriddenStep;

/**
 * Has the step's gate passed (or been overridden)?
 * @param state - the step's state, or undefined for a step run.json does not know
 * @returns true for `passed` and `overridden`
 */
export function isDone(state: StepState | undefined): state is DoneStep {
  if (state === undefined) return false;
  switch (state.status) {
    case 'passed':
    case 'overridden':
      return true;
    case 'pending':
    case 'failed':
    case 'escalated':
      return false;
    default: {
      const never: never = state;
      return never;
    }
  }
}

/**
 * The earliest time the step may be tried again: only a failed step that backs off has one.
 * @param state - the step's state
 * @returns an ISO time, or null when it may start now
 */
export function retryNotBefore(state: StepState): string | null {
  switch (state.status) {
    case 'failed':
      return state.retry_not_before ?? null;
    case 'pending':
    case 'escalated':
    case 'passed':
    case 'overridden':
      return null;
    default: {
      const never: never = state;
      return never;
    }
  }
}

/**
 * A step nobody has tried yet.
 * @param agent - the step's primary agent
 * @returns its pending state
 */
export function freshStep(agent: string): PendingStep {
  return { status: 'pending', agent, using_fallback: false, attempts: [], loops: 0 };
}

/**
 * The state of a step of a run.
 * @param run - the run
 * @param stepId - the step
 * @returns its state
 * @throws InputError `invalid-file` when run.json has no state for the step
 */
export function stepState(run: Run, stepId: string): StepState {
  const state = run.steps[stepId];
  if (state === undefined) throw new InputError('invalid-file', `run.json has no state for step '${stepId}'; the workflow changed since the run started: start a new run`);
  return state;
}

/**
 * The first step of a run that has not passed (or been overridden).
 * @param run - the run
 * @returns its id, or null when every step has
 */
export function currentStepId(run: Run): string | null {
  return run.step_order.find((id) => !isDone(run.steps[id])) ?? null;
}

function lastPassed(state: StepState): { passed_at?: string } {
  return state.passed_at === undefined ? {} : { passed_at: state.passed_at };
}

/**
 * Records a failed attempt; a backoff of an earlier failure is dropped (the recovery sets a new one).
 * @param state - the step before the attempt failed
 * @param attempt - the failed attempt
 * @param feedback - what the agent should fix
 * @returns the failed state
 */
export function failedStep(state: StepState, attempt: Attempt, feedback: string[]): FailedStep {
  const { agent, using_fallback, attempts, loops } = state;
  return { status: 'failed', agent, using_fallback, attempts: [...attempts, attempt], loops, feedback, ...lastPassed(state) };
}

/**
 * A failed step handed to a person.
 * @param state - the failed step
 * @returns the escalated state
 */
export function escalatedStep(state: FailedStep): EscalatedStep {
  const { agent, using_fallback, attempts, loops, feedback } = state;
  return { status: 'escalated', agent, using_fallback, attempts, loops, feedback, ...lastPassed(state) };
}

/**
 * Sends a step back to pending, keeping its attempts and when it last passed.
 * @param state - the step
 * @param changes - a new loop count and feedback (else its own, when it has any)
 * @returns the pending state
 */
export function reopenedStep(state: StepState, changes: { loops?: number; feedback?: string[] } = {}): PendingStep {
  const { agent, using_fallback, attempts } = state;
  const feedback = changes.feedback ?? state.feedback;
  return { status: 'pending', agent, using_fallback, attempts, loops: changes.loops ?? state.loops, ...(feedback === undefined ? {} : { feedback }), ...lastPassed(state) };
}

/**
 * A step a rollback reopens: its attempts stay counted, its pass is undone, its feedback kept.
 * @param state - the step
 * @returns the pending state
 */
export function resetStep(state: StepState): PendingStep {
  const { agent, using_fallback, attempts, loops } = state;
  return { status: 'pending', agent, using_fallback, attempts, loops, feedback: state.feedback ?? [] };
}

/**
 * A step whose gate passed: the feedback of earlier attempts is cleared.
 * @param state - the step
 * @param at - when the gate passed
 * @returns the passed state
 */
export function passedStep(state: StepState, at: Date): PassedStep {
  const { agent, using_fallback, attempts, loops } = state;
  return { status: 'passed', agent, using_fallback, attempts, loops, passed_at: at.toISOString(), feedback: [] };
}

/**
 * A step whose gate a person overrode; the feedback of earlier attempts is kept.
 * @param state - the step
 * @param at - when the gate was overridden
 * @returns the overridden state
 */
export function overriddenStep(state: StepState, at: Date): OverriddenStep {
  const { agent, using_fallback, attempts, loops, feedback } = state;
  return { status: 'overridden', agent, using_fallback, attempts, loops, passed_at: at.toISOString(), ...(feedback === undefined ? {} : { feedback }) };
}
