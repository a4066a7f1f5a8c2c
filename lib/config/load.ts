// Finding, reading and validating perfflow.config.yaml (or .yml, .json); each target kind is read in
// parse-targets.ts, the help for a missing target lives in target-help.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import type { ConfigFile } from '../contracts/config.js';
import { namedSchemaProblem } from '../contracts/validate.js';
import { ciSettings } from './ci-settings.js';
import type { CiSettings } from './ci-settings.js';
import { commandSpec, parseTargets, targetKey } from './parse-targets.js';
import type { CommandSpec, TargetConfig } from './target-config.js';
import { oneLineExample } from './target-help.js';

export type { CommandSpec, RequestSpec, VerdictSettings, HttpTargetConfig, FunctionTargetConfig, CommandTargetConfig, PageTargetConfig, TargetConfig } from './target-config.js';
export { missingTargetHelp } from './target-help.js';

/** The file names looked for at the project root, in this order. */
export const CONFIG_FILES = ['perfflow.config.yaml', 'perfflow.config.yml', 'perfflow.config.json'] as const;

/** The loaded configuration. */
export interface PerfflowConfig {
  projectRoot: string;
  /** The file it came from (absolute). */
  file: string;
  targets: Record<string, TargetConfig>;
  /** Behaviour check run on the candidate (e.g. the test suite). */
  check: CommandSpec | undefined;
  /** How `perfflow ci` judges each target (thresholds, informational targets, the history file). */
  ci: CiSettings;
  /** The file as written (after schema validation), to tell whether two configs differ for a target. */
  raw: ConfigFile;
}

/**
 * Renders a JSON pointer as the key a user sees in the file, e.g. `targets['api/users'].http.url`.
 * @param pointer - ajv's instancePath
 * @returns a dotted key path
 */
function keyOfPointer(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let key = '';
  for (const part of parts) key += /^[A-Za-z_][A-Za-z0-9_-]*$/.test(part) ? `${key === '' ? '' : '.'}${part}` : `['${part}']`;
  return key;
}

function parseText(text: string, file: string): unknown {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new InputError('invalid-config', `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix the syntax`, { cause: error });
    }
  }
  const doc = parseDocument(text);
  const problem = doc.errors[0];
  if (problem !== undefined) {
    const where = problem.linePos?.[0] === undefined ? '' : ` at line ${String(problem.linePos[0].line)}`;
    throw new InputError('invalid-config', `${name} is not valid YAML${where}: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; fix the syntax`, { cause: problem });
  }
  return doc.toJS() as unknown;
}

function precheckKinds(value: unknown, name: string): void {
  if (typeof value !== 'object' || value === null) return;
  const targets = (value as { targets?: unknown }).targets;
  if (typeof targets !== 'object' || targets === null) return;
  for (const [target, body] of Object.entries(targets as Record<string, unknown>)) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new InputError('invalid-config', `${name}: ${targetKey(target)} must be a mapping with one of http, function, command, page; see 'perfflow init --target ${target}'`);
    }
    const kinds = Object.keys(body).filter((k) => k === 'http' || k === 'function' || k === 'command' || k === 'page');
    if (kinds.length > 1) {
      throw new InputError('invalid-config', `${name}: ${targetKey(target)} has ${kinds.join(' and ')}; a target is exactly one of http, function, command, page`);
    }
  }
}

/**
 * Finds the config file of a project.
 * @param projectRoot - the project root
 * @returns its absolute path, or undefined when there is none
 */
export function findConfigFile(projectRoot: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const file = join(projectRoot, name);
    if (existsSync(file)) return file;
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
export function loadConfig(projectRoot: string): PerfflowConfig {
  const file = findConfigFile(projectRoot);
  if (file === undefined) {
    throw new InputError(
      'no-config',
      `no perfflow.config.yaml in ${projectRoot}; create it with the targets to measure, e.g. ${oneLineExample('api/users')} ('perfflow init --target <name>' prints a full example)`,
    );
  }
  const name = file.slice(file.lastIndexOf('/') + 1);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
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
export function parseConfig(text: string, file: string, projectRoot: string): PerfflowConfig {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const value = parseText(text, file);
  precheckKinds(value, name);
  const problem = namedSchemaProblem('config', value);
  if (problem !== null) {
    const space = problem.indexOf(' ');
    const readable = problem.startsWith('/') && space > 0 ? `${keyOfPointer(problem.slice(0, space))}${problem.slice(space)}` : problem;
    throw new InputError('invalid-config', `${name}: ${readable}; fix the key (format: targets.<name>.http|function|command, see 'perfflow init --target <name>')`);
  }
  const parsed = value as ConfigFile; // checked against the config schema just above
  const targets = parseTargets(parsed.targets, projectRoot);
  const ci = ciSettings(parsed.ci, targets, name);
  return { projectRoot, file, targets, check: parsed.check === undefined ? undefined : commandSpec(parsed.check, 'check'), ci, raw: parsed };
}

/**
 * Looks a target up by name.
 * @param config - the loaded config
 * @param name - the target name (may contain '/')
 * @returns the target
 * @throws InputError `unknown-target` listing the known targets and how to add this one
 */
export function getTarget(config: PerfflowConfig, name: string): TargetConfig {
  const target = Object.hasOwn(config.targets, name) ? config.targets[name] : undefined;
  if (target === undefined) {
    const known = Object.keys(config.targets).sort();
    const file = config.file.slice(config.file.lastIndexOf('/') + 1);
    throw new InputError(
      'unknown-target',
      `unknown target '${name}' in ${file}; known targets: ${known.length === 0 ? '(none)' : known.join(', ')}; add it, e.g. ${oneLineExample(name)}`,
    );
  }
  return target;
}
