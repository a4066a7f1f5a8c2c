// The plugin's PreToolUse guard: which tool calls of a Claude Code session a person must confirm.
// The model driving the plugin is not a person: it never overrides a gate, approves a step, rolls
// code back on its own judgement, turns approvals off, or edits perfflow's records by hand.
import { resolve } from 'node:path';
import { isInside } from '../state/run-store.js';
const FILE_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);
/**
 * Cuts a shell command line into simple commands at unquoted control operators, honouring single
 * and double quotes and backslashes. Written by hand: the guard needs only "which simple commands,
 * with which words", and marks anything it does not model (redirections, substitutions) as
 * opaque so the caller can be conservative.
 * @param line - the Bash tool's command
 * @returns the simple commands and whether the line is opaque
 */
export function parseShellLine(line) {
    const commands = [];
    let words = [];
    let word = '';
    let inWord = false;
    let quote = null;
    let opaque = false;
    const endWord = () => {
        if (inWord)
            words.push(word);
        word = '';
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        if (words.length > 0)
            commands.push(words);
        words = [];
    };
    for (let i = 0; i < line.length; i += 1) {
        const c = line[i] ?? '';
        if (quote === "'") {
            if (c === "'")
                quote = null;
            else
                word += c;
        }
        else if (quote === '"') {
            if (c === '"')
                quote = null;
            else if (c === '\\' && i + 1 < line.length)
                word += line[(i += 1)] ?? '';
            else {
                if (c === '$' || c === '`')
                    opaque = true;
                word += c;
            }
        }
        else if (c === "'" || c === '"') {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            word += line[(i += 1)] ?? '';
            inWord = true;
        }
        else if (c === ' ' || c === '\t') {
            endWord();
        }
        else if (';&|(){}\n'.includes(c)) {
            endCommand();
        }
        else {
            if ('<>`$'.includes(c))
                opaque = true;
            word += c;
            inWord = true;
        }
    }
    endCommand();
    return { commands, opaque: opaque || quote !== null };
}
function optionValue(words, name) {
    const at = words.indexOf(name);
    if (at >= 0)
        return words[at + 1];
    return words.find((w) => w.startsWith(`${name}=`))?.slice(name.length + 1);
}
const LAUNCHERS = new Set(['env', 'npx', 'node', 'exec', 'command', 'nohup', 'time', 'sudo']);
/** The perfflow subcommand a simple command runs (`perfflow x`, `npx perfflow x`, `node .../bin.js x`), or null. */
function perfflowSubcommand(words) {
    let i = 0;
    while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i] ?? '') || LAUNCHERS.has(words[i] ?? '') || (words[i] ?? '').startsWith('-')))
        i += 1;
    const program = words[i] ?? '';
    if (!/(^|\/)(perfflow|bin\.js)$/.test(program))
        return null;
    return words[i + 1] ?? '';
}
/** The simple commands of a line, and of every quoted word run by another program (bash -c '...', eval "..."). */
function simpleCommands(line, depth = 0) {
    const commands = [];
    let opaque = line.opaque;
    for (const words of line.commands) {
        commands.push(words);
        if (depth > 3 || perfflowSubcommand(words) !== null)
            continue;
        for (const word of words.slice(1).filter((w) => /\s/.test(w))) {
            const inner = simpleCommands(parseShellLine(word), depth + 1);
            commands.push(...inner.commands);
            opaque ||= inner.opaque;
        }
    }
    return { commands, opaque };
}
function bashDecision(command, context) {
    const line = simpleCommands(parseShellLine(command));
    const subs = line.commands.map(perfflowSubcommand);
    // A line the parser cannot see through is read word by word, conservatively.
    const mentioned = line.opaque ? [...command.matchAll(/(?:perfflow|bin\.js)['"]?\s+['"]?([a-z][a-z-]*)/g)].map((m) => m[1] ?? '') : [];
    const all = [...subs.filter((s) => s !== null), ...mentioned];
    if (all.includes('override'))
        return { decision: 'ask', reason: 'perfflow: overriding a gate is a decision for a person, with their own reason; approve only if you accept the risks it names' };
    if (all.includes('approve'))
        return { decision: 'ask', reason: 'perfflow: approving a step is for a person; approve only if you have seen what it asks you to approve' };
    const noConfirm = line.commands.some((words, i) => subs[i] === 'init' && words.includes('--no-confirm')) || (line.opaque && command.includes('--no-confirm'));
    if (noConfirm || /PERFFLOW_NO_CONFIRM|CLAUDECODE/.test(command)) {
        return { decision: 'ask', reason: 'perfflow: this turns off the points where a person approves the run; only a person decides that (headless: start Claude Code with PERFFLOW_NO_CONFIRM=1)' };
    }
    const only = line.commands.length === 1 && !line.opaque ? line.commands[0] ?? [] : null;
    const single = only !== null && subs[0] !== null;
    if (all.includes('rollback')) {
        // The rollback a failed gate's policy calls for (perfflow next lists it) restores the code as it
        // was before the step, keeping the tree under a git ref; any other rollback is a person's call.
        const pending = only !== null && subs[0] === 'rollback' ? context.pendingRollback(optionValue(only, '--run')) : null;
        if (pending !== null && only !== null && optionValue(only, '--to') === pending)
            return { decision: 'allow', reason: `perfflow: the rollback to ${pending} that the failed gate's policy calls for` };
        return { decision: 'ask', reason: 'perfflow: rolling back restores code and reopens steps; no failed gate calls for this rollback, so a person decides' };
    }
    if (/\.claude\/context|refs\/perfflow/.test(command) && !single) {
        return { decision: 'ask', reason: "perfflow: this command touches perfflow's run records (.claude/context/ or refs/perfflow/), which only perfflow writes; agents write outputs with perfflow write" };
    }
    return null;
}
/**
 * Decides whether a tool call needs a person. File tools writing under `.claude/context/` and
 * shell commands that override, approve, roll back without a pending policy, turn approvals off,
 * or touch run records outside a single perfflow command are asked for; the rollback a failed
 * gate's policy calls for is allowed; everything else keeps Claude Code's own permissions.
 * @param call - the tool call
 * @param context - the project and its runs
 * @returns the decision, or null for no opinion
 */
export function guardToolCall(call, context) {
    if (FILE_TOOLS.has(call.tool_name)) {
        const path = call.tool_input.file_path ?? call.tool_input.notebook_path;
        if (typeof path !== 'string')
            return { decision: 'ask', reason: `perfflow: cannot tell which file ${call.tool_name} writes` };
        const full = resolve(call.cwd, path);
        const roots = [context.projectRoot, call.cwd].filter((r) => r !== null).map((r) => resolve(r, '.claude', 'context'));
        if (roots.some((r) => isInside(r, full)) || /(^|\/)\.claude\/context\//.test(full)) {
            return { decision: 'ask', reason: `perfflow: ${path} is one of perfflow's run records, which only perfflow writes (agents write step outputs with perfflow write); allow only if you want it changed by hand` };
        }
        return null;
    }
    if (call.tool_name === 'Bash') {
        const command = call.tool_input.command;
        if (typeof command !== 'string')
            return { decision: 'ask', reason: 'perfflow: a Bash call without a command' };
        return bashDecision(command, context);
    }
    return null;
}
