import type { TSchema, Static } from '@sinclair/typebox';
import type { ErrorObject } from 'ajv';
/**
 * Describes the first schema violation as "<path> <message>", e.g. `/steps/0/agent must be string`.
 * @param errors - ajv's errors
 * @returns one human-readable clause
 */
export declare function describeSchemaError(errors: readonly ErrorObject[] | null | undefined): string;
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
