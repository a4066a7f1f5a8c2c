import { InputError } from '../../errors.js';
import { channelOf, initRun } from '../../workflow/engine.js';
/**
 * Tells whether a target is configured; when it is not (no config file, or no entry), returns the
 * snippet that adds it. A malformed config is an error: init stops before creating anything.
 * @param projectRoot - the project root
 * @param target - the target name
 * @returns null when configured, else the help text
 */
async function targetHint(projectRoot, target) {
    const config = await import('../../config/load.js');
    try {
        config.getTarget(config.loadConfig(projectRoot), target);
        return null;
    }
    catch (error) {
        if (error instanceof InputError && (error.code === 'no-config' || error.code === 'unknown-target'))
            return config.missingTargetHelp(target);
        throw error;
    }
}
import { stringOption } from '../run-context.js';
/**
 * Does this run wait for a person at the workflow's approvals? A run started from a Claude Code
 * session does (the model drives it; a person confirms the target and approves the design),
 * unless the person turned that off for headless use: --no-confirm, or PERFFLOW_NO_CONFIRM=1 in
 * the environment they started Claude Code with. The plugin's hook asks the person before a
 * command that sets either, so the model cannot turn approvals off by itself. From a terminal the
 * person runs each step and is the approver.
 */
function approvalsFor(input) {
    if (channelOf(input.env) === 'terminal')
        return { required: false, reason: 'started from a terminal: the person running the commands decides each step' };
    if (input.values['no-confirm'] === true)
        return { required: false, reason: 'skipped with perfflow init --no-confirm (headless use)' };
    if (input.env.PERFFLOW_NO_CONFIRM === '1')
        return { required: false, reason: 'skipped with PERFFLOW_NO_CONFIRM=1 (headless use)' };
    return { required: true, reason: 'started from a Claude Code session: a person confirms the target and approves the design' };
}
/**
 * Formats the result of `perfflow init` for people.
 * @param data - what init did
 * @returns text
 */
export function formatInit(data) {
    const lines = [
        `Started run ${data.run_id} for target ${data.target}`,
        `  base commit   ${data.base_commit.slice(0, 12)}`,
        `  snapshot      ${data.snapshot_ref} (your working tree as it was, uncommitted files included)`,
        `  run directory ${data.run_dir}`,
    ];
    if (data.target_hint !== null)
        lines.push('', `Target '${data.target}' is not in perfflow.config.yaml yet:`, data.target_hint);
    lines.push(`  approvals     ${data.approvals.required ? 'a person approves the steps the workflow names' : 'none'} (${data.approvals.reason})`);
    lines.push('', `Next: ${data.next}`);
    return lines.join('\n');
}
export const command = {
    summary: 'Start a run for a target; records the base commit and a snapshot of the working tree.',
    usage: 'perfflow init --target <name> [--base <git-ref>] [--no-confirm]',
    options: { target: { type: 'string' }, base: { type: 'string' }, 'no-confirm': { type: 'boolean', default: false } },
    run: async (input) => {
        const target = stringOption(input, 'target');
        if (target === undefined)
            throw new InputError('usage', '--target is required: perfflow init --target <name> (a target of perfflow.config.yaml, e.g. api/users)');
        if (input.positionals.length > 0)
            throw new InputError('usage', `unexpected argument '${input.positionals[0] ?? ''}'; usage: perfflow init --target <name> [--base <git-ref>]`);
        const base = stringOption(input, 'base');
        const approvals = approvalsFor(input);
        const { handle, run, targetHint: hint } = await initRun({ cwd: input.cwd, target, targetHint, approvals, ...(base === undefined ? {} : { baseRef: base }) });
        const data = {
            run_id: run.run_id,
            run_dir: handle.dir,
            target: run.target,
            base_commit: run.base.commit,
            snapshot_ref: run.base.snapshot_ref,
            target_configured: hint === null,
            target_hint: hint,
            approvals,
            next: `perfflow next --run ${run.run_id}`,
        };
        return { exitCode: 0, data, text: formatInit(data) };
    },
};
