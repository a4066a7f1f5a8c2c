import type { ArmTrees } from '../git/worktree.js';
import type { PinnedHarness } from './harness.js';
import type { BehaviourCheck } from './status.js';
/** Which tests the check command ran on the candidate. */
export type TestsOnCandidate = 'same' | 'pinned-and-own' | 'none';
/**
 * Runs the pinned check command: on the base, on the candidate with its own tests, and (when the
 * change touched test files) on the candidate's code with the pinned tests, so that deleting or
 * weakening a failing test never turns a fail into a pass.
 * @param harness - the pinned harness (its check command and test files)
 * @param trees - the arms' checkouts
 * @param timeoutMs - per-run timeout of the check command, ms
 * @returns the checks, and which tests ran on the candidate
 */
export declare function runChecks(harness: PinnedHarness, trees: ArmTrees, timeoutMs: number | undefined): Promise<{
    checks: BehaviourCheck[];
    tests: TestsOnCandidate;
}>;
