/**
 * Peak resident memory of a server's process group (Linux), KiB: the sum of each member's peak.
 * @param pgid - the server's process group
 * @returns KiB, or undefined where /proc is not available
 */
export declare function peakRssKiB(pgid: number): number | undefined;
/**
 * Resets the peak RSS of a group's members to their current RSS (Linux: `5` in /proc/<pid>/clear_refs).
 * @param pgid - the server's process group
 */
export declare function resetPeakRss(pgid: number): void;
