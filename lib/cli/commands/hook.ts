import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { guardToolCall } from '../../security/tool-guard.js';
import type { ToolCall } from '../../security/tool-guard.js';
import { readRecovery } from '../../state/run-files.js';
import { findProjectRoot } from '../../state/project.js';
import { resolveRun } from '../../state/run-store.js';
import { pendingRollback } from '../../workflow/recovery-record.js';
import type { Command } from '../command.js';

function projectRootOf(cwd: string): string | null {
  try {
    return findProjectRoot(cwd);
  } catch {
    return null; // not in a project: only the file-path rules apply
  }
}

function rollbackDue(projectRoot: string | null, runId: string | undefined): string | null {
  if (projectRoot === null) return null;
  try {
    const handle = resolveRun(projectRoot, runId);
    return pendingRollback(readRecovery(handle.dir), handle.run);
  } catch {
    return null; // no such run: nothing calls for a rollback, so a person decides
  }
}

function toolCallFrom(text: string): ToolCall {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError('usage', 'perfflow hook pre-tool-use reads the PreToolUse JSON of Claude Code on stdin; got something else');
  }
  const v = (typeof value === 'object' && value !== null ? value : {}) as { tool_name?: unknown; tool_input?: unknown; cwd?: unknown };
  if (typeof v.tool_name !== 'string' || typeof v.tool_input !== 'object' || v.tool_input === null || typeof v.cwd !== 'string') {
    throw new InputError('usage', 'the PreToolUse input lacks tool_name, tool_input or cwd; perfflow hook pre-tool-use reads what Claude Code sends');
  }
  return { tool_name: v.tool_name, tool_input: v.tool_input as Record<string, unknown>, cwd: v.cwd };
}

export const command: Command = {
  summary: "Claude Code's PreToolUse hook (hooks/hooks.json): asks the person before a tool call only a person may make (override, approve, an unplanned rollback, edits of run records).",
  usage: 'perfflow hook pre-tool-use < <hook input JSON>',
  options: {},
  run: (input) => {
    const [event, extra] = input.positionals;
    if (event !== 'pre-tool-use' || extra !== undefined) throw new InputError('usage', 'usage: perfflow hook pre-tool-use (Claude Code runs it with the tool call on stdin)');
    // A hook that fails exits 2, which Claude Code treats as a block: an error here closes the gate.
    const call = toolCallFrom(readFileSync(0, 'utf8'));
    const projectRoot = projectRootOf(call.cwd);
    const decision = guardToolCall(call, { projectRoot, pendingRollback: (runId) => rollbackDue(projectRoot, runId) });
    const data = decision === null
      ? {}
      : { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: decision.decision, permissionDecisionReason: decision.reason } };
    return Promise.resolve({ exitCode: 0, data, text: JSON.stringify(data) });
  },
};
