import { rollbackRun } from '../../workflow/engine.js';
import { openRun, stringOption } from '../run-context.js';
/**
 * Formats `perfflow rollback` for people.
 * @param result - what was saved, restored and archived
 * @returns text
 */
export function formatRollback(result) {
    return [
        `Rolled back to step ${result.to_step}.`,
        `  working tree saved first under ${result.saved_ref ?? '(nothing to save)'} (git checkout ${result.saved_ref ?? '<ref>'} -- <path> brings a file back)`,
        result.restored_files.length === 0
            ? '  no code restored (the rollback does not cross a code-changing step, or nothing changed)'
            : `  restored to their state at the start of the run: ${result.restored_files.join(', ')}`,
        `  artifacts of the reset steps archived in ${result.archived_to}`,
    ].join('\n');
}
export const command = {
    summary: 'Go back to a step: save the tree, archive later artifacts, restore code changed by the run.',
    usage: 'perfflow rollback [--to <step>] [--run <id>] [--json]',
    options: { to: { type: 'string' } },
    run: async (input) => {
        const result = await rollbackRun(openRun(input), stringOption(input, 'to'));
        return { exitCode: 0, data: result, text: formatRollback(result) };
    },
};
