/** A thread's scheduler times so far, ns. */
export interface ThreadTimes {
    onCpuNs: number;
    runQueueNs: number;
}
/** How long profiled threads ran and waited for a CPU while profiled, summed over processes. */
export interface CpuWait {
    on_cpu_ms: number;
    run_queue_ms: number;
    /** Profiled processes (their main threads, where JavaScript runs, were measured; a command profiled in several runs counts each run's). */
    processes: number;
}
/**
 * The calling thread's scheduler times (Linux `/proc/thread-self/schedstat`).
 * @param path - the file (tests point it elsewhere)
 * @returns the times, or null where the kernel does not keep them
 */
export declare function threadTimes(path?: string): ThreadTimes | null;
/**
 * The times between two readings of one thread, ms.
 * @param start - the reading when profiling started
 * @param end - the reading when it stopped
 * @returns the difference, or null when either reading is missing
 */
export declare function timesBetween(start: ThreadTimes | null, end: ThreadTimes | null): {
    on_cpu_ms: number;
    run_queue_ms: number;
} | null;
/**
 * Sums the `<pid>.sched.json` files the profiling preload wrote, one per profiled process.
 * @param dir - the profile's directory
 * @returns the sum, or null when no process wrote one
 */
export declare function readCpuWaits(dir: string): CpuWait | null;
