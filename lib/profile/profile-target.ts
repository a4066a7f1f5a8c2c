import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandSpec, TargetConfig } from '../config/load.js';
import type { PageTargetConfig } from '../config/page-target-config.js';
import { InconclusiveError, InputError } from '../errors.js';
import { redactText, redactValue, secretValuesFromEnv } from '../security/redact.js';
import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import { writeFileAtomic, writeJsonAtomic } from '../state/atomic-file.js';
import { analyzeProfiles } from './analyze-profiles.js';
import { analyzeWaits, readRecordedWaits } from './analyze-waits.js';
import type { WaitAnalysis } from './analyze-waits.js';
import type { ProfileAnalysis } from './analyze-profiles.js';
import { buildBottleneckReport } from './build-report.js';
import { formatCollapsedStacks } from './collapsed-stacks.js';
import { compiledProfileDir } from './harness-paths.js';
import { profileCommand } from './profile-command.js';
import { profileFunctionTarget } from './profile-function.js';
import { mapWaitFrames } from './wait-source-maps.js';
import type { RawProfile } from './raw-profile.js';
import { scratchPrefix } from '../measure/process-groups.js';

/** A command given on the command line (`perfflow profile -- <command...>`), without a config entry. */
export interface AdHocCommand {
  name: string;
  kind: 'command';
  run: CommandSpec;
  cwd: string;
  env: Record<string, string>;
}

/** Options of {@link profileTarget}. */
export interface ProfileTargetOptions {
  projectRoot: string;
  target: TargetConfig | AdHocCommand;
  /** Where `<stem>.cpuprofile` and `<stem>.collapsed.txt` are written. */
  artifactDir: string;
  /** File stem of the raw profile and the collapsed stacks (default `profile`). */
  stem?: string;
  /** How the report names a written file (default: its absolute path). */
  reportPath?: (absolute: string) => string;
  /** Profiled time for function and http targets, ms (default: 3 s for functions, the target's trial duration for http). */
  durationMs?: number;
  /** Sampling interval, µs (default 500). */
  intervalUs?: number;
  /** Refuse to rank below this many active samples (default 500). */
  minActive?: number;
  /** Page targets: page loads to profile (default 3). Command targets: profiled runs when the program awaits operations (default: the target's `runs`, 5 for a command given on the command line). */
  trials?: number;
  /** Function targets: only these tasks. */
  tasks?: string[];
  /** Run the target once without the profiler to measure its cost (default true). */
  measureOverhead?: boolean;
  now?: () => Date;
  progress?: (message: string) => void;
}

/** The outcome of {@link profileTarget}. */
export type ProfileOutcome =
  | { profiled: true; report: BottleneckReport; analysis: ProfileAnalysis }
  | { profiled: false; target: string; wallMs: number; message: string };

/**
 * Default sampling interval, µs. bench/profile.bench.mjs measures the server's CPU per request with
 * and without the profiler: about 2% at 1000 µs, 6% at 500 µs, 10-12% at 250 µs, so 500 µs keeps the
 * 10% goal. A busy machine samples 2-3x less often than asked (the report records the observed
 * interval); short runs may need --interval-us 250 to reach the minimum of samples.
 */
export const DEFAULT_INTERVAL_US = 500;
/** Default minimum of active samples before anything is ranked. */
export const DEFAULT_MIN_ACTIVE = 500;
/** Recorded requests (calls of a function target) needed to rank waits. */
const MIN_WAIT_REQUESTS = 20;
/** A command's runs needed to rank waits: each run is one sample, and the interval is Student's t over them. */
const MIN_WAIT_RUNS = 3;
/** Profiled runs of a command given on the command line (a config entry's `runs` otherwise) when it awaits operations. */
const DEFAULT_COMMAND_RUNS = 5;

async function record(options: ProfileTargetOptions, dir: string, durationMs: number): Promise<RawProfile | { node: false; wallMs: number }> {
  const { target } = options;
  const intervalUs = options.intervalUs ?? DEFAULT_INTERVAL_US;
  switch (target.kind) {
    case 'function':
      return profileFunctionTarget({ file: target.file, tasks: options.tasks, durationMs, intervalUs, dir });
    case 'command': {
      const runs = options.trials ?? ('runs' in target ? target.runs : DEFAULT_COMMAND_RUNS);
      const outcome = await profileCommand({ argv: target.run.argv, cwd: target.cwd, env: target.env, intervalUs, dir, runs, measureOverhead: options.measureOverhead ?? true, ...('timeoutMs' in target ? { timeoutMs: target.timeoutMs } : {}) });
      return outcome.node ? outcome.raw : { node: false, wallMs: outcome.wallMs };
    }
    case 'http': {
      const { profileHttpTarget } = await import('./profile-http.js');
      return profileHttpTarget({ target, durationMs, intervalUs, dir, measureOverhead: options.measureOverhead ?? true });
    }
    case 'page':
      // profileTarget hands page targets to profilePageTarget before it records anything.
      throw new InputError('usage', `target ${target.name} is a page target: it is profiled in the browser, not through this recorder`);
    default: {
      const never: never = target;
      return never;
    }
  }
}

function waitsNote(unit: WaitAnalysis['unit']): string {
  const followed = unit === 'call'
    ? 'each call is followed, one at a time after the CPU profile, from its start until it settles'
    : unit === 'run'
      ? "each run is followed from the program's start to its exit, every Node process of it, and the run is one sample (intervals are across runs)"
      : 'each request is followed from its start to its response through AsyncLocalStorage';
  return `waits: ${followed}; an operation is charged to the ${unit} that started it and, where operations overlap, their time is split evenly among them`;
}

/** What a target's followed units are. */
function unitOf(kind: 'http' | 'function' | 'command'): WaitAnalysis['unit'] {
  return kind === 'function' ? 'call' : kind === 'command' ? 'run' : 'request';
}

/** A page target: profiled in Chromium by lib/page, its report redacted like the others. */
async function profilePage(options: ProfileTargetOptions, target: PageTargetConfig): Promise<ProfileOutcome> {
  const { profilePageTarget } = await import('../page/profile-page.js');
  const secrets = secretValuesFromEnv({ ...process.env, ...target.env });
  const outcome = await profilePageTarget({
    target,
    projectRoot: options.projectRoot,
    artifactDir: options.artifactDir,
    stem: options.stem ?? 'profile',
    reportPath: options.reportPath ?? ((p: string) => p),
    ...(options.trials === undefined ? {} : { trials: options.trials }),
    ...(options.intervalUs === undefined ? {} : { intervalUs: options.intervalUs }),
    ...(options.minActive === undefined ? {} : { minActive: options.minActive }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.progress === undefined ? {} : { progress: options.progress }),
  });
  return { ...outcome, report: redactValue(outcome.report, secrets) };
}

/**
 * Profiles a target with real V8 under its own load, analyses the profile and writes the raw
 * `.cpuprofile` and the collapsed stacks beside the report. A function target that gave too few
 * samples is profiled again, longer (twice, doubling); any other refuses.
 * @param options - the target, where to write, sampling settings
 * @returns the report (not yet written), or the timing of a command that is not a Node program
 * @throws InconclusiveError `too-few-samples` when there are too few active samples to rank
 * @throws TargetError when the target cannot be run
 */
export async function profileTarget(options: ProfileTargetOptions): Promise<ProfileOutcome> {
  const { target } = options;
  if (target.kind === 'page') return profilePage(options, target);
  const minActive = options.minActive ?? DEFAULT_MIN_ACTIVE;
  const intervalUs = options.intervalUs ?? DEFAULT_INTERVAL_US;
  const stem = options.stem ?? 'profile';
  const reportPath = options.reportPath ?? ((p: string) => p);
  let durationMs = options.durationMs ?? (target.kind === 'http' ? target.durationMs : 3000);
  const context = { projectRoot: options.projectRoot, harnessPrefixes: [compiledProfileDir()] };
  const secrets = secretValuesFromEnv({ ...process.env, ...('env' in target ? target.env : {}) });
  const scratch = mkdtempSync(join(tmpdir(), scratchPrefix('profile')));
  try {
    for (let attempt = 0; ; attempt += 1) {
      const dir = join(scratch, String(attempt));
      mkdirSync(dir);
      options.progress?.(`profiling ${target.name} (${target.kind}${target.kind === 'command' ? '' : `, ${durationMs} ms`}, sampling every ${intervalUs} µs)`);
      const raw = await record(options, dir, durationMs);
      if ('node' in raw) {
        return {
          profiled: false,
          target: target.name,
          wallMs: raw.wallMs,
          message: `'${target.kind === 'command' ? target.run.text : target.name}' started no Node.js process, so there is no V8 profile to rank; it ran in ${raw.wallMs.toFixed(0)} ms. Profile it with its own tools (perf, py-spy, pprof) or point perfflow at a Node.js target.`,
        };
      }
      const analysis = await analyzeProfiles(raw.profiles.map((p) => p.profile), context);
      const unit = unitOf(target.kind);
      // Wait sites are named in the original sources (compiled TypeScript through its source maps), as the CPU side is.
      const waits = analyzeWaits(await mapWaitFrames(readRecordedWaits(dir)), options.projectRoot, unit);
      const waitsRank = waits !== null && waits.requests >= (unit === 'run' ? MIN_WAIT_RUNS : MIN_WAIT_REQUESTS) && waits.sites.length > 0;
      const cpuRanked = analysis.active >= minActive;
      if (!cpuRanked && !waitsRank) {
        if (target.kind === 'function' && attempt < 2) {
          durationMs *= 2;
          continue;
        }
        const how = target.kind === 'command'
          ? `sample more often (--interval-us ${Math.max(50, Math.floor(intervalUs / 4))}) or make the command do more work`
          : `profile longer (--duration ${Math.ceil((durationMs * 2) / 1000)}s) or sample more often (--interval-us ${Math.max(50, Math.floor(intervalUs / 2))})`;
        throw new InconclusiveError('too-few-samples', redactText(`only ${analysis.active} active samples (${analysis.idle} idle) of ${target.name}; ranking needs at least ${minActive}: ${how}`, secrets));
      }
      mkdirSync(options.artifactDir, { recursive: true });
      const largest = [...raw.profiles].sort((a, b) => (b.profile.samples?.length ?? 0) - (a.profile.samples?.length ?? 0))[0];
      const cpuprofile = join(options.artifactDir, `${stem}.cpuprofile`);
      const collapsed = join(options.artifactDir, `${stem}.collapsed.txt`);
      if (largest !== undefined) writeJsonAtomic(cpuprofile, largest.profile);
      writeFileAtomic(collapsed, formatCollapsedStacks(analysis.collapsed));
      const notes = [...raw.notes];
      if (!cpuRanked) notes.push(`only ${analysis.active} active CPU samples (${analysis.idle} idle): too few to rank functions (${minActive} needed), so only the recorded waits are ranked; the time is spent waiting, not computing`);
      if (waits !== null && waitsRank) notes.push(waitsNote(unit));
      if (waits !== null && !waitsRank && waits.sites.length > 0) notes.push(`waits: only ${waits.requests} ${unit}s were followed (${unit === 'run' ? MIN_WAIT_RUNS : MIN_WAIT_REQUESTS} needed to rank them)${unit === 'run' ? '; profile more runs (--trials 5)' : ''}, so only the CPU is ranked`);
      if (raw.profiles.length > 1) notes.push(`${stem}.cpuprofile holds the busiest process; the collapsed stacks hold all ${raw.profiles.length}`);
      notes.push('shares are fractions of active (non-idle) samples; builtins, native code and GC are charged to the nearest function of the project or a dependency (GC to the stack sampled just before it)');
      const report = buildBottleneckReport({
        target: target.name,
        kind: target.kind,
        analysis,
        intervalUs,
        minActive,
        eventLoop: raw.eventLoop,
        cpuWait: raw.cpuWait,
        overhead: raw.overhead,
        files: { cpuprofile: reportPath(cpuprofile), collapsed: reportPath(collapsed) },
        load: raw.load,
        notes,
        waits: waitsRank ? waits : null,
        cpuRanked,
        now: (options.now ?? (() => new Date()))(),
      });
      // Command lines, URLs and notes may carry tokens: the report never does.
      return { profiled: true, report: redactValue(report, secrets), analysis };
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
