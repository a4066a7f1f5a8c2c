import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Run } from '../contracts/run.js';
import type { GateRecord } from '../contracts/gate.js';
import { namedSchemaProblem } from '../contracts/validate.js';
import { pathInRun } from '../state/run-store.js';
import { readGate } from '../state/run-files.js';
import { planIdOf } from '../workflow/engine.js';
import type { RunBundle } from '../report/run-bundle.js';
import type { BaselineMetrics } from '../contracts/baseline-metrics.js';
import type { BenchmarkResults } from '../contracts/benchmark-results.js';
import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { DevManifest } from '../contracts/dev-manifest.js';
import type { OptimizationPlan } from '../contracts/optimization-plan.js';
import type { PerformanceComparison } from '../contracts/performance-comparison.js';
import type { Plan } from '../contracts/plan.js';
import type { Rating } from '../contracts/rating.js';

/** The artifact type of each schema name the report reads. */
interface ArtifactTypes {
  'baseline-metrics': BaselineMetrics;
  'bottleneck-report': BottleneckReport;
  plan: Plan;
  rating: Rating;
  'optimization-plan': OptimizationPlan;
  'dev-manifest': DevManifest;
  'benchmark-results': BenchmarkResults;
  'performance-comparison': PerformanceComparison;
}

/**
 * Reads one optional artifact: null when missing; null plus a note when present but unreadable or
 * not valid against its schema (the report then says so instead of showing wrong numbers).
 */
function optional<K extends keyof ArtifactTypes>(dir: string, relative: string, schema: K, notes: string[]): ArtifactTypes[K] | null {
  const path = join(dir, relative);
  if (!existsSync(path)) return null;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    notes.push(`${relative} is not valid JSON (${error instanceof Error ? error.message : String(error)}); left out of the report`);
    return null;
  }
  const problem = namedSchemaProblem(schema, value);
  if (problem !== null) {
    notes.push(`${relative} does not match schemas/${schema}.schema.json (${problem}); left out of the report`);
    return null;
  }
  return value as ArtifactTypes[K]; // validated against schemas/<schema>.schema.json just above
}

function text(dir: string, relative: string): string | null {
  const path = join(dir, relative);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

function collapsedStacks(dir: string, declared: string | undefined, notes: string[]): string | null {
  const candidates = [declared, 'profile.collapsed', 'profile.folded', 'collapsed-stacks.txt'].filter((p): p is string => p !== undefined && p !== '');
  for (const candidate of candidates) {
    try {
      const found = text(dir, pathInRun(dir, candidate).slice(dir.length + 1));
      if (found !== null) return found;
    } catch {
      notes.push(`the collapsed stacks path '${candidate}' leaves the run directory; not read`);
    }
  }
  return null;
}

/**
 * Gathers a run's artifacts for the report. Every artifact is optional: what is missing is shown
 * as missing; what is invalid is left out with a note.
 * @param dir - the run directory
 * @param run - the run
 * @param publishedAt - when the run was first published
 * @param condition - the publish condition's evaluation
 * @returns the bundle (not yet redacted)
 */
export function collectRun(dir: string, run: Run, publishedAt: string, condition: RunBundle['condition']): RunBundle {
  const notes: string[] = [];
  const planId = planIdOf(dir, run);
  const bottlenecks = optional(dir, 'bottleneck-report.json', 'bottleneck-report', notes);
  const gates: GateRecord[] = [];
  for (const step of run.step_order) {
    try {
      const gate = readGate(dir, step);
      if (gate !== null) gates.push(gate);
    } catch (error) {
      notes.push(`gates/${step}.json is unreadable (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return {
    run,
    publishedAt,
    condition,
    baseline: optional(dir, 'baseline-metrics.json', 'baseline-metrics', notes),
    bottlenecks,
    collapsed: collapsedStacks(dir, bottlenecks?.files.collapsed, notes),
    plan: optional(dir, `plan-${run.workflow_id}.json`, 'plan', notes),
    planMarkdown: text(dir, `plan-${run.workflow_id}.md`),
    rating: optional(dir, join('plans', `${planId}-rating.json`), 'rating', notes),
    optimization: optional(dir, 'optimization-plan.json', 'optimization-plan', notes),
    manifest: optional(dir, 'dev-manifest.json', 'dev-manifest', notes),
    results: optional(dir, 'benchmark-results.json', 'benchmark-results', notes),
    comparison: optional(dir, 'performance-comparison.json', 'performance-comparison', notes),
    gates,
    notes,
  };
}
