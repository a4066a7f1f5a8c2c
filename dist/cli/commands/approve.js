import { InputError } from '../../errors.js';
import { approveStep, channelOf } from '../../workflow/engine.js';
import { openRun, stringOption } from '../run-context.js';
/**
 * Formats the result of `perfflow approve` for people.
 * @param data - what was approved
 * @returns text
 */
export function formatApprove(data) {
    const head = data.already_approved ? `Step ${data.step} was already approved by ${data.by}.` : `Approved by ${data.by}${data.via === 'claude-code' ? ' (in a Claude Code session, confirmed at its permission prompt)' : ''}: ${data.approval}.`;
    return `${head}\nNext: ${data.next}`;
}
export const command = {
    summary: "A person approves a step the workflow asks approval for (the target and load, the optimization design) before it starts.",
    usage: 'perfflow approve <step> [--note "<what the person said>"] [--run <id>]',
    options: { note: { type: 'string' } },
    run: async (input) => {
        const [stepId, extra] = input.positionals;
        if (stepId === undefined || extra !== undefined)
            throw new InputError('usage', 'usage: perfflow approve <step> [--note "..."] (the step perfflow next says waits for approval)');
        const handle = openRun(input);
        const note = stringOption(input, 'note');
        const via = channelOf(input.env);
        const result = await approveStep(handle, stepId, { via, ...(note === undefined ? {} : { note }) });
        const granted = result.run.approvals?.granted[stepId];
        const data = {
            run_id: handle.runId,
            step: stepId,
            approval: result.approval,
            already_approved: result.alreadyApproved,
            by: granted?.by ?? 'unknown',
            via: granted?.via ?? via,
            next: `perfflow next --run ${handle.runId}`,
        };
        return { exitCode: 0, data, text: formatApprove(data) };
    },
};
