/**
 * The typed errors of perfflow. The library throws these; only `lib/cli/` maps them to an exit code
 * and one line on stderr. Each class carries a literal-union `code` so callers can branch on it.
 */

/** Codes of {@link InputError}: the user gave something perfflow cannot use (exit 2). */
export type InputErrorCode =
  | 'usage'
  | 'invalid-id'
  | 'unknown-step'
  | 'unknown-gate'
  | 'unknown-target'
  | 'no-run'
  | 'invalid-file'
  | 'invalid-config'
  | 'no-config'
  | 'invalid-workflow'
  | 'not-git'
  | 'run-busy'
  | 'run-finished'
  | 'unsafe-path'
  | 'no-change'
  | 'unpinned-harness'
  | 'missing-engine';

/** Codes of {@link GateError}: a gate, threshold or comparison said no (exit 1). */
export type GateErrorCode = 'gate-failed' | 'out-of-order' | 'below-minimum' | 'condition-false' | 'escalated' | 'not-approved';

/** Codes of {@link InconclusiveError}: the measurement cannot support a verdict (exit 3). */
export type InconclusiveErrorCode = 'inconclusive' | 'too-few-samples' | 'generator-saturated';

/** Codes of {@link TargetError}: the target could not be run (exit 4). */
export type TargetErrorCode = 'server-start' | 'server-exit' | 'command-failed' | 'module-failed' | 'port-taken' | 'build-failed' | 'flow-failed' | 'health-failed' | 'error-rate-abort' | 'browser-missing' | 'page-load';

abstract class PerfflowError<C extends string> extends Error {
  /** What went wrong, as a stable machine-readable code. */
  readonly code: C;
  /** The process exit code the CLI uses for this error. */
  abstract readonly exitCode: 1 | 2 | 3 | 4;

  constructor(code: C, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * Bad input or usage: a malformed file, an unknown step, an unsafe id. The message names the problem
 * and the fix; nothing was changed.
 */
export class InputError extends PerfflowError<InputErrorCode> {
  readonly exitCode = 2 as const;
}

/** A gate refused: the step's outputs or a condition do not hold. */
export class GateError extends PerfflowError<GateErrorCode> {
  readonly exitCode = 1 as const;
}

/** A measurement could not support a verdict (too few samples, saturated load generator, noise). */
export class InconclusiveError extends PerfflowError<InconclusiveErrorCode> {
  readonly exitCode = 3 as const;
}

/** The target could not be run: the server did not start, the command failed, the module threw. */
export class TargetError extends PerfflowError<TargetErrorCode> {
  readonly exitCode = 4 as const;
}

/** Any error perfflow raises on purpose. */
export type KnownError = InputError | GateError | InconclusiveError | TargetError;

/**
 * Tells whether a thrown value is one of perfflow's typed errors.
 * @param error - anything caught
 * @returns true when the CLI may show its message as a single line
 */
export function isKnownError(error: unknown): error is KnownError {
  return (
    error instanceof InputError ||
    error instanceof GateError ||
    error instanceof InconclusiveError ||
    error instanceof TargetError
  );
}
