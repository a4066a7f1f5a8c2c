import { nextStep } from '../../workflow/engine.js';
import { openRun } from '../run-context.js';
/**
 * Formats `perfflow next` for people (and for Claude reading plain text).
 * @param info - the next step
 * @returns text
 */
export function formatNext(info) {
    if (info.done)
        return `Run ${info.run_id} is complete: every gate passed or was overridden.`;
    if (info.run_status === 'needs-human') {
        const r = info.recovery;
        return [
            `Run ${info.run_id} needs a person (step ${r?.step ?? info.step?.id ?? '?'}).`,
            r === null ? '' : r.explanation,
            ...(r?.options ?? []).map((o) => `  ${o}`),
        ].filter((l) => l !== '').join('\n');
    }
    const step = info.step;
    if (step === null)
        return `Run ${info.run_id}: nothing to do.`;
    const lines = [
        `Step ${step.id} (${step.name}) — agent: ${step.agent}${step.using_fallback ? ' (fallback agent)' : ''}${step.skill === null ? '' : `, skill: ${step.skill}`}, attempt ${step.attempt} of ${step.max_attempts}`,
        '',
        step.instructions,
    ];
    if (step.condition !== null)
        lines.push('', `Condition ${step.condition.expression}: ${step.condition.holds ? 'holds' : step.condition.overridden ? 'overridden' : 'does NOT hold'} (${step.condition.detail})`);
    if (step.feedback.length > 0)
        lines.push('', 'Feedback from the last attempt:', ...step.feedback.map((f) => `  - ${f}`));
    if (step.inputs.length > 0)
        lines.push('', 'Inputs:', ...step.inputs.map((f) => `  ${f.path}${f.exists ? '' : ' (missing)'}`));
    if (step.outputs.length > 0)
        lines.push('', 'Outputs:', ...step.outputs.map((f) => `  ${f.path}${f.schema_file === undefined ? '' : `  (schema ${f.schema_file})`}`));
    if (step.commands.length > 0)
        lines.push('', 'Commands:', ...step.commands.map((c) => `  ${c}`));
    if (info.recovery !== null && info.recovery.step === step.id && info.recovery.next_action !== 'none')
        lines.push('', `Recovery: ${info.recovery.explanation}`);
    return lines.join('\n');
}
export const command = {
    summary: 'Say which step to do now: agent, instructions, inputs, outputs, commands, attempt.',
    usage: 'perfflow next [--run <id>] [--json]',
    options: {},
    run: async (input) => {
        const handle = openRun(input);
        const info = await nextStep(handle);
        return { exitCode: 0, data: info, text: formatNext(info) };
    },
};
