import { InputError } from '../../errors.js';
import type { GateRecord } from '../../contracts/gate.js';
import type { RecoveryState } from '../../contracts/recovery-state.js';
import { submitStep } from '../../workflow/engine.js';
import type { Command } from '../command.js';
import { openRun } from '../run-context.js';
import { formatNextAction } from './fail.js';

/**
 * The line that names who overrode a gate, for an overridden one.
 * @param gate - the gate record
 * @returns the line, or null when the checks decided the gate
 */
function overrideLine(gate: GateRecord): string | null {
  switch (gate.decision) {
    case 'passed':
    case 'failed':
      return null;
    case 'overridden':
      return `  ⚠ overridden by ${gate.override.by}${gate.override.via === 'claude-code' ? ' (in a Claude Code session, confirmed at its permission prompt)' : ''}: ${gate.override.reason}`;
    default: {
      const never: never = gate;
      return never;
    }
  }
}

/**
 * Formats a gate decision (and what happens next) for people.
 * @param data - the gate record and recovery decision
 * @returns text
 */
export function formatGate(data: { gate: GateRecord; recovery: RecoveryState | null; already_passed: boolean }): string {
  const { gate, recovery } = data;
  const head = data.already_passed
    ? `Gate ${gate.step}: already ${gate.decision} at ${gate.at}; nothing re-checked.`
    : `Gate ${gate.step}: ${gate.decision.toUpperCase()} (attempt ${gate.attempt}, agent ${gate.agent})`;
  const lines = [head, ...gate.checks.map((c) => `  ${c.passed ? '✔' : '✖'} ${c.name}: ${c.detail}`)];
  const override = overrideLine(gate);
  if (override !== null) lines.push(override);
  if (recovery !== null) lines.push('', formatNextAction(recovery), ...recovery.options.map((o) => `  ${o}`));
  return lines.join('\n');
}

export const command: Command = {
  summary: "Check a step's outputs against their schemas and the yaml's gate, and record the decision.",
  usage: 'perfflow submit <step> [--run <id>] [--json]',
  options: {},
  run: async (input) => {
    const [stepId, extra] = input.positionals;
    if (stepId === undefined) throw new InputError('usage', 'name the step to submit: perfflow submit <step> (see perfflow next)');
    if (extra !== undefined) throw new InputError('usage', `unexpected argument '${extra}'; usage: perfflow submit <step>`);
    const handle = openRun(input);
    const result = await submitStep(handle, stepId);
    const data = { gate: result.record, recovery: result.recovery, already_passed: result.alreadyPassed, run_status: result.run.status };
    return { exitCode: result.record.decision === 'failed' ? 1 : 0, data, text: formatGate(data) };
  },
};
