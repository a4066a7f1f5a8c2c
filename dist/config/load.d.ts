import type { ConfigFile } from '../contracts/config.js';
import type { CiSettings } from './ci-settings.js';
import type { CommandSpec, TargetConfig } from './target-config.js';
export type { CommandSpec, RequestSpec, VerdictSettings, HttpTargetConfig, FunctionTargetConfig, CommandTargetConfig, PageTargetConfig, TargetConfig } from './target-config.js';
export { missingTargetHelp } from './target-help.js';
/** The file names looked for at the project root, in this order. */
export declare const CONFIG_FILES: readonly ["perfflow.config.yaml", "perfflow.config.yml", "perfflow.config.json"];
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
 * Finds the config file of a project.
 * @param projectRoot - the project root
 * @returns its absolute path, or undefined when there is none
 */
export declare function findConfigFile(projectRoot: string): string | undefined;
/**
 * Reads and validates `perfflow.config.yaml` (or `.yml`, `.json`) at the project root and fills in
 * every default. Nothing in it is ever run through a shell: command lines are split into words here.
 * @param projectRoot - the project root
 * @returns the configuration
 * @throws InputError `no-config` when there is no config file; `invalid-config` naming the key for a
 * syntax error, a schema violation, a bad duration, URL or command line
 */
export declare function loadConfig(projectRoot: string): PerfflowConfig;
/**
 * Validates the text of a config file and fills in every default (paths resolve against `projectRoot`).
 * @param text - the file's text
 * @param file - its absolute path (the extension decides JSON or YAML; the name appears in messages)
 * @param projectRoot - the project root paths are relative to
 * @returns the configuration, with the file's raw entries kept for comparison
 * @throws InputError `invalid-config` naming the key for a syntax error, a schema violation, a bad
 * duration, URL or command line
 */
export declare function parseConfig(text: string, file: string, projectRoot: string): PerfflowConfig;
/**
 * Looks a target up by name.
 * @param config - the loaded config
 * @param name - the target name (may contain '/')
 * @returns the target
 * @throws InputError `unknown-target` listing the known targets and how to add this one
 */
export declare function getTarget(config: PerfflowConfig, name: string): TargetConfig;
