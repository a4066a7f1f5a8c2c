import type { HttpTargetFile } from '../contracts/config.js';
import type { FlowSpec } from './target-config.js';
/** Values every flow iteration has without capturing them: the virtual user's number and its iteration. */
export declare const BUILTIN_FLOW_VALUES: readonly ["vu", "iteration"];
/**
 * The names a text refers to as `{{name}}`.
 * @param text - a path, header value or body
 * @returns the names, in order
 */
export declare function placeholdersOf(text: string): string[];
/**
 * Replaces every `{{name}}` of a text by its value.
 * @param text - a step's path, header value or body
 * @param values - captured and built-in values
 * @returns the text filled in (a name without a value is left as written; parsing refuses those)
 */
export declare function fillPlaceholders(text: string, values: ReadonlyMap<string, string>): string;
/**
 * Reads an http target's flows, if it has any.
 * @param t - the target as written
 * @param key - its key, e.g. `targets['auth/flow'].http`
 * @returns the flows, or undefined for a single-request target
 * @throws InputError `invalid-config` naming the key and step of a bad flow
 */
export declare function parseFlows(t: HttpTargetFile, key: string): FlowSpec[] | undefined;
