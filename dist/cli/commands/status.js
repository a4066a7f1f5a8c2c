import { readGate, readRecovery } from '../../state/run-files.js';
import { currentStepId } from '../../workflow/step-state.js';
import { openRun } from '../run-context.js';
/**
 * Formats `perfflow status` for people.
 * @param data - the run's status
 * @returns text
 */
export function formatStatus(data) {
    const mark = { passed: '✔', overridden: '⚠', failed: '✖', escalated: '‼', pending: '·' };
    const lines = [`Run ${data.run_id} — target ${data.target} — ${data.status}${data.current_step === null ? '' : ` — at ${data.current_step}`}`];
    for (const s of data.steps) {
        const extra = [
            s.failed_attempts > 0 ? `${s.failed_attempts} failed attempt(s)` : '',
            s.using_fallback ? 'fallback agent' : '',
            s.overridden === null ? '' : `OVERRIDDEN by ${s.overridden.by}: ${s.overridden.reason}`,
        ].filter((e) => e !== '');
        lines.push(`  ${mark[s.status]} ${s.id.padEnd(22)} ${s.status.padEnd(11)} ${s.agent}${extra.length > 0 ? `  (${extra.join('; ')})` : ''}`);
    }
    if (data.approvals !== null) {
        const granted = Object.entries(data.approvals.granted).map(([step, g]) => `${step} by ${g.by}${g.via === 'claude-code' ? ' (in a Claude Code session)' : ''}`);
        lines.push('', `Approvals: ${data.approvals.required ? 'a person approves the steps the workflow names' : 'none'} (${data.approvals.reason})${granted.length > 0 ? `; approved: ${granted.join(', ')}` : ''}`);
    }
    if (data.overrides.length > 0)
        lines.push('', `Gates overridden by hand: ${data.overrides.join(', ')} — see gates/<step>.json for the risks accepted.`);
    if (data.recovery !== null && data.recovery.next_action !== 'none')
        lines.push('', `Recovery (${data.recovery.step}): ${data.recovery.explanation}`);
    return lines.join('\n');
}
function overrideOf(record) {
    if (record?.decision !== 'overridden')
        return null;
    const { override } = record;
    return { by: override.by + (override.via === 'claude-code' ? ' (in a Claude Code session)' : ''), at: override.at, reason: override.reason };
}
export const command = {
    summary: 'Show where a run stands: each step, its status and agent, overrides and recovery.',
    usage: 'perfflow status [--run <id>] [--json]',
    options: {},
    run: async (input) => {
        const { run, dir } = openRun(input);
        const steps = run.step_order.map((id) => {
            const s = run.steps[id];
            const overridden = s?.status === 'overridden' ? overrideOf(readGate(dir, id)) : null;
            return {
                id,
                status: s?.status ?? 'pending',
                agent: s?.agent ?? '?',
                using_fallback: s?.using_fallback ?? false,
                failed_attempts: s?.attempts.length ?? 0,
                overridden,
            };
        });
        const data = {
            run_id: run.run_id,
            target: run.target,
            status: run.status,
            run_dir: dir,
            base_commit: run.base.commit,
            current_step: currentStepId(run),
            steps,
            overrides: steps.filter((s) => s.overridden !== null).map((s) => s.id),
            approvals: run.approvals ?? null,
            recovery: readRecovery(dir),
        };
        return { exitCode: 0, data, text: formatStatus(data) };
    },
};
