import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TargetError } from '../errors.js';
import type { Arm, MetricSpec } from './analyze.js';
import { TrialFailures } from './failures.js';
import type { PairedRunner } from './paired-runner.js';

/** GNU time reports the peak resident set size of the measured process; used when installed. */
const GNU_TIME = '/usr/bin/time';

/** Options of {@link openCommandPair}. */
export interface CommandPairOptions {
  /** The program and its arguments (never through a shell). */
  argv: string[];
  /** How the config spelled the command, for messages. */
  text: string;
  /** Working directory of each arm (in its own checkout). */
  cwd: Record<Arm, string>;
  /** Extra environment. */
  env?: Record<string, string>;
  /** Kill one run after this long (default 120 s). */
  timeoutMs?: number;
  /** Untimed runs per arm before measuring (default 1). */
  warmupRuns?: number;
}

/**
 * What a person can act on in a failed program's stderr: the error line itself when there is one
 * (Node prints the source line, a caret, a blank line, then the error), else the last lines; stack
 * frames, carets and runtime banners say nothing.
 * @param stderr - the tail of stderr
 * @returns one line
 */
export function errorLines(stderr: string): string {
  const useful = stderr.split('\n').filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^\s*\^+\s*$/.test(l) && !l.startsWith('Command exited with') && !/^Node\.js v/.test(l));
  const errors = useful.filter((l) => /^(Uncaught )?([A-Z][A-Za-z]*)?(Error|Exception)\b/.test(l));
  return (errors.length > 0 ? errors.slice(-1) : useful.slice(-2)).join(' | ');
}

/**
 * The metrics of a command target: `wall_time` (ms, the objective) and, where GNU time is
 * installed, `max_rss` (KiB).
 * @param withRss - whether GNU time measures the peak resident set size (default: whether it is installed)
 * @returns the metrics, in order
 */
export function commandMetrics(withRss = existsSync(GNU_TIME)): MetricSpec[] {
  const load = 'one run of the command at a time';
  const metrics: MetricSpec[] = [{ name: 'wall_time', unit: 'ms', direction: 'lower', scale: 'log', minimumFloor: 0.01, load }];
  if (withRss) metrics.push({ name: 'max_rss', unit: 'KiB', direction: 'lower', scale: 'log', minimumFloor: 0.01, load });
  return metrics;
}

function sideOf(arm: Arm): 'base' | 'candidate' {
  return arm === 'candidate' ? 'candidate' : 'base';
}

/**
 * Prepares a command target for a paired comparison: every trial is a fresh process (the process is
 * the unit), run from the side's working directory. Metrics: `wall_time` (ms, the objective) and, where GNU time
 * is installed, `max_rss` (KiB).
 * @param options - the program, both working directories
 * @returns the runner
 */
export function openCommandPair(options: CommandPairOptions): PairedRunner {
  const scratch = mkdtempSync(join(tmpdir(), 'perfflow-cmd-'));
  const withRss = existsSync(GNU_TIME);
  const metrics = commandMetrics(withRss);
  const failures = new TrialFailures(`'${options.text}'`, 'command-failed');
  let processes = 0;
  // Resolves with the values, or with the reason the run failed (a failing candidate is counted,
  // not fatal: it is a behaviour change the comparison reports).
  const once = (arm: Arm): Promise<{ values: Record<string, number>; failed: null } | { values: null; failed: string }> =>
    new Promise((resolve, reject) => {
      const side = sideOf(arm);
      const rssFile = join(scratch, `${arm}.rss`);
      const argv = withRss ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...options.argv] : options.argv;
      const start = process.hrtime.bigint();
      const child = spawn(argv[0] ?? 'true', argv.slice(1), { cwd: options.cwd[arm], env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs ?? 120_000);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new TargetError('command-failed', `${side} side: '${options.text}' could not start: ${error.message}`, { cause: error }));
      });
      child.on('close', (code, signal) => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        processes += 1;
        if (code !== 0) {
          const tail = errorLines(stderr);
          resolve({ values: null, failed: `'${options.text}' ${timedOut ? `timed out after ${((options.timeoutMs ?? 120_000) / 1000).toFixed(0)} s` : `failed (${signal ?? `exit ${code}`})`}: ${tail}` });
          return;
        }
        const values: Record<string, number> = { wall_time: ms };
        if (withRss) {
          const kib = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '', 10);
          if (Number.isFinite(kib)) values.max_rss = kib;
        }
        resolve({ values, failed: null });
      });
    });
  return {
    metrics,
    objective: 'wall_time',
    behaviour: () => Promise.resolve([]),
    warmup: async () => {
      for (let i = 0; i < (options.warmupRuns ?? 1); i += 1) {
        for (const arm of ['base', 'candidate', 'base-aa'] as const) {
          if (failures.settled()) return;
          failures.record(arm, (await once(arm)).failed);
        }
      }
    },
    trial: async (arm) => {
      const result = await once(arm);
      failures.record(arm, result.failed);
      return result.values ?? {};
    },
    findings: () => failures.checks(),
    settled: () => failures.settled(),
    describe: () => ({ unit: 'one process per trial', processes_per_side: Math.floor(processes / 3), iterations: {} }),
    close: () => {
      rmSync(scratch, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}
