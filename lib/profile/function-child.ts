// The child process of a function-target profile. It loads the task module, warms the tasks up,
// runs them round-robin without the profiler, with it, and without it again (the same loop, so the
// rates measure the profiler's cost), and writes the profile taken in process through node:inspector.
// Then, when asked, it follows calls one by one with the wait recorder (wait-recorder.ts) and writes
// where their wall time waited, as the preload does for a server's requests.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { threadTimes, timesBetween } from './cpu-wait.js';
import { followCall, installWaitRecorder, startWaits, stopWaits } from './wait-recorder.js';

/** What the parent asks for. */
export interface FunctionProfileRequest {
  file: string;
  tasks: string[] | null;
  durationMs: number;
  overheadMs: number;
  warmupMs: number;
  intervalUs: number;
  profilePath: string;
  /** Where to write the followed calls' waits (`<pid>.waits.json`), null for none. */
  waitsPath: string | null;
  /** Time spent following calls, ms. */
  waitsMs: number;
}

/** What the child answers. */
export type FunctionProfileReply =
  | { ok: true; sunk: boolean; tasks: string[]; unprofiled: { calls: number; ms: number }; profiled: { calls: number; ms: number }; sched: { on_cpu_ms: number; run_queue_ms: number } | null }
  | { ok: false; message: string };

type Task = () => unknown;
let sink: unknown;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

async function loop(tasks: Task[], ms: number): Promise<{ calls: number; ms: number }> {
  const start = performance.now();
  const end = start + ms;
  let calls = 0;
  while (performance.now() < end) {
    for (const task of tasks) {
      const value = task();
      sink = isThenable(value) ? await value : value;
      calls += 1;
    }
  }
  return { calls, ms: performance.now() - start };
}

/** Calls followed at most: the analysis reads 5000 at most. */
const MAX_FOLLOWED = 2000;
/** A task that started no operation in this long only computes: following it longer tells nothing. */
const NOTHING_AWAITED_MS = 250;

/** Follows calls one at a time, round-robin, and writes what they waited on. */
async function followCalls(tasks: [string, Task][], ms: number, path: string): Promise<void> {
  startWaits({ requests: false });
  const start = performance.now();
  const end = start + ms;
  let calls = 0;
  let operations = 0;
  try {
    while (performance.now() < end && calls < MAX_FOLLOWED && (operations > 0 || performance.now() - start < NOTHING_AWAITED_MS)) {
      for (const [name, task] of tasks) {
        const done = followCall(name);
        try {
          const value = task();
          sink = isThenable(value) ? await value : value;
        } finally {
          operations += done();
        }
        calls += 1;
      }
    }
  } finally {
    writeFileSync(path, JSON.stringify(stopWaits()));
  }
}

async function handle(request: FunctionProfileRequest): Promise<FunctionProfileReply> {
  // Installed before the module loads, so a database client it imports is instrumented too.
  if (request.waitsPath !== null) installWaitRecorder();
  const loaded = (await import(pathToFileURL(request.file).href)) as { default?: unknown };
  const exported = loaded.default;
  if (typeof exported !== 'object' || exported === null) {
    return { ok: false, message: `${request.file} has no default export object of tasks ({ taskName: () => value })` };
  }
  const all = Object.entries(exported).filter((entry): entry is [string, Task] => typeof entry[1] === 'function');
  const chosen = request.tasks === null ? all : all.filter(([name]) => request.tasks?.includes(name));
  if (chosen.length === 0) {
    return { ok: false, message: request.tasks === null ? `${request.file}: the default export holds no functions` : `${request.file}: no task named ${request.tasks.join(', ')}; tasks: ${all.map(([n]) => n).join(', ')}` };
  }
  const tasks = chosen.map(([, fn]) => fn);
  await loop(tasks, request.warmupMs);
  // Unprofiled time on both sides of the profiled window (A B A), so drift (JIT tiers, machine load)
  // does not pass for the profiler's cost.
  const before = await loop(tasks, request.overheadMs / 2);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: request.intervalUs });
  await session.post('Profiler.start');
  const timesAtStart = threadTimes();
  const profiled = await loop(tasks, request.durationMs);
  const sched = timesBetween(timesAtStart, threadTimes());
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(request.profilePath, JSON.stringify(profile));
  const after = await loop(tasks, request.overheadMs / 2);
  const unprofiled = { calls: before.calls + after.calls, ms: before.ms + after.ms };
  if (request.waitsPath !== null) await followCalls(chosen, request.waitsMs, request.waitsPath);
  return { ok: true, sunk: sink !== undefined, tasks: chosen.map(([name]) => name), unprofiled, profiled, sched };
}

function isRequest(value: unknown): value is FunctionProfileRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.file === 'string' && typeof v.profilePath === 'string' && typeof v.durationMs === 'number' && typeof v.overheadMs === 'number' && typeof v.warmupMs === 'number' && typeof v.intervalUs === 'number' && typeof v.waitsMs === 'number' && (v.waitsPath === null || typeof v.waitsPath === 'string') && (v.tasks === null || Array.isArray(v.tasks));
}

process.once('message', (message: unknown) => {
  const request = isRequest(message) ? Promise.resolve(message) : Promise.reject(new Error('the parent sent an unreadable request'));
  request
    .then(handle)
    .catch((error: unknown): FunctionProfileReply => ({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }))
    .then((reply) => {
      process.send?.(reply, () => {
        process.disconnect();
      });
    })
    .catch(() => {
      // The parent went away; nothing left to tell it.
    });
});
