import type { Run, StepStatus } from '../../contracts/run.js';
import type { RecoveryState } from '../../contracts/recovery-state.js';
import type { Command } from '../command.js';
interface StatusData {
    run_id: string;
    target: string;
    status: Run['status'];
    run_dir: string;
    base_commit: string;
    current_step: string | null;
    steps: {
        id: string;
        status: StepStatus;
        agent: string;
        using_fallback: boolean;
        failed_attempts: number;
        overridden: null | {
            by: string;
            at: string;
            reason: string;
        };
    }[];
    overrides: string[];
    /** Whether steps wait for a person's approval, why, and who approved what. */
    approvals: NonNullable<Run['approvals']> | null;
    recovery: RecoveryState | null;
}
/**
 * Formats `perfflow status` for people.
 * @param data - the run's status
 * @returns text
 */
export declare function formatStatus(data: StatusData): string;
export declare const command: Command;
export {};
