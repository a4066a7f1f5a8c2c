import { InputError } from '../../errors.js';
import type { RecoveryState } from '../../contracts/recovery-state.js';
import { failStep } from '../../workflow/engine.js';
import type { Command } from '../command.js';
import { openRun, stringOption } from '../run-context.js';

/**
 * The line that says what happens next after a failure.
 * @param recovery - the decision
 * @returns text
 */
export function formatNextAction(recovery: RecoveryState): string {
  return `Next action: ${recovery.next_action}${recovery.next_agent === null ? '' : ` (${recovery.next_agent})`} — ${recovery.explanation}`;
}

/**
 * The exit code of `perfflow fail`: 1 when a person must decide, else 0.
 * @param recovery - the decision
 * @returns the exit code
 */
export function exitCodeOf(recovery: RecoveryState): 0 | 1 {
  switch (recovery.next_action) {
    case 'escalate':
      return 1;
    case 'retry':
    case 'fallback':
    case 'return-to-step':
    case 'rollback':
    case 'none':
      return 0;
    default: {
      const never: never = recovery;
      return never;
    }
  }
}

/**
 * Formats a recovery decision for people.
 * @param recovery - the decision
 * @returns text
 */
export function formatRecovery(recovery: RecoveryState): string {
  return [
    `Step ${recovery.step} failed (attempt ${recovery.attempt} of ${recovery.max_attempts}, ${recovery.error.transient ? 'transient' : 'permanent'} error).`,
    formatNextAction(recovery),
    ...recovery.options.map((o) => `  ${o}`),
  ].join('\n');
}

export const command: Command = {
  summary: 'Report that an attempt at the current step failed; perfflow decides retry, fallback or escalation.',
  usage: 'perfflow fail <step> --error "<what went wrong>" [--run <id>]',
  options: { error: { type: 'string' } },
  run: async (input) => {
    const [stepId] = input.positionals;
    const message = stringOption(input, 'error');
    if (stepId === undefined || message === undefined || message.trim() === '') {
      throw new InputError('usage', 'usage: perfflow fail <step> --error "<what went wrong>" (both are required)');
    }
    const recovery = await failStep(openRun(input), stepId, message);
    return { exitCode: exitCodeOf(recovery), data: recovery, text: formatRecovery(recovery) };
  },
};
