// The check command (e.g. the test suite) run on both sides of a comparison, with the pinned tests
// run on the candidate's code as well when the change edits tests.
import type { ArmTrees } from '../git/worktree.js';
import { runProgram } from './behaviour.js';
import type { CommandRun } from './behaviour.js';
import { overlayHarness } from './harness.js';
import type { PinnedHarness } from './harness.js';
import type { BehaviourCheck } from './status.js';

/** Which tests the check command ran on the candidate. */
export type TestsOnCandidate = 'same' | 'pinned-and-own' | 'none';

function say(run: CommandRun): string {
  return run.timedOut ? 'timed out' : `exit ${run.exitCode ?? 'signal'}`;
}

/**
 * Runs the pinned check command: on the base, on the candidate with its own tests, and (when the
 * change touched test files) on the candidate's code with the pinned tests, so that deleting or
 * weakening a failing test never turns a fail into a pass.
 * @param harness - the pinned harness (its check command and test files)
 * @param trees - the arms' checkouts
 * @param timeoutMs - per-run timeout of the check command, ms
 * @returns the checks, and which tests ran on the candidate
 */
export async function runChecks(harness: PinnedHarness, trees: ArmTrees, timeoutMs: number | undefined): Promise<{ checks: BehaviourCheck[]; tests: TestsOnCandidate }> {
  const check = harness.check;
  if (check === undefined) return { checks: [], tests: 'none' };
  const name = `check command '${check.text}'`;
  const base = await runProgram(check.argv, trees.base, timeoutMs);
  const own = await runProgram(check.argv, trees.candidate, timeoutMs);
  let pinned: CommandRun | null = null;
  if (harness.testOverlay.length > 0 || harness.scripts !== null) {
    await overlayHarness(trees.candidate, harness, harness.testOverlay);
    pinned = await runProgram(check.argv, trees.candidate, timeoutMs);
  }
  const tests = pinned === null ? 'same' : 'pinned-and-own';
  if (base.exitCode !== 0) {
    return { checks: [{ name, kind: 'check-command', status: 'base-failed', detail: `base ${say(base)}: ${base.tail}; candidate ${say(own)}` }], tests };
  }
  const checks: BehaviourCheck[] = [];
  if (own.exitCode !== 0) checks.push({ name, kind: 'check-command', status: 'failed', detail: `passes on the base but the candidate ${say(own)}: ${own.tail}` });
  else checks.push({ name, kind: 'check-command', status: 'passed', detail: pinned === null ? 'passes on base and candidate' : "the candidate's own tests pass" });
  if (pinned !== null) {
    checks.push(
      pinned.exitCode === 0
        ? { name: `${name} with the pinned tests`, kind: 'check-command', status: 'passed', detail: "the harness's tests pass on the candidate's code" }
        : { name: `${name} with the pinned tests`, kind: 'check-command', status: 'failed', detail: `the harness's tests fail on the candidate's code (${say(pinned)}): ${pinned.tail}` },
    );
  }
  return { checks, tests };
}
