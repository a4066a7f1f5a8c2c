import type { BaselineMetrics } from '../schemas/baseline-metrics.js';
import type { BenchmarkResults } from '../schemas/benchmark-results.js';
import type { BottleneckReport } from '../schemas/bottleneck-report.js';
import type { DevManifest } from '../schemas/dev-manifest.js';
import type { GateRecord } from '../schemas/gate.js';
import type { OptimizationPlan } from '../schemas/optimization-plan.js';
import type { PerformanceComparison } from '../schemas/performance-comparison.js';
import type { Plan } from '../schemas/plan.js';
import type { Rating } from '../schemas/rating.js';
import type { Run } from '../schemas/run.js';
/** Everything a report shows about one run; each artifact is null when missing or invalid. */
export interface RunBundle {
    run: Run;
    /** When the run was (first) published. */
    publishedAt: string;
    /** Why publishing was allowed: the condition's detail. */
    condition: {
        holds: boolean;
        overridden: boolean;
        detail: string;
    };
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
}
