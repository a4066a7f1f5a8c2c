import type { TSchema, Static } from '@sinclair/typebox';
import type { ErrorObject } from 'ajv';
/**
 * Describes the first schema violation as "<path> <message>", e.g. `/steps/0/agent must be string`.
 * @param errors - ajv's errors
 * @param prefix - the path of the validated value inside the file (empty: the whole file)
 * @returns one human-readable clause
 */
export declare function describeSchemaError(errors: readonly ErrorObject[] | null | undefined, prefix?: string): string;
/**
 * Checks a parsed value against a schema and narrows its type.
 * @param schema - a TypeBox schema (plain JSON Schema underneath)
 * @param value - the parsed, still untrusted value
 * @param label - how to name the value in the error (usually the file name)
 * @returns the same value, typed
 * @throws InputError `invalid-file` naming the first violating field
 */
export declare function validateAgainst<S extends TSchema>(schema: S, value: unknown, label: string): Static<S>;
/**
 * Like {@link validateAgainst} but returns the problem instead of throwing, for gates that collect reasons.
 * @param schema - a TypeBox schema
 * @param value - the parsed value
 * @returns null when valid, else the first violation
 */
export declare function schemaProblem(schema: TSchema, value: unknown): string | null;
/**
 * Reads the generated JSON Schema `schemas/<name>.schema.json`. Runtime validation uses these files
 * rather than the TypeBox sources: loading TypeBox costs more than a whole bare Node start, and
 * the fast commands (status, next) must stay fast. `npm test` checks the files are fresh.
 * @param name - a schema name of lib/contracts/registry.ts
 * @returns the parsed JSON Schema
 * @throws InputError `invalid-workflow` when no such schema exists
 */
export declare function readJsonSchema(name: string): object;
/**
 * Checks a parsed value against the named JSON Schema and narrows its type.
 * @param name - schema name, e.g. `run`
 * @param value - the parsed, still untrusted value
 * @param label - how to name the value in the error (usually the file name)
 * @returns the same value, typed as the schema's static type `T`
 * @throws InputError `invalid-file` naming the first violating field
 */
export declare function validateNamed<T>(name: string, value: unknown, label: string): T;
/**
 * Like {@link validateNamed} but returns the problem instead of throwing.
 * @param name - schema name
 * @param value - the parsed value
 * @returns null when valid, else the first violation
 */
export declare function namedSchemaProblem(name: string, value: unknown): string | null;
