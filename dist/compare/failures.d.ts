import type { TargetErrorCode } from '../errors.js';
import type { Arm } from './analyze.js';
import type { BehaviourCheck } from './status.js';
/**
 * Trials that failed, by arm. A base (or A/A copy) that fails cannot be measured at all: that is
 * the target that cannot run (exit 4), raised at once. A candidate that fails where the base does
 * not is a behaviour change: counted, and reported as a failed check naming the error and how often.
 */
export declare class TrialFailures {
    private readonly what;
    private readonly code;
    private readonly counts;
    private readonly messages;
    private candidateTrials;
    private dead;
    /**
     * @param what - what failed, for messages (e.g. `the task`, `'node build.js'`)
     * @param code - the TargetError code of a failing base
     */
    constructor(what: string, code: TargetErrorCode);
    /**
     * Counts one trial of an arm, failed or not.
     * @param arm - the arm
     * @param failure - what went wrong, or null for a trial that ran
     * @throws TargetError naming the base side when the base or its A/A copy failed
     */
    record(arm: Arm, failure: string | null): void;
    /**
     * Marks the candidate as failing before any trial (it does not load, or its behaviour check threw).
     * @param message - what went wrong
     */
    failAtOnce(message: string): void;
    /** @returns true once measuring on cannot change the outcome: the candidate failed 3 times and in most of its trials. */
    settled(): boolean;
    /** @returns a failed behaviour check when the candidate failed at all, else nothing */
    checks(): BehaviourCheck[];
}
