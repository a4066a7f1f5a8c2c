import type { Bottleneck, BottleneckReport, Finding } from '../contracts/bottleneck-report.js';
import type { WaitAnalysis } from './analyze-waits.js';
type Waits = NonNullable<BottleneckReport['waits']>;
/** When a site's pattern is named. */
export declare const WAIT_THRESHOLDS: {
    /** N+1: at least this many calls per request from one site, one after another. */
    readonly nPlusOneCalls: 3;
    /** A single operation this large a share of latency is a slow operation. */
    readonly slowShare: 0.2;
    /** Sequential awaits are named when running them together could save this share of latency. */
    readonly sequentialSaving: 0.1;
    /** Below this share of latency a site is not ranked. */
    readonly minShare: 0.01;
    /** Requests waiting this share of their latency for a pool's client (or a lock): the pool is exhausted (the lock contended). */
    readonly poolShare: 0.05;
};
/** What the recorder instruments, as the report states it. */
export declare const INSTRUMENTED: string[];
/**
 * Ranks CPU and wait entries together by their share of request latency: a wait entry's share is
 * measured per request; a CPU entry's is its self share of active samples times the share of latency
 * not spent waiting on a recorded operation, times the share of the thread's ready time it spent on
 * a CPU. That last factor matters on a busy machine: the time a request is ready but its thread
 * waits in a run queue is latency, but no code of the program spends it (the samples it causes land
 * where the thread was preempted), so it is taken out of the CPU entries and reported by the
 * cpu-contention finding instead.
 * @param cpu - the CPU entries, ranked by self share
 * @param waits - the wait analysis
 * @param onCpu - the profiled threads' time on a CPU over their time ready to run (1 when not measured)
 * @returns the entries in one ranking
 */
export declare function rankWithWaits(cpu: Bottleneck[], waits: WaitAnalysis, onCpu?: number): Bottleneck[];
/**
 * The findings the recorded waits support: N+1, sequential awaits, a slow single operation, an
 * exhausted connection pool and a contended lock.
 * @param waits - the wait analysis
 * @returns five findings (significant or not)
 */
export declare function waitFindings(waits: WaitAnalysis): Finding[];
/**
 * The report's `waits` section.
 * @param waits - the wait analysis
 * @returns the section
 */
export declare function waitsSection(waits: WaitAnalysis): Waits;
export {};
