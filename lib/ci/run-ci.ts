// `perfflow ci`: every selected target compared between the base and HEAD with the paired engine,
// one after the other on this machine, then decided together by the gate.
//
// By default each comparison runs the engine's pre-registered sequential design, and a look stops a
// target early only when its objective crosses the boundary of the design at alpha / M, M being the
// metrics the adjustment across targets is expected to count ({@link stopLevel}): a p below
// alpha / M is significant after Holm whatever the other targets show, so a target never stops on a
// result the adjustment would then call inconclusive (a stop at the 0.05 boundary would: its design
// p is near 0.03 there, and Holm over six metrics needs less than 0.0083). The validity of the p
// the gate adjusts does not depend on this rule (`sequential-p.ts`); the rule only decides how
// often stopping early pays.
import { join, relative } from 'node:path';
import type { PerfflowConfig } from '../config/load.js';
import type { TargetConfig } from '../config/target-config.js';
import { targetCiSettings } from '../config/ci-settings.js';
import type { Environment } from '../contracts/baseline-metrics.js';
import type { CiResult } from '../contracts/ci-result.js';
import { ciBudgetMs } from '../compare/budget.js';
import { compareTarget } from '../compare/compare-target.js';
import { commandMetrics } from '../compare/command-pair.js';
import { HTTP_METRIC_NAMES } from '../compare/http-pair.js';
import { pageMetrics } from '../compare/page-pair.js';
import type { CompareOptions, ComparisonOutcome } from '../compare/compare-target.js';
import { InputError, isKnownError } from '../errors.js';
import { writeJsonAtomic } from '../state/atomic-file.js';
import { fingerprintOf } from './fingerprint.js';
import { decideGate } from './gate.js';
import type { Acceptance, TargetResult, TargetRun } from './gate.js';

/** The comparison engine's options that `perfflow ci` passes through unchanged (budget, blocks, seed, and any later design option). */
export type EngineOptions = Partial<Omit<CompareOptions, 'projectRoot' | 'targetName' | 'config' | 'base' | 'candidate' | 'environment' | 'progress'>>;

/** Options of {@link runCi}. */
export interface CiOptions {
  projectRoot: string;
  /** The head's config (the working tree's, which on a runner is HEAD's). */
  config: PerfflowConfig;
  base: { commit: string; ref: string; how: string };
  head: { commit: string; ref: string };
  /** The targets to compare, in order. */
  targets: readonly string[];
  /** `--threshold`: replaces every target's threshold. */
  threshold?: number | undefined;
  /** Accepted targets (trailers and labels). */
  accepted: ReadonlyMap<string, Acceptance>;
  /** Passed to the comparison engine as they are: budgetMs, minBlocks, seed, functionTrials, ... */
  engine: EngineOptions;
  /** The sequential design (default true); false runs every target for its whole budget (`--fixed`). */
  sequential?: boolean | undefined;
  /** Where each target's full comparison is written. */
  outDir: string;
  environment: () => Promise<Environment>;
  progress: (message: string) => void;
  clock?: () => Date;
}

/** The level of the gate: the one the adjustment across targets tests at. */
export const CI_ALPHA = 0.05;

/**
 * The metrics a target is compared on, as far as they are known before it runs: the lists the
 * http, page and command runners measure (a command's `max_rss` only where GNU time is installed),
 * and one for a function target, whose tasks are known only once its module loads (a module with
 * several tasks is undercounted).
 * @param target - the target's config
 * @returns the count
 */
export function expectedMetricCount(target: TargetConfig | undefined): number {
  switch (target?.kind) {
    case 'http':
      return HTTP_METRIC_NAMES.length;
    case 'page':
      return pageMetrics(target).length;
    case 'command':
      return commandMetrics().length;
    default:
      return 1;
  }
}

/**
 * The level whose sequential boundary a target's comparison must cross to stop early: alpha over
 * the metrics the adjustment across targets is expected to count. Those of the targets compared
 * before are known, and this target's own once its runner describes them; the targets still to
 * come are counted by {@link expectedMetricCount}. An undercount (a function module with several
 * tasks) makes the level too high: a stopped target may then end inconclusive after the
 * adjustment, never falsely failed. (Counting the later targets as this one's kind did that to a
 * function target compared before a command one: 0.05 / 2 to stop, 0.05 / 3 for Holm.)
 * @param alpha - the gate's level
 * @param measuredBefore - metrics with a p-value among the targets compared before
 * @param laterMetrics - the metrics expected of the targets compared after this one
 * @returns the level, given the number of metrics this target measures
 */
export function stopLevel(alpha: number, measuredBefore: number, laterMetrics: number): (metricCount: number) => number {
  return (metricCount) => alpha / Math.max(1, measuredBefore + metricCount + laterMetrics);
}

/**
 * The one place `perfflow ci` calls the comparison engine: every option in one object, so an
 * engine option reaches it through `options.engine` without new plumbing.
 * @param options - the gate's options
 * @param target - the target to compare
 * @param stopAlpha - with the sequential design, the level a look must cross to stop ({@link stopLevel})
 * @returns both artifacts of the comparison
 */
export function compareForCi(options: CiOptions, target: string, stopAlpha?: (metricCount: number) => number): Promise<ComparisonOutcome> {
  const sequential = options.sequential ?? true;
  const kind = options.config.targets[target]?.kind;
  // --budget (every target), else the target's own ci budget in the config, else the gate's default for its kind.
  const configured = targetCiSettings(options.config.ci, target).budget_ms;
  const compareOptions: CompareOptions = {
    ...options.engine,
    budgetMs: options.engine.budgetMs ?? configured ?? (kind === undefined ? undefined : ciBudgetMs(kind)),
    sequential,
    ...(sequential && stopAlpha !== undefined ? { sequentialStopAlpha: stopAlpha } : {}),
    projectRoot: options.projectRoot,
    targetName: target,
    config: options.config,
    base: { commit: options.base.commit, ref: options.base.ref },
    candidate: options.head,
    environment: options.environment,
    progress: (message) => {
      options.progress(`${target}: ${message}`);
    },
  };
  return compareTarget(compareOptions);
}

function fileName(target: string): string {
  return `${target.replace(/[^A-Za-z0-9._-]+/g, '_')}.comparison.json`;
}

/**
 * Compares one target and turns what happened into the gate's input: a target that cannot be run
 * (or an error inside perfflow) is an `error`, which fails the build; a target the base does not
 * define yet is skipped.
 * @param options - the gate's options
 * @param target - the target
 * @returns its result
 * @throws InputError for bad input other than a target new in the head
 */
async function compareOne(options: CiOptions, target: string, stopAlpha: (metricCount: number) => number): Promise<TargetResult> {
  const targetKind = options.config.targets[target]?.kind ?? null;
  try {
    const { comparison } = await compareForCi(options, target, stopAlpha);
    const file = join(options.outDir, fileName(target));
    writeJsonAtomic(file, comparison);
    return { kind: 'compared', comparison, comparisonFile: relative(options.projectRoot, file) };
  } catch (error) {
    if (error instanceof InputError && error.code === 'unpinned-harness') {
      return { kind: 'skipped', targetKind, reason: `new target: the base ${options.base.ref} does not define it, so there is nothing to compare it with yet` };
    }
    if (error instanceof InputError && error.code === 'no-change') return { kind: 'skipped', targetKind, reason: 'no change between the base and the head' };
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'error', targetKind, message: isKnownError(error) ? message : `internal error: ${message}` };
  }
}

/**
 * Runs the gate: compares every target between the base and the head (HEAD of the checkout, never
 * its uncommitted files), adjusts every metric of every target together, and decides.
 * @param options - targets, base, head, thresholds, acceptances, engine options
 * @returns the result (the caller writes the summary, report, BMF and history)
 * @throws InputError for bad input (e.g. a config the engine refuses)
 */
export async function runCi(options: CiOptions): Promise<CiResult> {
  const runs: TargetRun[] = [];
  let measured = 0;
  for (const [index, name] of options.targets.entries()) {
    const settings = targetCiSettings(options.config.ci, name);
    const threshold = options.threshold ?? settings.threshold;
    options.progress(`comparing ${name} (${runs.length + 1}/${options.targets.length})`);
    const later = options.targets.slice(index + 1).reduce((sum, t) => sum + expectedMetricCount(options.config.targets[t]), 0);
    const result = await compareOne(options, name, stopLevel(CI_ALPHA, measured, later));
    if (result.kind === 'compared') measured += result.comparison.metrics.filter((m) => m.p !== null).length;
    runs.push({ name, settings: { threshold, informational: settings.informational }, accepted: options.accepted.get(name) ?? null, result });
  }
  const decision = decideGate(runs, CI_ALPHA);
  const environment = fingerprintOf(await options.environment());
  return {
    version: 1,
    ...decision,
    base: options.base,
    head: options.head,
    alpha: CI_ALPHA,
    environment,
    report: null,
    created_at: (options.clock ?? (() => new Date()))().toISOString(),
  };
}
