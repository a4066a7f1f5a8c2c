import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive } from '../state/process-alive.js';
/**
 * Keeps track of the process groups perfflow started, so that none outlives perfflow: on normal exit
 * and on SIGINT/SIGTERM/SIGHUP every tracked group gets SIGKILL. Targets run in their own group
 * (spawned detached) because a server started as `npm start` or through a wrapper has children of
 * its own, and only a signal to the whole group reaches them.
 */
const groups = new Set();
const tempDirs = new Set();
const killers = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * Sends a signal to a whole process group.
 * @param pgid - the group id (the leader's pid)
 * @param signal - the signal
 * @returns false when no process of the group was left
 */
export function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false; // ESRCH: the group is gone already
    }
}
function killAll() {
    for (const kill of killers)
        kill();
    killers.clear();
    for (const pgid of groups)
        signalGroup(pgid, 'SIGKILL');
    groups.clear();
    for (const dir of tempDirs)
        rmSync(dir, { recursive: true, force: true });
    tempDirs.clear();
}
/**
 * Registers a synchronous clean-up to run if perfflow exits or is interrupted, for processes whose
 * group is not known yet (a browser being launched).
 * @param kill - kills what it stands for; must not throw
 * @returns a function that unregisters it
 */
export function onKillAll(kill) {
    killers.add(kill);
    install();
    return () => {
        killers.delete(kill);
    };
}
/**
 * Registers a scratch directory to remove if perfflow exits or is interrupted before it does.
 * @param dir - the directory
 * @returns a function that unregisters it
 */
export function trackTempDir(dir) {
    tempDirs.add(dir);
    return () => {
        tempDirs.delete(dir);
    };
}
function onSignal(signal) {
    killAll();
    uninstall();
    // Re-raise with the default disposition, so the parent sees the usual "killed by signal".
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', killAll);
    for (const s of SIGNALS)
        process.on(s, onSignal);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    process.off('exit', killAll);
    for (const s of SIGNALS)
        process.off(s, onSignal);
}
/**
 * Starts watching a process group: it is killed if perfflow exits or is interrupted first.
 * @param pgid - the group id
 */
export function trackGroup(pgid) {
    groups.add(pgid);
    install();
}
/**
 * Stops watching a process group (after it was stopped).
 * @param pgid - the group id
 */
export function untrackGroup(pgid) {
    groups.delete(pgid);
    if (groups.size === 0)
        uninstall();
}
/**
 * Lists the pids of the processes in a group, from /proc (Linux); empty elsewhere.
 * @param pgid - the group id
 * @param procDir - the proc mount (injected for tests)
 * @returns pids
 */
export function groupMembers(pgid, procDir = '/proc') {
    const pids = [];
    let names;
    try {
        names = readdirSync(procDir);
    }
    catch {
        return pids; // no /proc: nothing to list
    }
    for (const name of names) {
        if (!/^[0-9]+$/.test(name))
            continue;
        const stat = readProcStat(Number(name), procDir);
        if (stat !== undefined && stat.pgrp === pgid)
            pids.push(Number(name));
    }
    return pids;
}
/**
 * Parses /proc/<pid>/stat. The command name (field 2) may hold spaces and parentheses, so fields are
 * counted from the last ')'.
 * @param pid - the process
 * @param procDir - the proc mount
 * @returns the fields, or undefined when the process is gone
 */
export function readProcStat(pid, procDir = '/proc') {
    let text;
    try {
        text = readFileSync(`${procDir}/${String(pid)}/stat`, 'utf8');
    }
    catch {
        return undefined; // the process exited between listing and reading
    }
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid 4, pgrp 5, utime 14, stime 15, rss 24.
    const num = (field) => Number(fields[field - 3] ?? Number.NaN);
    return { pid, ppid: num(4), pgrp: num(5), ticks: num(14) + num(15), rssPages: num(24) };
}
/**
 * The name prefix of a scratch directory in the temp dir, with this process's pid in it, so that
 * one left by a perfflow that was SIGKILLed (no exit handler runs) can be recognised and removed.
 * @param kind - what it holds, e.g. `node` (the Node probe) or `profile`
 * @returns `perfflow-<kind>-<pid>-` (for mkdtemp)
 */
export function scratchPrefix(kind) {
    return `perfflow-${kind}-${String(process.pid)}-`;
}
/**
 * Removes scratch directories (named by {@link scratchPrefix}) whose perfflow process is gone.
 * @param dir - the temp dir (default: the OS temp dir)
 * @returns the removed directories
 */
export function removeOrphanedScratchDirs(dir = tmpdir()) {
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return []; // no readable temp dir: nothing of ours in it
    }
    const removed = [];
    for (const name of names) {
        const pid = Number(/^perfflow-[a-z]+-(\d+)-[A-Za-z0-9]{6}$/.exec(name)?.[1] ?? Number.NaN);
        if (!Number.isInteger(pid) || pid <= 0)
            continue;
        if (isProcessAlive(pid))
            continue;
        rmSync(join(dir, name), { recursive: true, force: true });
        removed.push(join(dir, name));
    }
    return removed;
}
