// Reads each kind of target from the (schema-checked) config file and fills in its defaults.
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { CommandTargetFile, ConfigFile, FunctionTargetFile, HttpTargetFile } from '../contracts/config.js';
import { splitCommandLine } from './command-line.js';
import { parseDuration } from './duration.js';
import { parseEngine } from './parse-engine.js';
import { parseFlows } from './parse-flows.js';
import { guardRailsOf } from './remote-host.js';
import { parsePageTarget } from './parse-page.js';
import type { CommandSpec, CommandTargetConfig, FunctionTargetConfig, HttpTargetConfig, TargetConfig, VerdictSettings } from './target-config.js';

/**
 * Reads a command from the config: a line (split into words without a shell) or a list of words.
 * @param value - the command as written
 * @param key - its key, for messages
 * @returns the words and the command's text
 * @throws InputError `invalid-config` for a line that does not split or a list without a program
 */
export function commandSpec(value: string | string[], key: string): CommandSpec {
  if (typeof value === 'string') return { argv: splitCommandLine(value, key), text: value };
  if (value[0] === undefined || value[0] === '') throw new InputError('invalid-config', `${key}: the first word must name a program, e.g. [node, server.js]`);
  return { argv: [...value], text: value.map((w) => (/^[\w./:=@%+-]+$/.test(w) ? w : JSON.stringify(w))).join(' ') };
}

function verdictSettings(t: { objective?: string; guards?: Record<string, string> }): VerdictSettings {
  const guards: Record<string, number> = {};
  for (const [metric, text] of Object.entries(t.guards ?? {})) guards[metric] = text === 'off' ? Number.POSITIVE_INFINITY : Number(text.slice(0, -1)) / 100;
  return { objective: t.objective, guards };
}

/**
 * The key of a target as a user sees it in the file: `targets.api` or `targets['api/users']`.
 * @param name - the target name
 * @returns the key
 */
export function targetKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `targets.${name}` : `targets['${name}']`;
}

function httpTarget(name: string, t: HttpTargetFile, root: string): HttpTargetConfig {
  const key = `${targetKey(name)}.http`;
  const usesPort = t.url.includes('${PORT}');
  if (usesPort && t.start === undefined) {
    throw new InputError('invalid-config', `${key}.url uses \${PORT} but there is no ${key}.start; add the command that starts the server, or write the real port in the URL`);
  }
  try {
    new URL(t.url.split('${PORT}').join('1'));
  } catch (error) {
    throw new InputError('invalid-config', `${key}.url: '${t.url}' is not a URL; write e.g. http://127.0.0.1:\${PORT}/api/users`, { cause: error });
  }
  const flows = parseFlows(t, key);
  const engine = parseEngine(t, key);
  const stepUrls = (flows ?? []).flatMap((f) => f.steps.map((s) => s.url)).filter((u) => /^https?:\/\//.test(u));
  const guardRails = guardRailsOf(t, key, stepUrls);
  return {
    ...verdictSettings(t),
    name,
    kind: 'http',
    start: t.start === undefined ? undefined : commandSpec(t.start, `${key}.start`),
    cwd: resolve(root, t.cwd ?? '.'),
    env: t.env ?? {},
    url: t.url,
    method: flows === undefined ? (t.method ?? 'GET') : 'FLOW',
    headers: t.headers ?? {},
    body: t.body,
    connections: t.connections ?? 8,
    durationMs: t.duration === undefined ? 5000 : parseDuration(t.duration, `${key}.duration`),
    warmupMs: t.warmup === undefined ? 1000 : parseDuration(t.warmup, `${key}.warmup`),
    rate: t.rate,
    readyTimeoutMs: t.ready_timeout === undefined ? 30_000 : parseDuration(t.ready_timeout, `${key}.ready_timeout`),
    ignore: t.ignore ?? [],
    requests: (t.requests ?? []).map((r) => ({ method: r.method, path: r.path, headers: r.headers ?? {}, body: r.body })),
    ...(flows === undefined ? {} : { flows }),
    ...(engine.name === 'builtin' ? {} : { engine }),
    guardRails,
  };
}

function functionTarget(name: string, t: FunctionTargetFile, root: string): FunctionTargetConfig {
  const key = `${targetKey(name)}.function`;
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

function commandTarget(name: string, t: CommandTargetFile, root: string): CommandTargetConfig {
  const key = `${targetKey(name)}.command`;
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

/**
 * Reads every target of a schema-checked config file.
 * @param entries - the file's targets
 * @param root - the project root, which paths resolve against
 * @returns the targets by name, every default filled in
 * @throws InputError `invalid-config` naming the key of a bad duration, URL or command line
 */
export function parseTargets(entries: ConfigFile['targets'], root: string): Record<string, TargetConfig> {
  const targets: Record<string, TargetConfig> = {};
  for (const [targetName, body] of Object.entries(entries)) {
    if (body.http !== undefined) targets[targetName] = httpTarget(targetName, body.http, root);
    else if (body.function !== undefined) targets[targetName] = functionTarget(targetName, body.function, root);
    else if (body.command !== undefined) targets[targetName] = commandTarget(targetName, body.command, root);
    else if (body.page !== undefined) targets[targetName] = parsePageTarget(targetName, body.page, root, targetKey(targetName));
  }
  return targets;
}
