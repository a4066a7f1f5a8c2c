/**
 * Sends a signal to a whole process group.
 * @param pgid - the group id (the leader's pid)
 * @param signal - the signal
 * @returns false when no process of the group was left
 */
export declare function signalGroup(pgid: number, signal: NodeJS.Signals): boolean;
/**
 * Registers a synchronous clean-up to run if perfflow exits or is interrupted, for processes whose
 * group is not known yet (a browser being launched).
 * @param kill - kills what it stands for; must not throw
 * @returns a function that unregisters it
 */
export declare function onKillAll(kill: () => void): () => void;
/**
 * Registers a scratch directory to remove if perfflow exits or is interrupted before it does.
 * @param dir - the directory
 * @returns a function that unregisters it
 */
export declare function trackTempDir(dir: string): () => void;
/**
 * Starts watching a process group: it is killed if perfflow exits or is interrupted first.
 * @param pgid - the group id
 */
export declare function trackGroup(pgid: number): void;
/**
 * Stops watching a process group (after it was stopped).
 * @param pgid - the group id
 */
export declare function untrackGroup(pgid: number): void;
/**
 * Lists the pids of the processes in a group, from /proc (Linux); empty elsewhere.
 * @param pgid - the group id
 * @param procDir - the proc mount (injected for tests)
 * @returns pids
 */
export declare function groupMembers(pgid: number, procDir?: string): number[];
/** The fields of /proc/<pid>/stat that perfflow uses. */
export interface ProcStat {
    pid: number;
    ppid: number;
    pgrp: number;
    /** user + system CPU time in clock ticks */
    ticks: number;
    /** resident set size in pages */
    rssPages: number;
}
/**
 * Parses /proc/<pid>/stat. The command name (field 2) may hold spaces and parentheses, so fields are
 * counted from the last ')'.
 * @param pid - the process
 * @param procDir - the proc mount
 * @returns the fields, or undefined when the process is gone
 */
export declare function readProcStat(pid: number, procDir?: string): ProcStat | undefined;
/**
 * The name prefix of a scratch directory in the temp dir, with this process's pid in it, so that
 * one left by a perfflow that was SIGKILLed (no exit handler runs) can be recognised and removed.
 * @param kind - what it holds, e.g. `node` (the Node probe) or `profile`
 * @returns `perfflow-<kind>-<pid>-` (for mkdtemp)
 */
export declare function scratchPrefix(kind: string): string;
/**
 * Removes scratch directories (named by {@link scratchPrefix}) whose perfflow process is gone.
 * @param dir - the temp dir (default: the OS temp dir)
 * @returns the removed directories
 */
export declare function removeOrphanedScratchDirs(dir?: string): string[];
