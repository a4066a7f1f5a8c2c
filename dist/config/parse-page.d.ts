import type { PageTargetFile } from '../contracts/page-config.js';
import type { PageTargetConfig } from './page-target-config.js';
/**
 * Reads a page target of a schema-checked config file.
 * @param name - the target name
 * @param t - its `page:` entry
 * @param root - the project root
 * @param key - the target's key for messages, e.g. `targets.dashboard`
 * @returns the target, every default filled in
 * @throws InputError `invalid-config` naming the key of a bad URL, duration, preset or command line
 */
export declare function parsePageTarget(name: string, t: PageTargetFile, root: string, key: string): PageTargetConfig;
