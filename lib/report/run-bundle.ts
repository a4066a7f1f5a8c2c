import type { BaselineMetrics } from '../contracts/baseline-metrics.js';
import type { BenchmarkResults } from '../contracts/benchmark-results.js';
import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { DevManifest } from '../contracts/dev-manifest.js';
import type { GateRecord } from '../contracts/gate.js';
import type { OptimizationPlan } from '../contracts/optimization-plan.js';
import type { PerformanceComparison } from '../contracts/performance-comparison.js';
import type { Plan } from '../contracts/plan.js';
import type { Rating } from '../contracts/rating.js';
import type { Run } from '../contracts/run.js';

/** Everything a report shows about one run; each artifact is null when missing or invalid. */
export interface RunBundle {
  run: Run;
  /** When the run was (first) published. */
  publishedAt: string;
  /** Why publishing was allowed: the condition's detail. */
  condition: { holds: boolean; overridden: boolean; detail: string };
  baseline: BaselineMetrics | null;
  bottlenecks: BottleneckReport | null;
  /** The collapsed stacks of the profile ("a;b;c count" lines). */
  collapsed: string | null;
  plan: Plan | null;
  planMarkdown: string | null;
  rating: Rating | null;
  optimization: OptimizationPlan | null;
  manifest: DevManifest | null;
  results: BenchmarkResults | null;
  comparison: PerformanceComparison | null;
  /** Gate records in step order. */
  gates: GateRecord[];
  /** Artifacts that were present but could not be read, and why. */
  notes: string[];
  /** Where the workflow puts each artifact, by schema name (relative to the run directory). */
  files: Partial<Record<string, string>>;
}
