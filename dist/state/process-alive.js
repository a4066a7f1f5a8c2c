/**
 * Tells whether a process exists on this machine. perfflow records the pid of whoever holds a lock,
 * owns a worktree or writes a temp file; a holder that no longer exists (a CLI killed with SIGKILL)
 * left its state behind, and that state may be taken over or removed. Only "no such process"
 * counts as gone: a process of another user (EPERM) is alive.
 * @param pid - a process id
 * @returns false only when the process certainly does not exist
 */
export function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code !== 'ESRCH';
    }
}
