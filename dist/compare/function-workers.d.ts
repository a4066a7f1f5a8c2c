import type { FunctionWorkerReply, FunctionWorkerRequest } from './function-worker-protocol.js';
/**
 * Where the compiled worker script is: next to this module once built, else in `dist/compare/`
 * (when this module runs from its TypeScript source, as under jest).
 * @returns the path of function-worker.js
 * @throws TargetError `module-failed` when it cannot be found
 */
export declare function functionWorkerPath(): string;
/** How a worker process ended without a reply. */
export interface WorkerFailure {
    kind: 'crashed' | 'timed-out';
    message: string;
}
/** A worker process that has booted and waits for its one request. */
export interface IdleWorker {
    /** Sends the request; resolves with the reply, or the way the process died. */
    run: (request: FunctionWorkerRequest, timeoutMs: number) => Promise<FunctionWorkerReply | WorkerFailure>;
    kill: () => void;
}
/**
 * Starts a worker process and resolves once it has booted. (Booting the next trial's process while
 * the current one measures saves ~60 ms a trial but was measured to multiply the spread between
 * processes of allocating code several times over: the boot competes for caches and memory bandwidth.)
 * @param cwd - working directory of the worker (the arm's checkout)
 * @returns the idle worker
 */
export declare function spawnWorker(cwd: string): Promise<IdleWorker>;
/**
 * Runs one request in a fresh worker and ends it.
 * @param cwd - working directory
 * @param request - the request
 * @param timeoutMs - how long to wait for the reply
 * @returns the reply, or how the process died
 */
export declare function runInWorker(cwd: string, request: FunctionWorkerRequest, timeoutMs: number): Promise<FunctionWorkerReply | WorkerFailure>;
