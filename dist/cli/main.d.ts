interface Streams {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    stderrIsTTY: boolean;
}
/**
 * Runs one CLI invocation. This is the only place that turns errors into exit codes and text.
 * @param argv - the arguments after `perfflow`
 * @param streams - where to write; defaults to the process streams
 * @returns the exit code
 */
export declare function runCli(argv: readonly string[], streams?: Partial<Streams>): Promise<number>;
export {};
