// Runs Artillery as a child in its own process group: the group is killed on abort, on perfflow's
// own SIGINT/SIGTERM (process-groups.ts) and when the run overstays, so no worker outlives it.
// Its output is watched for the measured phase's start and end, which time Artillery's start-up and
// bracket the CPU the generator spends on the load itself.
import { spawn } from 'node:child_process';
import { TargetError } from '../../errors.js';
import { groupMembers, readProcStat, signalGroup, trackGroup, untrackGroup } from '../process-groups.js';
import { MEASURE_PHASE } from './script.js';

/** Linux CPU clock ticks per second (USER_HZ; see resources.ts). */
const TICKS_PER_SECOND = 100;

/** What one Artillery process did, besides the report it wrote. */
export interface ArtilleryRunInfo {
  /** From spawn to the measured phase's start, ms (Artillery's start-up); null if it never started. */
  startupMs: number | null;
  /** The measured phase as Artillery's output bracketed it, ms; null if not seen. */
  phaseMs: number | null;
  /** CPU of the Artillery process group during the phase, percent of one core; null if not seen. */
  cpuPercent: number | null;
  /** The last lines Artillery printed (for messages). */
  tail: string;
}

function groupTicks(pgid: number): number {
  let ticks = 0;
  for (const pid of groupMembers(pgid)) ticks += readProcStat(pid)?.ticks ?? 0;
  return ticks;
}

/**
 * Runs Artillery once and waits for it.
 * @param argv - the program (node) and its arguments (launcher, command, flags, script)
 * @param options - working directory, extra environment (secrets), a deadline, an abort signal, and a
 *   callback at the measured phase's start and end
 * @returns the start-up time, the phase's CPU and the output's tail
 * @throws TargetError `command-failed` when Artillery exits non-zero, overstays or is aborted
 */
export function runArtillery(argv: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number; signal?: AbortSignal | undefined; onPhase?: (event: 'start' | 'end') => void }): Promise<ArtilleryRunInfo> {
  const [program, ...args] = argv;
  if (program === undefined) return Promise.reject(new TargetError('command-failed', 'no Artillery command'));
  const started = Date.now();
  // Telemetry off: a measurement sends nothing anywhere but to the target.
  const env = { ...process.env, ...options.env, ARTILLERY_DISABLE_TELEMETRY: 'true', NO_COLOR: '1' };
  const child = spawn(program, args, { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid !== undefined) trackGroup(pid);
  let output = '';
  let phaseStart: { at: number; ticks: number } | undefined;
  let phaseEnd: { at: number; ticks: number } | undefined;
  const mark = (): { at: number; ticks: number } => ({ at: Date.now(), ticks: pid === undefined ? 0 : groupTicks(pid) });
  const onData = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-8192);
    if (phaseStart === undefined && text.includes(`Phase started: ${MEASURE_PHASE}`)) {
      phaseStart = mark();
      options.onPhase?.('start');
    }
    if (phaseEnd === undefined && text.includes(`Phase completed: ${MEASURE_PHASE}`)) {
      phaseEnd = mark();
      options.onPhase?.('end');
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const kill = (): void => {
    if (pid !== undefined) signalGroup(pid, 'SIGKILL');
  };
  const timer = setTimeout(kill, options.timeoutMs);
  options.signal?.addEventListener('abort', kill, { once: true });
  return new Promise<ArtilleryRunInfo>((resolve, reject) => {
    const done = (code: number | null, signal: NodeJS.Signals | null, error?: Error): void => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', kill);
      if (pid !== undefined) {
        signalGroup(pid, 'SIGKILL'); // worker threads end with the leader; anything it spawned goes too
        untrackGroup(pid);
      }
      const tail = output.trim().split('\n').slice(-5).join(' | ');
      if (error !== undefined || code !== 0) {
        const why = error?.message ?? (options.signal?.aborted === true ? 'aborted' : Date.now() - started >= options.timeoutMs ? `no result within ${String(Math.round(options.timeoutMs / 1000))} s` : `exit ${signal ?? `code ${String(code)}`}`);
        reject(new TargetError('command-failed', `artillery failed (${why}); last output: ${tail}`));
        return;
      }
      const phaseMs = phaseStart !== undefined && phaseEnd !== undefined ? phaseEnd.at - phaseStart.at : null;
      const cpuPercent = phaseStart !== undefined && phaseEnd !== undefined && phaseMs !== null && phaseMs > 0 ? ((phaseEnd.ticks - phaseStart.ticks) / TICKS_PER_SECOND / (phaseMs / 1000)) * 100 : null;
      resolve({ startupMs: phaseStart === undefined ? null : phaseStart.at - started, phaseMs, cpuPercent, tail });
    };
    child.on('error', (error) => {
      done(null, null, error);
    });
    child.on('close', (code, signal) => {
      done(code, signal);
    });
  });
}
