// How long a profiled thread waited for a CPU while it was profiled. V8 samples a thread by a
// signal, and a thread that is ready to run but not running handles no signal: it is not sampled
// while it waits, and the one sample it takes when it runs again lands where it was preempted
// (often a system call that woke another process, such as a write to a database on the same
// machine). The kernel keeps both times per thread (schedstat: time on a CPU, time runnable in a
// run queue), which is what this reads; no library exposes them, hence the few lines here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A thread's scheduler times so far, ns. */
export interface ThreadTimes {
  onCpuNs: number;
  runQueueNs: number;
}

/** How long profiled threads ran and waited for a CPU while profiled, summed over processes. */
export interface CpuWait {
  on_cpu_ms: number;
  run_queue_ms: number;
  /** Profiled processes (their main threads, where JavaScript runs, were measured; a command profiled in several runs counts each run's). */
  processes: number;
}

/**
 * The calling thread's scheduler times (Linux `/proc/thread-self/schedstat`).
 * @param path - the file (tests point it elsewhere)
 * @returns the times, or null where the kernel does not keep them
 */
export function threadTimes(path = '/proc/thread-self/schedstat'): ThreadTimes | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null; // not Linux, or a kernel without scheduler statistics
  }
  const [onCpu, runQueue] = text.trim().split(/\s+/).map(Number);
  if (onCpu === undefined || runQueue === undefined || !Number.isFinite(onCpu) || !Number.isFinite(runQueue)) return null;
  return { onCpuNs: onCpu, runQueueNs: runQueue };
}

/**
 * The times between two readings of one thread, ms.
 * @param start - the reading when profiling started
 * @param end - the reading when it stopped
 * @returns the difference, or null when either reading is missing
 */
export function timesBetween(start: ThreadTimes | null, end: ThreadTimes | null): { on_cpu_ms: number; run_queue_ms: number } | null {
  if (start === null || end === null) return null;
  return { on_cpu_ms: Math.max(0, end.onCpuNs - start.onCpuNs) / 1e6, run_queue_ms: Math.max(0, end.runQueueNs - start.runQueueNs) / 1e6 };
}

/**
 * Sums the `<pid>.sched.json` files the profiling preload wrote, one per profiled process.
 * @param dir - the profile's directory
 * @returns the sum, or null when no process wrote one
 */
export function readCpuWaits(dir: string): CpuWait | null {
  const sum: CpuWait = { on_cpu_ms: 0, run_queue_ms: 0, processes: 0 };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sched.json'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      continue; // a process killed mid-write: the others still count
    }
    const v = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
    if (typeof v.on_cpu_ms !== 'number' || typeof v.run_queue_ms !== 'number') continue;
    sum.on_cpu_ms += v.on_cpu_ms;
    sum.run_queue_ms += v.run_queue_ms;
    sum.processes += 1;
  }
  return sum.processes === 0 ? null : sum;
}
