// Types of the functions scripts/demo.mjs exports, for the tests that import them.

/** The demo's options. */
export interface DemoOptions {
  wrongPatch: boolean;
  quick: boolean;
  budgetS: number;
  dir: string | undefined;
  summary: string | undefined;
  /** The bundled example (examples/<name>) the demo runs; default users-api. */
  example: string;
}

/** An optimization as the recording and optimization-plan.json hold it. */
export interface RecordedOptimization {
  id: string;
  addresses: string[];
  files: string[];
  [key: string]: unknown;
}

/** The part of a bottleneck report the demo reads. */
export interface ReportLike {
  bottlenecks: { id: string; function: string; file: string; [key: string]: unknown }[];
}

/**
 * Reads the demo's options from argv and the environment.
 * @throws an error with `exitCode` 2 on a bad option
 */
export function demoOptions(argv: string[], env: Record<string, string | undefined>): DemoOptions;
/** The values the recorded plan's placeholders stand for, from baseline-metrics.json. */
export function baselineValues(baseline: unknown): Record<string, number>;
/** Fills `{{name}}` and `{{name * factor}}` placeholders of recorded text. */
export function fillPlaceholders(text: string, values: Record<string, number>, json: boolean): string;
/** Points recorded optimizations at the bottleneck ids of a real report. */
export function mapOptimizations(
  plan: { optimizations: RecordedOptimization[]; order?: string[]; [key: string]: unknown },
  report: ReportLike,
): { plan: { optimizations: RecordedOptimization[]; order?: string[]; [key: string]: unknown }; mapping: { id: string; from: string[]; to: string[] }[]; dropped: string[] };
/** Keeps the manifest entries of the optimizations still in the plan. */
export function manifestFor(manifest: { changes: { optimization_id: string }[] }, kept: Set<string>, runId: string): unknown;
/** The bottleneck table. */
export function printBottlenecks(report: unknown, limit?: number): string;
/** The before/after table. */
export function printBeforeAfter(comparison: unknown): string;
