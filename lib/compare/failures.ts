import { TargetError } from '../errors.js';
import type { TargetErrorCode } from '../errors.js';
import type { Arm } from './analyze.js';
import type { BehaviourCheck } from './status.js';

/**
 * Trials that failed, by arm. A base (or A/A copy) that fails cannot be measured at all: that is
 * the target that cannot run (exit 4), raised at once. A candidate that fails where the base does
 * not is a behaviour change: counted, and reported as a failed check naming the error and how often.
 */
export class TrialFailures {
  private readonly counts: Record<'candidate', number> = { candidate: 0 };
  private readonly messages = new Map<string, number>();
  private candidateTrials = 0;
  private dead = false;

  /**
   * @param what - what failed, for messages (e.g. `the task`, `'node build.js'`)
   * @param code - the TargetError code of a failing base
   */
  constructor(
    private readonly what: string,
    private readonly code: TargetErrorCode,
  ) {}

  /**
   * Counts one trial of an arm, failed or not.
   * @param arm - the arm
   * @param failure - what went wrong, or null for a trial that ran
   * @throws TargetError naming the base side when the base or its A/A copy failed
   */
  record(arm: Arm, failure: string | null): void {
    if (arm === 'candidate') this.candidateTrials += 1;
    if (failure === null) return;
    if (arm !== 'candidate') throw new TargetError(this.code, `base side: ${failure}`);
    this.counts.candidate += 1;
    this.messages.set(failure, (this.messages.get(failure) ?? 0) + 1);
  }

  /**
   * Marks the candidate as failing before any trial (it does not load, or its behaviour check threw).
   * @param message - what went wrong
   */
  failAtOnce(message: string): void {
    this.dead = true;
    this.candidateTrials += 1;
    this.counts.candidate += 1;
    this.messages.set(message, 1);
  }

  /** @returns true once measuring on cannot change the outcome: the candidate failed 3 times and in most of its trials. */
  settled(): boolean {
    return this.dead || (this.counts.candidate >= 3 && this.counts.candidate * 2 > this.candidateTrials);
  }

  /** @returns a failed behaviour check when the candidate failed at all, else nothing */
  checks(): BehaviourCheck[] {
    if (this.counts.candidate === 0) return [];
    const [first, count] = [...this.messages.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const others = this.messages.size > 1 ? ` (and ${this.messages.size - 1} other error${this.messages.size > 2 ? 's' : ''})` : '';
    return [
      {
        name: `errors of ${this.what}`,
        kind: 'candidate-error',
        status: 'failed',
        detail: `the candidate failed in ${this.counts.candidate} of ${this.candidateTrials} trials, the base in none: ${first}${count > 1 ? ` (${count} times)` : ''}${others}`,
      },
    ];
  }
}
