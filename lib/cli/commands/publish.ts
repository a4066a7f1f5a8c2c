import { InputError } from '../../errors.js';
import { performAction } from '../../workflow/actions/action.js';
import { publishAction } from '../../workflow/actions/publish.js';
import type { PublishResult } from '../../publish/publish-run.js';
import type { Command } from '../command.js';
import { openRun } from '../run-context.js';

/**
 * Formats what was published for people.
 * @param result - the publish result
 * @returns text
 */
export function formatPublish(result: PublishResult): string {
  const lines = [
    `Published run ${result.run_id}${result.overridden ? ' — UNDER A MANUAL OVERRIDE (see the report)' : ''}`,
    `  ${result.headline}`,
    `  report:   ${result.report}`,
    `  summary:  ${result.summary}`,
    `  manifest: ${result.manifest} (${result.files} files with sha256)`,
    `  feed:     ${result.feed}`,
    `Gate publish: ${result.already_passed ? 'already passed' : result.gate.decision.toUpperCase()}`,
    ...result.gate.checks.map((c) => `  ${c.passed ? '✔' : '✖'} ${c.name}: ${c.detail}`),
  ];
  return lines.join('\n');
}

export const command: Command = {
  summary: "Publish the run's artifacts, Markdown summary and HTML report to the project feed; refuses unless validation passed or was overridden.",
  usage: 'perfflow publish [--run <id>] [--json]',
  options: {},
  run: async (input) => {
    const [extra] = input.positionals;
    if (extra !== undefined) throw new InputError('usage', `unexpected argument '${extra}'; usage: perfflow publish [--run <id>]`);
    const handle = openRun(input);
    const result = await performAction(handle, publishAction, { env: input.env });
    return { exitCode: result.gate.decision === 'failed' ? 1 : 0, data: result, text: formatPublish(result) };
  },
};
