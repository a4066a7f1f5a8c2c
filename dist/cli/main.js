import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isKnownError, InputError } from '../errors.js';
import { redactText, redactValue } from '../security/redact.js';
import { commandLoaders } from './registry.js';
const GLOBAL_OPTIONS = {
    run: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
/** Exit code for a defect inside perfflow itself (not the user's input): EX_SOFTWARE. */
const INTERNAL_ERROR_EXIT = 70;
function helpText() {
    const names = Object.keys(commandLoaders).sort();
    return [
        'perfflow: a measured, gated performance-optimization workflow',
        '',
        'usage: perfflow <command> [options] [--run <id>] [--json]',
        '',
        `commands: ${names.join(', ')}`,
        'perfflow <command> --help shows the options of one command.',
        'exit codes: 0 done/passed, 1 a gate said no, 2 bad input, 3 inconclusive, 4 target could not be run',
    ].join('\n');
}
function commandHelp(name, command) {
    const options = Object.entries({ ...command.options, ...GLOBAL_OPTIONS })
        .map(([option, spec]) => `  --${option}${spec.type === 'string' ? ' <value>' : ''}`)
        .join('\n');
    return `${command.usage}\n\n${command.summary}\n\noptions (${name}):\n${options}`;
}
function parseError(error, usage) {
    if (error instanceof TypeError && typeof error.code === 'string') {
        const code = error.code;
        if (code.startsWith('ERR_PARSE_ARGS')) {
            return new InputError('usage', `${error.message.replace(/\.?\s*$/, '')}; usage: ${usage}`);
        }
    }
    return null;
}
const FILESYSTEM_PROBLEMS = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted (read-only or immutable)',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exceeded',
    ENOTDIR: 'a part of the path is a file, not a directory',
    EEXIST: 'a file is in the way of a directory',
    EISDIR: 'the path is a directory, not a file',
    EMFILE: 'too many open files',
};
/**
 * Turns a file-system error (a read-only or full run directory, a path that is a file) into the
 * one-line bad-input message the CLI prints, or null for anything else.
 * @param error - anything thrown
 * @returns the message, or null
 */
export function filesystemProblem(error) {
    if (!(error instanceof Error))
        return null;
    const { code, path } = error;
    const problem = code === undefined ? undefined : FILESYSTEM_PROBLEMS[code];
    if (problem === undefined)
        return null;
    return `cannot write or read ${path ?? 'a file'}: ${problem} (${code ?? ''}); make the project and its .claude/context directory writable, free some space, then run 'perfflow resume'`;
}
/**
 * Recognises a dependency that is not installed (a checkout used as a plugin before `npm ci`).
 * @param error - anything thrown
 * @returns the one-line message, or null
 */
export function missingDependency(error) {
    if (!(error instanceof Error))
        return null;
    const code = error.code;
    // ESM says "Cannot find package 'x'"; require says "Cannot find module 'x'" (bare names only: a
    // missing relative module is a defect of perfflow itself, not a missing install).
    const name = code === 'ERR_MODULE_NOT_FOUND' ? /Cannot find package '([^']+)'/.exec(error.message)?.[1]
        : code === 'MODULE_NOT_FOUND' ? /Cannot find module '([^'./][^']*)'/.exec(error.message)?.[1]
            : undefined;
    if (name === undefined)
        return null;
    const root = new URL('../../', import.meta.url).pathname;
    return `perfflow's dependencies are not installed (package '${name}' is missing); run 'npm ci --omit=dev' in ${root}`;
}
/**
 * perfflow's version: the `version` of its own package.json, the one place it is written. Read only
 * when `--version` asks, so other commands read no extra file.
 * @returns the version, e.g. `0.1.0`
 * @throws Error when package.json has no version string (a broken install: an internal error)
 */
function packageVersion() {
    // lib/cli/main.ts and dist/cli/main.js both sit two levels below the package root.
    const path = new URL('../../package.json', import.meta.url);
    const value = JSON.parse(readFileSync(path, 'utf8'));
    const version = typeof value === 'object' && value !== null ? value.version : undefined;
    if (typeof version !== 'string' || version === '')
        throw new Error(`${path.pathname} has no version string; reinstall perfflow`);
    return version;
}
/**
 * Runs one CLI invocation. This is the only place that turns errors into exit codes and text.
 * @param argv - the arguments after `perfflow`
 * @param streams - where to write; defaults to the process streams
 * @returns the exit code
 */
export async function runCli(argv, streams) {
    // Everything the CLI prints passes here, redacted: no command has to remember it.
    const stdout = streams?.stdout ?? ((text) => process.stdout.write(text));
    const stderr = streams?.stderr ?? ((text) => process.stderr.write(text));
    const out = {
        stdout: (text) => { stdout(redactText(text)); },
        stderr: (text) => { stderr(redactText(text)); },
        stderrIsTTY: streams?.stderrIsTTY ?? process.stderr.isTTY,
    };
    const [name, ...rest] = argv;
    if (name === undefined) {
        out.stderr(`${helpText()}\n`);
        return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        out.stdout(`${helpText()}\n`);
        return 0;
    }
    const loader = commandLoaders[name];
    let json = rest.includes('--json');
    try {
        if (name === '--version' || name === '-v') {
            out.stdout(`perfflow ${packageVersion()}\n`);
            return 0;
        }
        if (loader === undefined) {
            throw new InputError('usage', `unknown command '${name}'; run 'perfflow --help' to list the commands`);
        }
        const command = await loader();
        const dash = rest.indexOf('--');
        const own = dash === -1 ? rest : rest.slice(0, dash);
        const after = dash === -1 ? [] : rest.slice(dash + 1);
        let parsed;
        try {
            parsed = parseArgs({
                args: own,
                options: { ...command.options, ...GLOBAL_OPTIONS },
                allowPositionals: true,
                strict: true,
            });
        }
        catch (error) {
            throw parseError(error, command.usage) ?? error;
        }
        const values = parsed.values;
        if (values.help === true) {
            out.stdout(`${commandHelp(name, command)}\n`);
            return 0;
        }
        json = values.json === true;
        const runId = values.run;
        const input = {
            values,
            positionals: parsed.positionals,
            rest: after,
            global: { run: typeof runId === 'string' ? runId : undefined, json },
            cwd: process.cwd(),
            env: process.env,
            progress: (message) => {
                if (out.stderrIsTTY)
                    out.stderr(`${message}\n`);
            },
        };
        const outcome = await command.run(input);
        // The data is redacted as a value: in JSON text an escaped secret (a quote, a backslash) would not match.
        if (json)
            out.stdout(`${JSON.stringify(redactValue(outcome.data), null, 2)}\n`);
        else if (outcome.text !== '')
            out.stdout(outcome.text.endsWith('\n') ? outcome.text : `${outcome.text}\n`);
        return outcome.exitCode;
    }
    catch (error) {
        if (isKnownError(error)) {
            if (json)
                out.stdout(`${JSON.stringify({ error: { code: error.code, message: error.message, exit_code: error.exitCode } })}\n`);
            out.stderr(`perfflow: ${error.message.split('\n')[0] ?? ''}\n`);
            return error.exitCode;
        }
        const missing = missingDependency(error);
        if (missing !== null) {
            out.stderr(`perfflow: ${missing}\n`);
            return 2;
        }
        const fsProblem = filesystemProblem(error);
        if (fsProblem !== null) {
            if (json)
                out.stdout(`${JSON.stringify({ error: { code: 'filesystem', message: fsProblem, exit_code: 2 } })}\n`);
            out.stderr(`perfflow: ${fsProblem}\n`);
            return 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        out.stderr(`perfflow: internal error: ${message} (set PERFFLOW_DEBUG=1 for details)\n`);
        if (process.env.PERFFLOW_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
            out.stderr(`${error.stack}\n`);
        }
        return INTERNAL_ERROR_EXIT;
    }
}
