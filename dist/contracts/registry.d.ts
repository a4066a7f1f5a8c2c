import type { TSchema } from '@sinclair/typebox';
/**
 * Every artifact schema by name, loaded lazily. The name is what `performance-flow.yaml` puts in an
 * output's `schema:` and what `schemas/<name>.schema.json` is called.
 */
export declare const schemaLoaders: Record<string, () => Promise<TSchema>>;
/**
 * Loads a schema by name.
 * @param name - a key of {@link schemaLoaders}
 * @returns the schema
 * @throws InputError `invalid-workflow` for an unknown name
 */
export declare function loadSchema(name: string): Promise<TSchema>;
