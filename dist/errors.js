/**
 * The typed errors of perfflow. The library throws these; only `lib/cli/` maps them to an exit code
 * and one line on stderr. Each class carries a literal-union `code` so callers can branch on it.
 */
class PerfflowError extends Error {
    /** What went wrong, as a stable machine-readable code. */
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/**
 * Bad input or usage: a malformed file, an unknown step, an unsafe id. The message names the problem
 * and the fix; nothing was changed.
 */
export class InputError extends PerfflowError {
    exitCode = 2;
}
/** A gate refused: the step's outputs or a condition do not hold. */
export class GateError extends PerfflowError {
    exitCode = 1;
}
/** A measurement could not support a verdict (too few samples, saturated load generator, noise). */
export class InconclusiveError extends PerfflowError {
    exitCode = 3;
}
/** The target could not be run: the server did not start, the command failed, the module threw. */
export class TargetError extends PerfflowError {
    exitCode = 4;
}
/**
 * Tells whether a thrown value is one of perfflow's typed errors.
 * @param error - anything caught
 * @returns true when the CLI may show its message as a single line
 */
export function isKnownError(error) {
    return (error instanceof InputError ||
        error instanceof GateError ||
        error instanceof InconclusiveError ||
        error instanceof TargetError);
}
