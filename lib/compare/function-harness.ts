import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledFile } from '../measure/compiled-file.js';
import { TargetError } from '../errors.js';
import type { FunctionRunnerReply, FunctionRunnerRequest } from './function-protocol.js';
import { isFunctionRunnerReply } from './function-protocol.js';

/** Which side a problem belongs to. */
export type Side = 'base' | 'candidate';

/** A live function harness: one child process holding base, candidate and the A/A copy. */
export interface FunctionHarness {
  /** Tasks present on both sides, in the base's order. */
  tasks: string[];
  /** Calls each task once per side and compares the return values (deep strict equality). */
  returns: () => Promise<{ task: string; equal: boolean; base: string; candidate: string }[]>;
  /** Iterations of `task` that make a batch last about `targetMs` on the base. */
  calibrate: (task: string, targetMs: number) => Promise<number>;
  /** Runs `n` iterations of `task` on one arm; returns the elapsed nanoseconds. */
  batch: (arm: 'base' | 'candidate' | 'base-aa', task: string, n: number) => Promise<number>;
  close: () => void;
}

/**
 * Where the compiled child script is: next to this module once built, else in `dist/compare/`
 * (when this module runs from its TypeScript source, as under jest).
 * @returns the path of function-runner.js
 * @throws TargetError `module-failed` when it cannot be found
 */
export function functionRunnerPath(): string {
  const path = fileURLToPath(compiledFile('function-runner.js', 'compare'));
  if (!existsSync(path)) throw new TargetError('module-failed', `the function runner is missing (${path}); run 'npm run build' in the perfflow package`);
  return path;
}

function sideOf(side: 'base' | 'candidate' | 'base-aa'): Side {
  return side === 'candidate' ? 'candidate' : 'base';
}

/**
 * Starts the child process and loads the three arms' modules into it (benchmark use only, see
 * function-shared-pair.ts).
 * @param files - absolute paths of the three arms' task modules
 * @returns the harness
 * @throws TargetError `module-failed` naming the side whose module does not load or lacks a task
 */
export async function openFunctionHarness(files: { base: string; candidate: string; 'base-aa': string }): Promise<FunctionHarness> {
  const child: ChildProcess = fork(functionRunnerPath(), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  let pending: { resolve: (reply: FunctionRunnerReply) => void; reject: (error: Error) => void } | null = null;
  child.on('message', (message: unknown) => {
    if (!isFunctionRunnerReply(message) || pending === null) return;
    const waiting = pending;
    pending = null;
    waiting.resolve(message);
  });
  child.on('exit', (code, signal) => {
    if (pending === null) return;
    const waiting = pending;
    pending = null;
    waiting.reject(new TargetError('module-failed', `the function runner exited (${signal ?? `code ${code}`}) during the comparison: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
  });
  const ask = (request: FunctionRunnerRequest): Promise<FunctionRunnerReply> =>
    new Promise((resolve, reject) => {
      pending = { resolve, reject };
      child.send(request);
    });
  const expect = async <T extends FunctionRunnerReply['type']>(request: FunctionRunnerRequest, type: T): Promise<Extract<FunctionRunnerReply, { type: T }>> => {
    const answer = await ask(request);
    if (answer.type === 'error') {
      throw new TargetError('module-failed', `${sideOf(answer.side)} side: ${answer.message}`);
    }
    if (answer.type !== type) throw new TargetError('module-failed', `the function runner answered '${answer.type}' to '${request.type}'`);
    return answer as Extract<FunctionRunnerReply, { type: T }>;
  };
  const close = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    const loaded = await expect({ type: 'load', urls: { base: pathToFileURL(files.base).href, candidate: pathToFileURL(files.candidate).href, 'base-aa': pathToFileURL(files['base-aa']).href } }, 'loaded');
    const missing = loaded.tasks.base.filter((t) => !loaded.tasks.candidate.includes(t));
    if (missing.length > 0) {
      throw new TargetError('module-failed', `candidate side: task(s) ${missing.join(', ')} of the base are missing from ${files.candidate}`);
    }
    return {
      tasks: loaded.tasks.base,
      returns: async () => (await expect({ type: 'returns', tasks: loaded.tasks.base }, 'returns')).results,
      calibrate: async (task, targetMs) => (await expect({ type: 'calibrate', task, targetNs: targetMs * 1e6 }, 'calibrated')).n,
      batch: async (arm, task, n) => (await expect({ type: 'batch', arm, task, n }, 'batch')).ns,
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}
