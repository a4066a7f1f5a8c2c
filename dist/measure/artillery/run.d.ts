/** What one Artillery process did, besides the report it wrote. */
export interface ArtilleryRunInfo {
    /** When the child was spawned, epoch ms. */
    spawnedAt: number;
    /** CPU of the Artillery process group, sampled: epoch ms and clock ticks so far. */
    cpu: {
        at: number;
        ticks: number;
    }[];
    /** The last lines Artillery printed (for messages). */
    tail: string;
}
/**
 * The CPU the Artillery process group used over a window, from the run's samples.
 * @param run - the run
 * @param fromMs - window start, epoch ms
 * @param toMs - window end, epoch ms
 * @returns percent of one core, or null when fewer than two samples fall around the window
 */
export declare function cpuPercentOver(run: ArtilleryRunInfo, fromMs: number, toMs: number): number | null;
/**
 * Runs Artillery once and waits for it.
 * @param argv - the program (node) and its arguments (launcher, command, flags, script)
 * @param options - working directory, extra environment (secrets), a deadline, an abort signal, and a
 *   callback at the measured phase's start and end
 * @returns when it started, its CPU samples and the output's tail
 * @throws TargetError `command-failed` when Artillery exits non-zero, overstays or is aborted
 */
export declare function runArtillery(argv: string[], options: {
    cwd: string;
    env: Record<string, string>;
    timeoutMs: number;
    signal?: AbortSignal | undefined;
    onPhase?: (event: 'start' | 'end') => void;
}): Promise<ArtilleryRunInfo>;
