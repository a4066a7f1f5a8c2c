// The judge for people who run Claude Code with a subscription and no API key, outside a Claude
// Code session: a headless `claude -p` with their own login rates the plan.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { redactText } from '../security/redact.js';
import { checkJudgeOutput, judgePrompt, MalformedJudgeOutput } from './judge.js';
/**
 * The `claude` binary on the PATH (or PERFFLOW_CLAUDE_BIN), or null.
 * @param env - the environment
 * @returns its path
 */
export function claudeBinary(env) {
    if (env.PERFFLOW_CLAUDE_BIN !== undefined && env.PERFFLOW_CLAUDE_BIN !== '')
        return existsSync(env.PERFFLOW_CLAUDE_BIN) ? env.PERFFLOW_CLAUDE_BIN : null;
    for (const dir of (env.PATH ?? '').split(delimiter)) {
        if (dir === '')
            continue;
        const candidate = join(dir, 'claude');
        if (existsSync(candidate))
            return candidate;
    }
    return null;
}
/**
 * Is the user logged in to Claude Code (a subscription account in ~/.claude.json)?
 * @param env - the environment (HOME)
 * @returns true when an account is recorded
 */
export function claudeLoggedIn(env) {
    try {
        const config = JSON.parse(readFileSync(join(env.HOME ?? '', '.claude.json'), 'utf8'));
        return typeof config.oauthAccount === 'object' && config.oauthAccount !== null;
    }
    catch {
        return false;
    }
}
/** The JSON object in a reply: a ```json block, or the outermost braces. */
function jsonIn(text) {
    const fenced = /```(?:json)?\s*\n([\s\S]*?)\n```/.exec(text)?.[1];
    const candidate = fenced ?? text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
    try {
        return JSON.parse(candidate);
    }
    catch {
        throw new MalformedJudgeOutput(`claude -p answered without a JSON rating: ${text.slice(0, 200)}`);
    }
}
/**
 * Rates a plan with a headless `claude -p` (one turn, no tools), which uses the user's own
 * Claude Code login or key. Never throws: a failure is a failed judge, and the structural score
 * stands.
 * @param bin - the claude binary
 * @param planText - the plan
 * @param rubric - the rubric
 * @param flowAgents - the agents with work after planning
 * @param options - environment, time limit, secrets to keep out of the prompt and errors
 * @returns the judge's output or its failure
 */
export async function judgeWithClaudeCli(bin, planText, rubric, flowAgents, options) {
    const { system, user } = judgePrompt(rubric, redactText(planText, options.secrets), flowAgents);
    const format = 'Answer with one JSON object only, in a ```json block, shaped {"dimensions":[{"name":"<dimension>","score":0-10,"reasons":["..."],"evidence":["<verbatim quote from the plan>"]}],"suggestions":["..."]}, one entry per dimension.';
    const prompt = `${system.replace('Answer only by calling record_rating.', format)}\n\n${user}`;
    const run = await new Promise((resolve) => {
        const child = spawn(bin, ['-p', prompt, '--output-format', 'json', '--max-turns', '1', '--disallowedTools', 'Bash,Edit,Write,Read,Glob,Grep,WebFetch,WebSearch,Agent'], { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
        child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
        const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ code: -1, stdout, stderr: error.message });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
    });
    try {
        if (run.code !== 0)
            throw new Error(`claude -p exited ${String(run.code)}: ${(run.stderr || run.stdout).trim().split('\n').pop() ?? ''}`);
        const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '');
        if (result.is_error === true || typeof result.result !== 'string')
            throw new Error(`claude -p reported an error: ${String(result.result)}`);
        // Only the rating's own fields: a model that adds others (a title, a verdict) is not wrong.
        const value = jsonIn(result.result);
        const output = checkJudgeOutput({ dimensions: value.dimensions, suggestions: value.suggestions ?? [] }, rubric, 'the claude -p rating');
        return { status: 'ok', output, attempts: 1, delays: [] };
    }
    catch (error) {
        const kind = error instanceof MalformedJudgeOutput ? 'malformed_output' : 'claude_cli';
        return { status: 'failed', error: redactText(`${kind}: ${error.message}`.slice(0, 500), options.secrets), kind, attempts: 1, delays: [] };
    }
}
