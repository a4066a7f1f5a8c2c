/** The part of Claude Code's PreToolUse hook input the guard reads. */
export interface ToolCall {
    tool_name: string;
    tool_input: Record<string, unknown>;
    cwd: string;
}
/** What the hook answers: ask the person, allow without asking, or no opinion (normal permissions). */
export type GuardDecision = {
    decision: 'ask' | 'allow';
    reason: string;
} | null;
/** What the guard needs to know about the project's runs. */
export interface GuardContext {
    projectRoot: string | null;
    /**
     * The step a failed gate's policy rolls back to (recovery-state.json says `rollback`) for a run,
     * or null when none is pending.
     * @param runId - the run named with --run, or undefined for the latest unfinished run
     */
    pendingRollback: (runId: string | undefined) => string | null;
}
/** A shell command line cut into simple commands. */
export interface ShellLine {
    /** The words of each simple command, quotes removed. */
    commands: string[][];
    /** A redirection, a command substitution, or an unterminated quote appeared. */
    opaque: boolean;
}
/**
 * Cuts a shell command line into simple commands at unquoted control operators, honouring single
 * and double quotes and backslashes. Written by hand: the guard needs only "which simple commands,
 * with which words", and marks anything it does not model (redirections, substitutions) as
 * opaque so the caller can be conservative.
 * @param line - the Bash tool's command
 * @returns the simple commands and whether the line is opaque
 */
export declare function parseShellLine(line: string): ShellLine;
/**
 * Decides whether a tool call needs a person. File tools writing under `.claude/context/` and
 * shell commands that override, approve, roll back without a pending policy, turn approvals off,
 * or touch run records outside a single perfflow command are asked for; the rollback a failed
 * gate's policy calls for is allowed; everything else keeps Claude Code's own permissions.
 * @param call - the tool call
 * @param context - the project and its runs
 * @returns the decision, or null for no opinion
 */
export declare function guardToolCall(call: ToolCall, context: GuardContext): GuardDecision;
