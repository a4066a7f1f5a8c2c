import { InputError } from '../../errors.js';
import type { RecoveryState } from '../../contracts/recovery-state.js';
import { failStep } from '../../workflow/engine.js';
import type { Command } from '../command.js';
import { openRun, stringOption } from '../run-context.js';

/**
 * Formats a recovery decision for people.
 * @param recovery - the decision
 * @returns text
 */
export function formatRecovery(recovery: RecoveryState): string {
  return [
    `Step ${recovery.step} failed (attempt ${recovery.attempt} of ${recovery.max_attempts}, ${recovery.error.transient ? 'transient' : 'permanent'} error).`,
    `Next action: ${recovery.next_action}${recovery.next_agent === null ? '' : ` (${recovery.next_agent})`} — ${recovery.explanation}`,
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
    return { exitCode: recovery.next_action === 'escalate' ? 1 : 0, data: recovery, text: formatRecovery(recovery) };
  },
};
