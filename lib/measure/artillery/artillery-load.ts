// One Artillery run of a target: the script written to a private scratch directory (no secret in
// it; secrets in the child's environment, or for AWS in a dotenv file beside it, mode 0600), the
// run, the report read back, the directory removed whatever happens.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpTargetConfig } from '../../config/target-config.js';
import { InputError } from '../../errors.js';
import { scratchPrefix, trackTempDir } from '../process-groups.js';
import { artilleryArgs, resolveArtillery } from './command.js';
import type { ArtilleryEngine, ArtilleryInstall } from './command.js';
import { flowFigures, reportAggregate, requestFigures } from './report.js';
import type { FlowOutline, RequestFigures } from './report.js';
import { cpuPercentOver, runArtillery } from './run.js';
import type { ArtilleryRunInfo } from './run.js';
import { artilleryScript } from './script.js';
import type { ArtilleryRunShape } from './script.js';

/** What one Artillery run measured. */
export interface ArtilleryLoad {
  figures: RequestFigures;
  flow: ReturnType<typeof flowFigures>['flow'] | undefined;
  /** Figures Artillery does not give, with why. */
  notes: string[];
  /** Arrivals the script asked for, and arrivals Artillery started. */
  arrivals: { intended: number; started: number };
  windowMs: number;
  run: ArtilleryRunInfo;
  /** From spawn to the first metric (Artillery's start-up), ms; null when the report gives no window. */
  startupMs: number | null;
  /** The Artillery process group's CPU over the report's window, percent of one core; null when not known. */
  cpuPercent: number | null;
  /** The report's window, first to last metric, ms (0 when not given). */
  activeMs: number;
  install: ArtilleryInstall;
  /** Load generators: AWS workers, or Artillery's local worker threads (one per core but one). */
  workers: number;
}

/**
 * The load generators a run uses: the configured AWS workers, or locally Artillery's own rule.
 * @param engine - the engine settings
 * @returns the worker count
 */
export function artilleryWorkers(engine: ArtilleryEngine): number {
  return engine.platform === 'local' ? Math.max(1, cpus().length - 1) : engine.workers;
}

function outlines(target: HttpTargetConfig): FlowOutline[] {
  return (target.flows ?? []).map((f) => ({
    name: f.name,
    weight: f.weight,
    thinkMs: f.steps.reduce((t, s) => t + s.thinkMs, 0),
    steps: f.steps.map((s) => ({ name: `${f.name}.${s.name}`, method: s.method, url: s.url })),
  }));
}

/** A dotenv line: values quoted, so `#`, spaces and `=` survive. */
const dotenvLine = (name: string, value: string): string => `${name}=${JSON.stringify(value)}`;

/**
 * Runs the target's load once through Artillery and reads its report.
 * @param target - the target (its request or flows)
 * @param engine - platform, workers, region
 * @param shape - concrete url, rate, duration, connections
 * @param options - where to look for Artillery, an abort signal, a callback at the phase's start and end
 * @returns the figures, the run's timings and what Artillery could not give
 * @throws InputError `missing-engine` when Artillery is not installed; TargetError when the run fails
 */
export async function runArtilleryLoad(
  target: HttpTargetConfig,
  engine: ArtilleryEngine,
  shape: ArtilleryRunShape,
  options: { resolveFrom: string[]; signal?: AbortSignal | undefined; onPhase?: (event: 'start' | 'end') => void },
): Promise<ArtilleryLoad> {
  const install = resolveArtillery(options.resolveFrom);
  const { script, secrets } = artilleryScript(target, shape);
  const dir = mkdtempSync(join(tmpdir(), scratchPrefix('artillery')));
  const untrack = trackTempDir(dir);
  try {
    const files = { script: join(dir, 'script.json'), report: join(dir, 'report.json'), dotenv: engine.platform === 'local' ? undefined : join(dir, 'secrets.env') };
    writeFileSync(files.script, `${JSON.stringify(script, null, 2)}\n`, { mode: 0o600 });
    // Locally the secrets reach Artillery through its environment; AWS workers get them from the dotenv file Artillery uploads.
    if (files.dotenv !== undefined) writeFileSync(files.dotenv, Object.entries(secrets).map(([k, v]) => dotenvLine(k, v)).join('\n'), { mode: 0o600 });
    const seconds = Math.max(1, Math.round(shape.durationMs / 1000));
    const run = await runArtillery([process.execPath, install.bin, ...artilleryArgs(engine, files)], {
      cwd: dir,
      env: engine.platform === 'local' ? secrets : {},
      timeoutMs: seconds * 1000 + 180_000,
      signal: options.signal,
      ...(options.onPhase === undefined ? {} : { onPhase: options.onPhase }),
    });
    let report: unknown;
    try {
      report = JSON.parse(readFileSync(files.report, 'utf8'));
    } catch (error) {
      throw new InputError('invalid-file', `artillery wrote no readable report (${error instanceof Error ? error.message : String(error)}); last output: ${run.tail}`, { cause: error });
    }
    const aggregate = reportAggregate(report);
    const flows = target.flows === undefined ? undefined : flowFigures(aggregate, outlines(target));
    const intended = Number.isInteger(shape.rate) ? shape.rate * seconds : Math.max(1, Math.round(shape.rate * seconds));
    return {
      figures: flows?.top ?? requestFigures(aggregate),
      flow: flows?.flow,
      notes: flows?.notes ?? [],
      arrivals: { intended, started: aggregate.counters.get('vusers.created') ?? 0 },
      // As the builtin generator counts: the answers to the window's arrivals over the window.
      windowMs: seconds * 1000,
      run,
      startupMs: aggregate.window === null ? null : aggregate.window.from - run.spawnedAt,
      cpuPercent: aggregate.window === null ? null : cpuPercentOver(run, aggregate.window.from, aggregate.window.to),
      activeMs: aggregate.window === null ? 0 : aggregate.window.to - aggregate.window.from,
      install,
      workers: artilleryWorkers(engine),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    untrack();
  }
}
