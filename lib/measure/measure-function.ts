import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FunctionTargetConfig } from '../config/load.js';
import { InputError, TargetError } from '../errors.js';
import type { FunctionMetrics, Resources } from '../contracts/baseline-metrics.js';
import { compiledFile } from './compiled-file.js';
import { signalGroup, trackGroup, untrackGroup } from './process-groups.js';
import { createNodeProbe, sampleResources } from './resources.js';
import { median, spreadOf } from './spread.js';

/** Fewer batches per task make a function measurement invalid. */
export const MIN_BATCHES = 5;

/** What measuring a function target produced. */
export interface FunctionMeasurement {
  function: FunctionMetrics;
  resources: Resources;
  batches: number;
  healthReasons: string[];
  invalidReasons: string[];
}

interface BatchResult {
  mean: number;
  p99: number;
  samples: number;
}

function isBatch(value: unknown): value is BatchResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.mean === 'number' && typeof v.p99 === 'number' && typeof v.samples === 'number';
}

function parseResults(value: unknown): Record<string, BatchResult[]> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, BatchResult[]> = {};
  for (const [name, list] of Object.entries(value)) {
    if (!Array.isArray(list) || !list.every(isBatch)) return undefined;
    out[name] = list;
  }
  return out;
}

/**
 * Summarises the batches of one task. The error bar is the spread of the batch means (MAD relative
 * to their median), not tinybench's per-task rme: successive iterations share JIT state, caches and
 * GC debt, so they are not independent samples and their rme is far too narrow.
 * @param name - the task
 * @param batches - mean and p99 per batch, ms
 * @returns the task's metrics
 */
export function summarizeTask(name: string, batches: readonly BatchResult[]): FunctionMetrics['tasks'][number] {
  const meansNs = batches.map((b) => b.mean * 1e6);
  const spread = spreadOf(meansNs);
  return {
    name,
    batches: batches.length,
    iterations: batches.reduce((s, b) => s + b.samples, 0),
    mean_ns: spread.median,
    ops_per_second: spread.median > 0 ? 1e9 / spread.median : 0,
    batch_mean_ns: spread,
    spread_percent: spread.median > 0 ? (100 * spread.mad) / spread.median : 0,
    p99_ns: median(batches.map((b) => b.p99 * 1e6)),
  };
}

/**
 * Measures a function target: its module's default export `{ taskName: fn }` runs in a child
 * process under tinybench, warm-up first, then repeated batches round-robin over the tasks.
 * @param target - the function target
 * @param options - batch count and time overriding the config, and a progress reporter
 * @returns metrics per task and the child's resources
 * @throws InputError `invalid-config` when the module file does not exist; TargetError `module-failed`
 * when it cannot be loaded, exports no tasks, or a task throws
 */
export async function measureFunction(
  target: FunctionTargetConfig,
  options: { batches?: number | undefined; batchMs?: number | undefined; warmupMs?: number | undefined; progress?: (message: string) => void; inactivityMs?: number } = {},
): Promise<FunctionMeasurement> {
  const key = `targets.${target.name}.function.file`;
  if (!existsSync(target.file)) {
    throw new InputError('invalid-config', `${key}: ${target.fileText} does not exist; create the module (export default { taskName: () => work() }) or fix the path`);
  }
  const settings = {
    file: target.file,
    batchMs: options.batchMs ?? target.batchMs,
    batches: options.batches ?? target.batches,
    warmupMs: options.warmupMs ?? target.warmupMs,
  };
  const progress = options.progress ?? (() => undefined);
  const probe = createNodeProbe();
  const child = fork(fileURLToPath(compiledFile('function-bench-child.js')), [JSON.stringify(settings)], {
    execArgv: [probe.nodeOption],
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const pid = child.pid;
  if (pid !== undefined) trackGroup(pid);
  const sampler = pid === undefined ? undefined : sampleResources(pid, { probe });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4096);
  });
  const fail = (message: string): TargetError => {
    const tail = stderr.trim().split('\n').slice(-3).join(' | ');
    return new TargetError('module-failed', `${target.fileText}: ${message}${tail === '' ? '' : `; stderr: ${tail}`}`);
  };
  try {
    const results = await new Promise<Record<string, BatchResult[]>>((resolve, reject) => {
      let taskCount = 1;
      let timer: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          reject(fail(`no progress for ${String((options.inactivityMs ?? 120_000) / 1000)} s (a task hangs?)`));
        }, options.inactivityMs ?? 120_000);
      };
      arm();
      child.on('message', (message: unknown) => {
        arm();
        if (typeof message !== 'object' || message === null) return;
        const m = message as { type?: unknown; names?: unknown; message?: unknown; results?: unknown; task?: unknown; batch?: unknown };
        if (m.type === 'tasks' && Array.isArray(m.names)) {
          taskCount = m.names.length;
          progress(`tasks: ${m.names.join(', ')}; warming up`);
        } else if (m.type === 'progress' && typeof m.batch === 'number') {
          progress(`batch ${String(m.batch + 1)}/${String(settings.batches)} of ${String(taskCount)} task(s)`);
        } else if (m.type === 'error') {
          clearTimeout(timer);
          reject(fail(typeof m.message === 'string' ? m.message : 'failed'));
        } else if (m.type === 'done') {
          clearTimeout(timer);
          const parsed = parseResults(m.results);
          if (parsed === undefined) reject(fail('sent malformed results'));
          else resolve(parsed);
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(fail(`the benchmark process exited (${signal ?? `code ${String(code)}`}) before finishing`));
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(fail(error.message));
      });
    });
    // The child ends on its own after its results; its probe writes a last sample as it exits.
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const resources = sampler?.stop() ?? { samples: 0, interval_ms: 0, cpu_percent: { mean: 0, max: 0 }, rss_bytes: { mean: 0, max: 0 }, node: null };
    const tasks = Object.entries(results).map(([name, batches]) => summarizeTask(name, batches));
    const fewest = Math.min(...tasks.map((t) => t.batches));
    const invalidReasons = fewest < MIN_BATCHES ? [`only ${String(fewest)} batches per task (minimum ${String(MIN_BATCHES)}); raise function.batches`] : [];
    return {
      function: { file: target.fileText, batch_ms: settings.batchMs, warmup_ms: settings.warmupMs, tasks },
      resources,
      batches: tasks.reduce((s, t) => s + t.batches, 0),
      healthReasons: [],
      invalidReasons,
    };
  } finally {
    sampler?.stop();
    if (pid !== undefined) {
      signalGroup(pid, 'SIGKILL');
      untrackGroup(pid);
    }
  }
}
