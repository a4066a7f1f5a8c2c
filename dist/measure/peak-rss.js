// Peak resident memory of a server's process group, from /proc (Linux).
import { readFileSync, writeFileSync } from 'node:fs';
import { groupMembers } from './process-groups.js';
/**
 * Peak resident memory of a server's process group (Linux), KiB: the sum of each member's peak.
 * @param pgid - the server's process group
 * @returns KiB, or undefined where /proc is not available
 */
export function peakRssKiB(pgid) {
    let total = 0;
    let seen = false;
    for (const pid of groupMembers(pgid)) {
        try {
            const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
            if (match?.[1] !== undefined) {
                total += Number(match[1]);
                seen = true;
            }
        }
        catch {
            // The member is gone, or this is not Linux: it adds nothing.
        }
    }
    return seen ? total : undefined;
}
/**
 * Resets the peak RSS of a group's members to their current RSS (Linux: `5` in /proc/<pid>/clear_refs).
 * @param pgid - the server's process group
 */
export function resetPeakRss(pgid) {
    for (const pid of groupMembers(pgid)) {
        try {
            writeFileSync(`/proc/${pid}/clear_refs`, '5');
        }
        catch {
            // Older kernel or not Linux: the peak then includes the warm-up, alike on every arm.
        }
    }
}
