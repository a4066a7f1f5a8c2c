import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandTargetConfig } from '../config/load.js';
import { TargetError } from '../errors.js';
import type { CommandMetrics, Resources } from '../contracts/baseline-metrics.js';
import { signalGroup, trackGroup, untrackGroup } from './process-groups.js';
import { createNodeProbe, readNodeResources } from './resources.js';
import type { NodeProbe } from './resources.js';
import { madOutliers, spreadOf } from './spread.js';

/** GNU time reports user and system time and the peak RSS of the process it waits for (wait4 rusage). */
const GNU_TIME = '/usr/bin/time';

/** One run of a command. */
export interface CommandRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  userMs: number;
  sysMs: number;
  /** Peak RSS, KiB; undefined without GNU time. */
  maxRssKib: number | undefined;
  stderrTail: string;
}

/** What measuring a command target produced. */
export interface CommandMeasurement {
  command: CommandMetrics;
  resources: Resources;
  healthReasons: string[];
  invalidReasons: string[];
}

function childTicksMs(): number {
  // Fields 16 and 17 of /proc/self/stat: CPU time of waited-for children, in 10 ms ticks.
  try {
    const text = readFileSync('/proc/self/stat', 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0; // no /proc: user+sys unknown, reported as 0
  }
}

/**
 * Runs a command once without a shell, in its own process group, and times it.
 * @param target - the command target
 * @param options - scratch dir for GNU time's output and NODE_OPTIONS
 * @returns how it ran
 */
export function runCommandOnce(target: CommandTargetConfig, options: { scratch: string; probe?: NodeProbe }): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const useTime = existsSync(GNU_TIME);
    const report = join(options.scratch, 'time.txt');
    const argv = useTime ? [GNU_TIME, '-f', '%U %S %M', '-o', report, '--', ...target.run.argv] : [...target.run.argv];
    const env: NodeJS.ProcessEnv = { ...process.env, ...target.env };
    if (options.probe !== undefined) env.NODE_OPTIONS = [env.NODE_OPTIONS ?? '', options.probe.nodeOption].filter((s) => s !== '').join(' ');
    const childBefore = childTicksMs();
    const start = process.hrtime.bigint();
    const child = spawn(argv[0] ?? '', argv.slice(1), { cwd: target.cwd, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    const pid = child.pid;
    if (pid !== undefined) trackGroup(pid);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-8192);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) signalGroup(pid, 'SIGKILL');
    }, target.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      if (pid !== undefined) untrackGroup(pid);
      reject(new TargetError('command-failed', `'${target.run.text}' could not start: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      if (pid !== undefined) {
        signalGroup(pid, 'SIGKILL');
        untrackGroup(pid);
      }
      let userMs = 0;
      let sysMs = 0;
      let maxRssKib: number | undefined;
      let exitCode = code;
      const lines = stderr.split('\n').filter((l) => !/^Command (exited with non-zero status|terminated by signal)/.test(l));
      if (useTime && existsSync(report)) {
        const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
        const [u, s, m] = last.split(' ').map(Number);
        if (u !== undefined && s !== undefined && m !== undefined && [u, s, m].every(Number.isFinite)) {
          userMs = u * 1000;
          sysMs = s * 1000;
          maxRssKib = m;
        }
        rmSync(report, { force: true });
      } else {
        userMs = childTicksMs() - childBefore;
      }
      if (useTime && code === 127 && /cannot run|No such file/.test(stderr)) exitCode = 127;
      if (timedOut) {
        reject(new TargetError('command-failed', `'${target.run.text}' did not finish within ${String(target.timeoutMs / 1000)} s and was killed; raise command.timeout or make it shorter`));
        return;
      }
      resolve({ code: exitCode, signal, wallMs, userMs, sysMs, maxRssKib, stderrTail: lines.filter((l) => l.trim() !== '').slice(-3).join(' | ') });
    });
  });
}

/**
 * Measures a command target: warm-up runs, then the measured runs, each a fresh process without a
 * shell. Wall time from perfflow's clock; user, system time and peak RSS from GNU time when installed.
 * Outliers are flagged with hyperfine's MAD rule, not removed.
 * @param target - the command target
 * @param options - run counts overriding the config, and a progress reporter
 * @returns metrics, resources and the reasons the result is unhealthy or invalid
 * @throws TargetError `command-failed` when the first run fails (the command cannot run at all)
 */
export async function measureCommand(
  target: CommandTargetConfig,
  options: { runs?: number | undefined; warmup?: number | undefined; progress?: (message: string) => void } = {},
): Promise<CommandMeasurement> {
  const runs = options.runs ?? target.runs;
  const warmup = options.warmup ?? target.warmup;
  const progress = options.progress ?? (() => undefined);
  const scratch = mkdtempSync(join(tmpdir(), 'perfflow-cmd-'));
  const probe = createNodeProbe();
  try {
    const failed = (run: CommandRun): boolean => run.code !== 0 || run.signal !== null;
    const describe = (run: CommandRun): string => `${run.signal ?? `exit code ${String(run.code)}`}${run.stderrTail === '' ? '' : `; last output: ${run.stderrTail}`}`;
    for (let i = 0; i < warmup; i += 1) {
      progress(`warm-up run ${String(i + 1)}/${String(warmup)}`);
      const run = await runCommandOnce(target, { scratch });
      if (failed(run)) throw new TargetError('command-failed', `'${target.run.text}' failed on its warm-up run (${describe(run)}); fix the command or the project so that it succeeds`);
    }
    const measured: CommandRun[] = [];
    const from = Date.now();
    for (let i = 0; i < runs; i += 1) {
      progress(`run ${String(i + 1)}/${String(runs)}`);
      const run = await runCommandOnce(target, { scratch, probe });
      if (measured.length === 0 && warmup === 0 && failed(run)) {
        throw new TargetError('command-failed', `'${target.run.text}' failed (${describe(run)}); fix the command or the project so that it succeeds`);
      }
      measured.push(run);
    }
    const to = Date.now();
    const exitCodes: Record<string, number> = {};
    for (const run of measured) {
      const key = run.signal ?? String(run.code);
      exitCodes[key] = (exitCodes[key] ?? 0) + 1;
    }
    const bad = measured.filter(failed);
    const firstBad = bad[0];
    const failedCodes = Object.entries(exitCodes)
      .filter(([k]) => k !== '0')
      .map(([k, n]) => `${k}: ${String(n)}`)
      .join(', ');
    const healthReasons = firstBad === undefined ? [] : [`${String(bad.length)} of ${String(measured.length)} runs failed (${failedCodes}); first: ${describe(firstBad)}`];
    const walls = measured.map((r) => r.wallMs);
    const rss = measured.map((r) => r.maxRssKib).filter((v): v is number => v !== undefined);
    const cpuPercents = measured.map((r) => ((r.userMs + r.sysMs) / Math.max(r.wallMs, 1e-3)) * 100);
    const command: CommandMetrics = {
      command: target.run.text,
      runs: measured.length,
      warmup,
      wall_ms: spreadOf(walls),
      user_ms: spreadOf(measured.map((r) => r.userMs)),
      sys_ms: spreadOf(measured.map((r) => r.sysMs)),
      max_rss_kib: rss.length === measured.length ? spreadOf(rss) : null,
      exit_codes: exitCodes,
      outliers: madOutliers(walls).map(({ index, z }) => ({ run: index, wall_ms: walls[index] ?? 0, modified_z: z })),
    };
    const resources: Resources = {
      samples: measured.length,
      interval_ms: 0,
      cpu_percent: { mean: spreadOf(cpuPercents).mean, max: Math.max(...cpuPercents) },
      rss_bytes: { mean: rss.length === 0 ? 0 : spreadOf(rss).mean * 1024, max: rss.length === 0 ? 0 : Math.max(...rss) * 1024 },
      node: readNodeResources(probe.dir, from, to),
    };
    const invalidReasons: string[] = [];
    if (command.outliers.length > 0) {
      // Flagged, like hyperfine, but not a reason to reject the measurement.
      progress(`${String(command.outliers.length)} outlier run(s) flagged`);
    }
    return { command, resources, healthReasons, invalidReasons };
  } finally {
    probe.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}
