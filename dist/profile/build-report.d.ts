import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { ProfileAnalysis } from './analyze-profiles.js';
import type { WaitAnalysis } from './analyze-waits.js';
import type { CpuWait } from './cpu-wait.js';
/** Event-loop delay as `perf_hooks.monitorEventLoopDelay` saw it while the profile was taken (ms). */
export interface EventLoopDelay {
    p50_ms: number;
    p99_ms: number;
    max_ms: number;
    mean_ms: number;
    /** Event-loop turns the histogram saw; a synchronous program has very few. */
    turns: number;
}
/** The profiler's measured cost: throughput of the same target with and without profiling. */
export type ProfilerOverhead = BottleneckReport['profiler_overhead'];
/** What {@link buildBottleneckReport} needs besides the analysis. */
export interface ReportInput {
    target: string;
    kind: BottleneckReport['kind'];
    analysis: ProfileAnalysis;
    /** Requested sampling interval, µs. */
    intervalUs: number;
    /** Below this many active samples nothing is ranked (checked by the caller; recorded here). */
    minActive: number;
    /** null when the target kind cannot show it. */
    eventLoop: EventLoopDelay | null;
    /** How long the profiled threads ran and waited for a CPU; null or absent when not measured. */
    cpuWait?: CpuWait | null;
    overhead: ProfilerOverhead;
    files: BottleneckReport['files'];
    load: BottleneckReport['load'];
    notes: string[];
    now: Date;
    /** At most this many entries (default 10). */
    limit?: number;
    /** Entries below this self share are left out (default 0.01). */
    minShare?: number;
    /** When no function reaches this self share, report "no bottleneck found" (default 0.05). */
    bottleneckShare?: number;
    /** Where requests waited (http and command targets); null when not recorded. */
    waits?: WaitAnalysis | null;
    /** False when there were too few active samples to rank CPU entries (waits are still ranked). */
    cpuRanked?: boolean;
}
/** Thresholds above which a finding is significant. */
export declare const FINDING_THRESHOLDS: {
    readonly gcShare: 0.1;
    readonly syncIoShare: 0.03;
    readonly eventLoopP99Ms: 50;
    readonly eventLoopMinTurns: 5;
    readonly cpuContentionShare: 0.1;
    readonly cpuContentionMinMs: 50;
};
/**
 * Assembles `bottleneck-report.json` from an analysis: the ranked entries with intervals, callers,
 * call sites and hottest stacks, the split by category, the findings (event-loop delay, GC, sync
 * I/O), and "no bottleneck found" with its evidence when no function stands out.
 * @param input - the analysis and what was measured around it
 * @returns the report (valid against the `bottleneck-report` schema)
 */
export declare function buildBottleneckReport(input: ReportInput): BottleneckReport;
