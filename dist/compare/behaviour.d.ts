import type { BehaviourCheck } from './status.js';
/** The outcome of running a shell command once. */
export interface CommandRun {
    exitCode: number | null;
    /** The last lines of stdout and stderr together. */
    tail: string;
    timedOut: boolean;
}
/**
 * Runs a program to completion without a shell (the project's `check`, e.g. `npm test`).
 * @param argv - the program and its arguments
 * @param cwd - where to run it
 * @param timeoutMs - kill it after this long (default 10 minutes)
 * @returns its exit code and output tail
 */
export declare function runProgram(argv: readonly string[], cwd: string, timeoutMs?: number): Promise<CommandRun>;
/** One HTTP response as compared by the behaviour check. */
export interface HttpSnapshot {
    status: number;
    headers: Record<string, string>;
    body: string;
}
/** Headers whose difference changes what a client sees; transport and per-response headers are left out. */
export declare const COMPARED_HEADERS: readonly ["content-type", "content-encoding", "content-language", "location", "cache-control", "vary", "access-control-allow-origin", "www-authenticate"];
/**
 * Compares the base's and the candidate's responses to the same request: status, the headers that
 * matter, and the body (structurally for JSON, skipping the `ignore` pointers; byte for byte otherwise).
 * @param label - the request, e.g. `GET /api/users`
 * @param base - the base's response
 * @param candidate - the candidate's response
 * @param ignore - JSON pointers of volatile fields in the body
 * @returns the check
 */
export declare function compareHttpResponses(label: string, base: HttpSnapshot, candidate: HttpSnapshot, ignore: readonly string[]): BehaviourCheck;
