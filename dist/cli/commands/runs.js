import { findProjectRoot } from '../../state/project.js';
import { listRuns } from '../../state/run-store.js';
import { currentStepId } from '../../workflow/step-state.js';
/**
 * Formats `perfflow runs` for people.
 * @param rows - one row per run
 * @returns text
 */
export function formatRuns(rows) {
    if (rows.length === 0)
        return "No runs yet. Start one with 'perfflow init --target <name>'.";
    return rows.map((r) => `${r.run_id}  ${r.status.padEnd(11)} ${r.target}  ${r.current_step ?? 'done'}  (${r.created_at})`).join('\n');
}
export const command = {
    summary: 'List every run of the project, oldest first.',
    usage: 'perfflow runs [--json]',
    options: {},
    run: async (input) => {
        const rows = listRuns(findProjectRoot(input.cwd)).map((run) => ({
            run_id: run.run_id,
            target: run.target,
            status: run.status,
            created_at: run.created_at,
            current_step: currentStepId(run),
        }));
        return { exitCode: 0, data: { runs: rows }, text: formatRuns(rows) };
    },
};
