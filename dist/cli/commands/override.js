import { InputError } from '../../errors.js';
import { channelOf, overrideGate } from '../../workflow/engine.js';
import { openRun, stringOption } from '../run-context.js';
import { formatGate } from './submit.js';
export const command = {
    summary: 'Force a gate open by hand, recording who, when, why and the risks accepted.',
    usage: 'perfflow override <gate> --reason "<the risks you accept>" [--risks "<...>"] [--run <id>]',
    options: { reason: { type: 'string' }, risks: { type: 'string' } },
    run: async (input) => {
        const [stepId] = input.positionals;
        const reason = stringOption(input, 'reason');
        if (stepId === undefined || reason === undefined) {
            throw new InputError('usage', 'usage: perfflow override <gate> --reason "<the risks you accept>" (both are required)');
        }
        const risks = stringOption(input, 'risks');
        const record = await overrideGate(openRun(input), stepId, reason, { via: channelOf(input.env), ...(risks === undefined ? {} : { risks }) });
        const data = { gate: record, recovery: null, already_passed: false };
        return { exitCode: 0, data, text: formatGate(data) };
    },
};
