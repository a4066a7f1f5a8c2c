import type { ConfigFile } from '../contracts/config.js';
import type { CommandSpec, TargetConfig } from './target-config.js';
/**
 * Reads a command from the config: a line (split into words without a shell) or a list of words.
 * @param value - the command as written
 * @param key - its key, for messages
 * @returns the words and the command's text
 * @throws InputError `invalid-config` for a line that does not split or a list without a program
 */
export declare function commandSpec(value: string | string[], key: string): CommandSpec;
/**
 * The key of a target as a user sees it in the file: `targets.api` or `targets['api/users']`.
 * @param name - the target name
 * @returns the key
 */
export declare function targetKey(name: string): string;
/**
 * Reads every target of a schema-checked config file.
 * @param entries - the file's targets
 * @param root - the project root, which paths resolve against
 * @returns the targets by name, every default filled in
 * @throws InputError `invalid-config` naming the key of a bad duration, URL or command line
 */
export declare function parseTargets(entries: ConfigFile['targets'], root: string): Record<string, TargetConfig>;
