import type { HttpTargetFile } from '../contracts/config.js';
import type { LoadEngineSpec } from './target-config.js';
/**
 * Reads `engine`, `workers`, `platform` and `region` of an http target.
 * @param t - the target as written (schema-checked)
 * @param key - its key, e.g. `targets['api/users'].http`
 * @returns the engine, `{ name: 'builtin' }` when none is set
 * @throws InputError `invalid-config` naming the field and the fix
 */
export declare function parseEngine(t: HttpTargetFile, key: string): LoadEngineSpec;
