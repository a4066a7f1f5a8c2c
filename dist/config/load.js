import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { namedSchemaProblem } from '../contracts/validate.js';
import { splitCommandLine } from './command-line.js';
import { parseDuration } from './duration.js';
/** The file names looked for at the project root, in this order. */
export const CONFIG_FILES = ['perfflow.config.yaml', 'perfflow.config.yml', 'perfflow.config.json'];
/**
 * Renders a JSON pointer as the key a user sees in the file, e.g. `targets['api/users'].http.url`.
 * @param pointer - ajv's instancePath
 * @returns a dotted key path
 */
function keyOfPointer(pointer) {
    const parts = pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let key = '';
    for (const part of parts)
        key += /^[A-Za-z_][A-Za-z0-9_-]*$/.test(part) ? `${key === '' ? '' : '.'}${part}` : `['${part}']`;
    return key;
}
function commandSpec(value, key) {
    if (typeof value === 'string')
        return { argv: splitCommandLine(value, key), text: value };
    if (value[0] === undefined || value[0] === '')
        throw new InputError('invalid-config', `${key}: the first word must name a program, e.g. [node, server.js]`);
    return { argv: [...value], text: value.map((w) => (/^[\w./:=@%+-]+$/.test(w) ? w : JSON.stringify(w))).join(' ') };
}
function verdictSettings(t) {
    const guards = {};
    for (const [metric, text] of Object.entries(t.guards ?? {}))
        guards[metric] = text === 'off' ? Number.POSITIVE_INFINITY : Number(text.slice(0, -1)) / 100;
    return { objective: t.objective, guards };
}
function label(name) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `targets.${name}` : `targets['${name}']`;
}
function httpTarget(name, t, root) {
    const key = `${label(name)}.http`;
    const usesPort = t.url.includes('${PORT}');
    if (usesPort && t.start === undefined) {
        throw new InputError('invalid-config', `${key}.url uses \${PORT} but there is no ${key}.start; add the command that starts the server, or write the real port in the URL`);
    }
    try {
        new URL(t.url.split('${PORT}').join('1'));
    }
    catch (error) {
        throw new InputError('invalid-config', `${key}.url: '${t.url}' is not a URL; write e.g. http://127.0.0.1:\${PORT}/api/users`, { cause: error });
    }
    return {
        ...verdictSettings(t),
        name,
        kind: 'http',
        start: t.start === undefined ? undefined : commandSpec(t.start, `${key}.start`),
        cwd: resolve(root, t.cwd ?? '.'),
        env: t.env ?? {},
        url: t.url,
        method: t.method ?? 'GET',
        headers: t.headers ?? {},
        body: t.body,
        connections: t.connections ?? 8,
        durationMs: t.duration === undefined ? 5000 : parseDuration(t.duration, `${key}.duration`),
        warmupMs: t.warmup === undefined ? 1000 : parseDuration(t.warmup, `${key}.warmup`),
        rate: t.rate,
        readyTimeoutMs: t.ready_timeout === undefined ? 30_000 : parseDuration(t.ready_timeout, `${key}.ready_timeout`),
        ignore: t.ignore ?? [],
        requests: (t.requests ?? []).map((r) => ({ method: r.method, path: r.path, headers: r.headers ?? {}, body: r.body })),
    };
}
function functionTarget(name, t, root) {
    const key = `${label(name)}.function`;
    return {
        ...verdictSettings(t),
        name,
        kind: 'function',
        file: resolve(root, t.file),
        fileText: t.file,
        batchMs: t.time === undefined ? 300 : parseDuration(t.time, `${key}.time`),
        batches: t.batches ?? 10,
        warmupMs: t.warmup === undefined ? 300 : parseDuration(t.warmup, `${key}.warmup`),
    };
}
function commandTarget(name, t, root) {
    const key = `${label(name)}.command`;
    return {
        ...verdictSettings(t),
        name,
        kind: 'command',
        run: commandSpec(t.run, `${key}.run`),
        cwd: resolve(root, t.cwd ?? '.'),
        env: t.env ?? {},
        runs: t.runs ?? 10,
        warmup: t.warmup ?? 1,
        timeoutMs: t.timeout === undefined ? 120_000 : parseDuration(t.timeout, `${key}.timeout`),
    };
}
function parseText(text, file) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (file.endsWith('.json')) {
        try {
            return JSON.parse(text);
        }
        catch (error) {
            throw new InputError('invalid-config', `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix the syntax`, { cause: error });
        }
    }
    const doc = parseDocument(text);
    const problem = doc.errors[0];
    if (problem !== undefined) {
        const where = problem.linePos?.[0] === undefined ? '' : ` at line ${String(problem.linePos[0].line)}`;
        throw new InputError('invalid-config', `${name} is not valid YAML${where}: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; fix the syntax`, { cause: problem });
    }
    return doc.toJS();
}
function precheckKinds(value, name) {
    if (typeof value !== 'object' || value === null)
        return;
    const targets = value.targets;
    if (typeof targets !== 'object' || targets === null)
        return;
    for (const [target, body] of Object.entries(targets)) {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
            throw new InputError('invalid-config', `${name}: ${label(target)} must be a mapping with one of http, function, command; see 'perfflow init --target ${target}'`);
        }
        const kinds = Object.keys(body).filter((k) => k === 'http' || k === 'function' || k === 'command');
        if (kinds.length > 1) {
            throw new InputError('invalid-config', `${name}: ${label(target)} has ${kinds.join(' and ')}; a target is exactly one of http, function, command`);
        }
    }
}
/**
 * Finds the config file of a project.
 * @param projectRoot - the project root
 * @returns its absolute path, or undefined when there is none
 */
export function findConfigFile(projectRoot) {
    for (const name of CONFIG_FILES) {
        const file = join(projectRoot, name);
        if (existsSync(file))
            return file;
    }
    return undefined;
}
/**
 * Reads and validates `perfflow.config.yaml` (or `.yml`, `.json`) at the project root and fills in
 * every default. Nothing in it is ever run through a shell: command lines are split into words here.
 * @param projectRoot - the project root
 * @returns the configuration
 * @throws InputError `no-config` when there is no config file; `invalid-config` naming the key for a
 * syntax error, a schema violation, a bad duration, URL or command line
 */
export function loadConfig(projectRoot) {
    const file = findConfigFile(projectRoot);
    if (file === undefined) {
        throw new InputError('no-config', `no perfflow.config.yaml in ${projectRoot}; create it with the targets to measure, e.g. ${oneLineExample('api/users')} ('perfflow init --target <name>' prints a full example)`);
    }
    const name = file.slice(file.lastIndexOf('/') + 1);
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new InputError('invalid-config', `${name} cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return parseConfig(text, file, projectRoot);
}
/**
 * Validates the text of a config file and fills in every default (paths resolve against `projectRoot`).
 * @param text - the file's text
 * @param file - its absolute path (the extension decides JSON or YAML; the name appears in messages)
 * @param projectRoot - the project root paths are relative to
 * @returns the configuration, with the file's raw entries kept for comparison
 * @throws InputError `invalid-config` naming the key for a syntax error, a schema violation, a bad
 * duration, URL or command line
 */
export function parseConfig(text, file, projectRoot) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const value = parseText(text, file);
    precheckKinds(value, name);
    const problem = namedSchemaProblem('config', value);
    if (problem !== null) {
        const space = problem.indexOf(' ');
        const readable = problem.startsWith('/') && space > 0 ? `${keyOfPointer(problem.slice(0, space))}${problem.slice(space)}` : problem;
        throw new InputError('invalid-config', `${name}: ${readable}; fix the key (format: targets.<name>.http|function|command, see 'perfflow init --target <name>')`);
    }
    const parsed = value; // checked against the config schema just above
    const targets = {};
    for (const [targetName, body] of Object.entries(parsed.targets)) {
        if (body.http !== undefined)
            targets[targetName] = httpTarget(targetName, body.http, projectRoot);
        else if (body.function !== undefined)
            targets[targetName] = functionTarget(targetName, body.function, projectRoot);
        else if (body.command !== undefined)
            targets[targetName] = commandTarget(targetName, body.command, projectRoot);
    }
    return { projectRoot, file, targets, check: parsed.check === undefined ? undefined : commandSpec(parsed.check, 'check'), raw: parsed };
}
/**
 * Looks a target up by name.
 * @param config - the loaded config
 * @param name - the target name (may contain '/')
 * @returns the target
 * @throws InputError `unknown-target` listing the known targets and how to add this one
 */
export function getTarget(config, name) {
    const target = Object.hasOwn(config.targets, name) ? config.targets[name] : undefined;
    if (target === undefined) {
        const known = Object.keys(config.targets).sort();
        const file = config.file.slice(config.file.lastIndexOf('/') + 1);
        throw new InputError('unknown-target', `unknown target '${name}' in ${file}; known targets: ${known.length === 0 ? '(none)' : known.join(', ')}; add it, e.g. ${oneLineExample(name)}`);
    }
    return target;
}
/**
 * A one-line YAML example of an http target, for error messages that must fit on one line.
 * @param name - the target name
 * @returns flow-style YAML
 */
function oneLineExample(name) {
    return `targets: { ${JSON.stringify(name)}: { http: { start: node server.js, url: "http://127.0.0.1:\${PORT}/${name.includes('/') ? name : ''}" } } }`;
}
/**
 * Explains how to add a target to `perfflow.config.yaml`, with a snippet to paste.
 * @param name - the target name
 * @param kind - the kind to show; all three when omitted
 * @returns text (several lines)
 */
export function missingTargetHelp(name, kind) {
    const key = /^[A-Za-z0-9_./-]+$/.test(name) ? name : JSON.stringify(name);
    const http = [
        `    http:`,
        `      start: node server.js                  # perfflow starts it with PORT in the environment`,
        `      url: http://127.0.0.1:\${PORT}/${name.includes('/') ? name : 'path'}`,
        `      connections: 8`,
        `      duration: 5s`,
    ];
    const fn = [`    function:`, `      file: bench/${name.replace(/[^A-Za-z0-9_-]+/g, '-')}.bench.mjs   # export default { taskName: () => work() }`];
    const cmd = [`    command:`, `      run: node scripts/build.js             # no shell: quotes allowed, pipes not`];
    const bodies = kind === undefined ? [http, fn, cmd] : [kind === 'http' ? http : kind === 'function' ? fn : cmd];
    const lines = ['Add to perfflow.config.yaml at the project root:', '', 'targets:', `  ${key}:`];
    bodies.forEach((body, index) => {
        if (index > 0)
            lines.push('    # or', `  ${key}:`);
        lines.push(...body);
    });
    if (kind === undefined)
        lines.push('', 'Keep exactly one of http, function or command under the target.');
    return lines.join('\n');
}
