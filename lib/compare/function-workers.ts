import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compiledFile } from '../measure/compiled-file.js';
import { TargetError } from '../errors.js';
import type { FunctionWorkerReply, FunctionWorkerRequest } from './function-worker-protocol.js';
import { isFunctionWorkerReply } from './function-worker-protocol.js';

/**
 * Where the compiled worker script is: next to this module once built, else in `dist/compare/`
 * (when this module runs from its TypeScript source, as under jest).
 * @returns the path of function-worker.js
 * @throws TargetError `module-failed` when it cannot be found
 */
export function functionWorkerPath(): string {
  const path = fileURLToPath(compiledFile('function-worker.js', 'compare'));
  if (!existsSync(path)) throw new TargetError('module-failed', `the function worker is missing (${path}); run 'npm run build' in the perfflow package`);
  return path;
}

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
export function spawnWorker(cwd: string): Promise<IdleWorker> {
  // No owner-watch preload here: the worker ends itself when its IPC channel closes, which is what
  // happens when perfflow dies, and a preload's timer would run inside every measurement.
  const child: ChildProcess = fork(functionWorkerPath(), [], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const lastLines = (): string =>
    stderr
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^Node\.js v/.test(l))
      .slice(-2)
      .join(' | ');
  let onReply: (reply: FunctionWorkerReply) => void = () => undefined;
  let onExit: (failure: WorkerFailure) => void = () => undefined;
  child.on('message', (message: unknown) => {
    if (isFunctionWorkerReply(message)) onReply(message);
  });
  child.on('exit', (code, signal) => {
    onExit({ kind: 'crashed', message: `the process exited (${signal ?? `code ${code}`})${lastLines() === '' ? '' : `: ${lastLines()}`}` });
  });
  child.on('error', (error) => {
    onExit({ kind: 'crashed', message: error.message });
  });
  return new Promise((resolve, reject) => {
    onReply = (reply) => {
      if (reply.type !== 'ready') return;
      onReply = () => undefined;
      onExit = () => undefined;
      resolve({
        kill,
        run: (request, timeoutMs) =>
          new Promise((done) => {
            const timer = setTimeout(() => {
              onExit = () => undefined;
              kill();
              done({ kind: 'timed-out', message: `no answer within ${(timeoutMs / 1000).toFixed(0)} s` });
            }, timeoutMs);
            onReply = (reply) => {
              if (reply.type === 'ready') return;
              clearTimeout(timer);
              onExit = () => undefined;
              done(reply);
            };
            onExit = (failure) => {
              clearTimeout(timer);
              done(failure);
            };
            child.send(request);
          }),
      });
    };
    onExit = (failure) => {
      reject(new TargetError('module-failed', `a function worker could not start: ${failure.message}`));
    };
  });
}

/**
 * Runs one request in a fresh worker and ends it.
 * @param cwd - working directory
 * @param request - the request
 * @param timeoutMs - how long to wait for the reply
 * @returns the reply, or how the process died
 */
export async function runInWorker(cwd: string, request: FunctionWorkerRequest, timeoutMs: number): Promise<FunctionWorkerReply | WorkerFailure> {
  const worker = await spawnWorker(cwd);
  try {
    return await worker.run(request, timeoutMs);
  } finally {
    worker.kill();
  }
}
