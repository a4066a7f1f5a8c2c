import type { HttpTargetConfig, TargetConfig } from '../config/load.js';
import { hostOf } from '../config/remote-host.js';
import type { BaselineMetrics, Environment } from '../contracts/baseline-metrics.js';
import { captureEnvironment } from './environment.js';
import { measureCommand } from './measure-command.js';
import { MIN_BATCHES, measureFunction } from './measure-function.js';
import { measureHttp } from './measure-http.js';
import { measurePage } from './measure-page.js';

/** Minimum measured samples per kind: below, the measurement is invalid. */
export const MIN_SAMPLES = { request: 100, flow: 100, batch: MIN_BATCHES, run: 3, 'page-load': 3 } as const;

/** Settings that override the config for one measurement. */
export interface MeasureOverrides {
  durationMs?: number | undefined;
  warmupMs?: number | undefined;
  connections?: number | undefined;
  rate?: number | undefined;
  runs?: number | undefined;
  warmupRuns?: number | undefined;
  batches?: number | undefined;
  batchMs?: number | undefined;
  /** Page loads of a page target. */
  trials?: number | undefined;
}

/** Which service an http baseline measured: started here or already running, on this machine or not (its host, no secrets). */
function serviceOf(target: HttpTargetConfig): NonNullable<Environment['service']> {
  const rails = target.guardRails;
  return { started_by_perfflow: target.start !== undefined, remote: rails?.remote ?? false, host: hostOf(target.url), max_rate: rails?.maxRate ?? null, abort_error_rate: rails?.abortErrorRate ?? null };
}

/** Options of {@link measureTarget}. */
export interface MeasureOptions {
  projectRoot: string;
  overrides?: MeasureOverrides;
  progress?: (message: string) => void;
  now?: () => Date;
  /** Replaces the environment capture (tests). */
  environment?: () => Promise<Environment>;
}

/**
 * Measures a target of any kind and returns its `baseline-metrics.json` content: metrics, resources,
 * environment, sample counts, and whether the measurement is valid (enough samples, load generator
 * not saturated) and the target healthy (no errors, 5xx or failed runs).
 * @param target - the target from the config
 * @param options - project root, overrides, progress
 * @returns the baseline
 * @throws TargetError when the target cannot be run; InputError for a missing bench module
 */
export async function measureTarget(target: TargetConfig, options: MeasureOptions): Promise<BaselineMetrics> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const startedMs = Date.now();
  const o = options.overrides ?? {};
  const captured = await (options.environment ?? (() => captureEnvironment(options.projectRoot, now)))();
  const environment = target.kind === 'http' ? { ...captured, service: serviceOf(target) } : captured;
  const base = { version: 1 as const, target: target.name, kind: target.kind, started_at: started.toISOString(), environment };
  const finish = (fields: {
    samples: BaselineMetrics['samples'];
    invalid: string[];
    health: string[];
    resources: BaselineMetrics['resources'];
    extra: Pick<BaselineMetrics, 'http' | 'function' | 'command' | 'page'>;
  }): BaselineMetrics => {
    const invalid = [...fields.invalid];
    if (fields.samples.measured < fields.samples.minimum && !invalid.some((r) => r.startsWith('only '))) {
      invalid.push(`only ${String(fields.samples.measured)} ${fields.samples.unit === 'batch' ? 'batches' : `${fields.samples.unit}s`} were measured (minimum ${String(fields.samples.minimum)}); measure longer`);
    }
    return {
      ...base,
      elapsed_ms: Date.now() - startedMs,
      valid: invalid.length === 0,
      invalid_reasons: invalid,
      healthy: fields.health.length === 0,
      health_reasons: fields.health,
      samples: fields.samples,
      ...fields.extra,
      resources: fields.resources,
    };
  };
  switch (target.kind) {
    case 'http': {
      const m = await measureHttp(target, { overrides: o, ...(options.progress === undefined ? {} : { progress: options.progress }) });
      if (m.loadEngine !== undefined) base.environment = { ...environment, load_engine: m.loadEngine };
      return finish({
        samples: { unit: target.flows === undefined ? 'request' : 'flow', measured: m.load.responses, warmup: m.warmupResponses, minimum: MIN_SAMPLES.request },
        invalid: m.invalidReasons,
        health: m.healthReasons,
        resources: m.resources,
        extra: { http: m.http },
      });
    }
    case 'function': {
      const m = await measureFunction(target, { batches: o.batches, batchMs: o.batchMs, warmupMs: o.warmupMs, ...(options.progress === undefined ? {} : { progress: options.progress }) });
      return finish({
        samples: { unit: 'batch', measured: m.batches, warmup: m.function.tasks.length, minimum: MIN_SAMPLES.batch * m.function.tasks.length },
        invalid: m.invalidReasons,
        health: m.healthReasons,
        resources: m.resources,
        extra: { function: m.function },
      });
    }
    case 'command': {
      const m = await measureCommand(target, { runs: o.runs, warmup: o.warmupRuns, ...(options.progress === undefined ? {} : { progress: options.progress }) });
      return finish({
        samples: { unit: 'run', measured: m.command.runs, warmup: m.command.warmup, minimum: MIN_SAMPLES.run },
        invalid: m.invalidReasons,
        health: m.healthReasons,
        resources: m.resources,
        extra: { command: m.command },
      });
    }
    case 'page': {
      const m = await measurePage(target, { trials: o.trials ?? o.runs, ...(options.progress === undefined ? {} : { progress: options.progress }) });
      base.environment = { ...environment, browser: m.page.browser };
      return finish({
        samples: { unit: 'page-load', measured: m.page.trials, warmup: m.page.warmup, minimum: MIN_SAMPLES['page-load'] },
        invalid: m.invalidReasons,
        health: m.healthReasons,
        resources: null,
        extra: { page: m.page },
      });
    }
    default: {
      const never: never = target;
      return never;
    }
  }
}
