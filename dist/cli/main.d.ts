interface Streams {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    stderrIsTTY: boolean;
}
/**
 * Turns a file-system error (a read-only or full run directory, a path that is a file) into the
 * one-line bad-input message the CLI prints, or null for anything else.
 * @param error - anything thrown
 * @returns the message, or null
 */
export declare function filesystemProblem(error: unknown): string | null;
/**
 * Recognises a dependency that is not installed (a checkout used as a plugin before `npm ci`).
 * @param error - anything thrown
 * @returns the one-line message, or null
 */
export declare function missingDependency(error: unknown): string | null;
/**
 * Runs one CLI invocation. This is the only place that turns errors into exit codes and text.
 * @param argv - the arguments after `perfflow`
 * @param streams - where to write; defaults to the process streams
 * @returns the exit code
 */
export declare function runCli(argv: readonly string[], streams?: Partial<Streams>): Promise<number>;
export {};
