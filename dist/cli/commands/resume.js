import { resumeRun } from '../../workflow/engine.js';
import { openRun } from '../run-context.js';
import { formatNext } from './next.js';
/**
 * Formats `perfflow resume` for people.
 * @param result - repairs and the next step
 * @returns text
 */
export function formatResume(result) {
    const head = result.repaired.length === 0 ? 'Run state is consistent; nothing to repair.' : ['Repaired:', ...result.repaired.map((r) => `  - ${r}`)].join('\n');
    return `${head}\n\n${formatNext(result.next)}`;
}
export const command = {
    summary: 'Continue a run from checkpoint.json after a crash or a pause.',
    usage: 'perfflow resume [--run <id>] [--json]',
    options: {},
    run: async (input) => {
        const result = await resumeRun(openRun(input));
        return { exitCode: 0, data: result, text: formatResume(result) };
    },
};
