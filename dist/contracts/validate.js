import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
// ajv is CommonJS; loading it through require keeps its default export typed and lets the CLI skip
// it entirely on commands that validate nothing.
const require = createRequire(import.meta.url);
let ajv;
const compiled = new WeakMap();
function getAjv() {
    if (ajv === undefined) {
        const AjvClass = require('ajv').default;
        const addFormats = require('ajv-formats').default;
        ajv = new AjvClass({ allErrors: false, strict: true, allowUnionTypes: true });
        addFormats(ajv);
    }
    return ajv;
}
/**
 * Describes the first schema violation as "<path> <message>", e.g. `/steps/0/agent must be string`.
 * @param errors - ajv's errors
 * @param prefix - the path of the validated value inside the file (empty: the whole file)
 * @returns one human-readable clause
 */
export function describeSchemaError(errors, prefix = '') {
    const first = errors?.[0];
    if (first === undefined)
        return 'does not match its schema';
    const at = prefix + first.instancePath;
    const path = at === '' ? '(top level)' : at;
    const extra = first.keyword === 'additionalProperties'
        ? ` ('${String(first.params.additionalProperty)}')`
        : first.keyword === 'enum'
            ? ` (${(first.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')})`
            : '';
    return `${path} ${first.message ?? 'is invalid'}${extra}`;
}
const isRecord = (value) => typeof value === 'object' && value !== null;
/** What a JSON pointer names inside `root`; schema paths (`#/...`) are URI-encoded as well. */
function atPointer(root, pointer) {
    const schemaPath = pointer.startsWith('#');
    let node = root;
    for (const raw of pointer.replace(/^#/, '').split('/').slice(1)) {
        const segment = (schemaPath ? decodeURIComponent(raw) : raw).replace(/~1/g, '/').replace(/~0/g, '~');
        node = isRecord(node) ? node[segment] : undefined;
    }
    return node;
}
function constOf(variant, key) {
    const properties = isRecord(variant) ? variant.properties : undefined;
    const property = isRecord(properties) ? properties[key] : undefined;
    return isRecord(property) ? property.const : undefined;
}
/** The field whose constant tells the variants of a union of objects apart (a step's `status`), if any. */
function discriminatorOf(variants) {
    const first = variants[0];
    const keys = isRecord(first) && isRecord(first.properties) ? Object.keys(first.properties) : [];
    return keys.find((key) => {
        const values = variants.map((v) => constOf(v, key));
        return !values.includes(undefined) && new Set(values).size === values.length;
    }) ?? null;
}
/**
 * Describes a violation so that a union of objects told apart by a constant field (a step's
 * `status`, a gate's `decision`) is judged by the variant the value names: ajv alone reports the
 * first variant's complaint, e.g. "status must be equal to constant" for a passed step without
 * `passed_at`.
 * @param schema - the schema the value failed
 * @param value - the value
 * @param errors - ajv's errors
 * @param prefix - the path of the value inside the file
 * @param definitions - the root schema's `definitions`, which `$ref`s inside a variant point to
 * @returns one human-readable clause
 */
function describeViolation(schema, value, errors, prefix = '', definitions = isRecord(schema) ? schema.definitions : undefined) {
    const union = [...(errors ?? [])].reverse().find((e) => e.keyword === 'anyOf');
    const variants = union === undefined ? undefined : atPointer(schema, union.schemaPath);
    const key = Array.isArray(variants) ? discriminatorOf(variants) : null;
    const data = union === undefined ? undefined : atPointer(value, union.instancePath);
    if (union === undefined || !Array.isArray(variants) || key === null || !isRecord(data))
        return describeSchemaError(errors, prefix);
    const path = prefix + union.instancePath;
    const variant = variants.find((v) => constOf(v, key) === data[key]);
    if (!isRecord(variant))
        return `${path}/${key} must be equal to one of the allowed values (${variants.map((v) => JSON.stringify(constOf(v, key))).join(', ')})`;
    // The generated schemas keep repeated parts in the root's `definitions` (scripts/write-schemas.mjs).
    const validate = getAjv().compile(definitions === undefined ? variant : { ...variant, definitions });
    return validate(data) ? describeSchemaError(errors, prefix) : describeViolation(variant, data, validate.errors, path, definitions);
}
/**
 * Checks a parsed value against a schema and narrows its type.
 * @param schema - a TypeBox schema (plain JSON Schema underneath)
 * @param value - the parsed, still untrusted value
 * @param label - how to name the value in the error (usually the file name)
 * @returns the same value, typed
 * @throws InputError `invalid-file` naming the first violating field
 */
export function validateAgainst(schema, value, label) {
    let validate = compiled.get(schema);
    if (validate === undefined) {
        validate = getAjv().compile(schema);
        compiled.set(schema, validate);
    }
    if (!validate(value)) {
        throw new InputError('invalid-file', `${label}: ${describeViolation(schema, value, validate.errors)}; fix the file to match schemas/`);
    }
    return value;
}
/**
 * Like {@link validateAgainst} but returns the problem instead of throwing, for gates that collect reasons.
 * @param schema - a TypeBox schema
 * @param value - the parsed value
 * @returns null when valid, else the first violation
 */
export function schemaProblem(schema, value) {
    let validate = compiled.get(schema);
    if (validate === undefined) {
        validate = getAjv().compile(schema);
        compiled.set(schema, validate);
    }
    return validate(value) ? null : describeViolation(schema, value, validate.errors);
}
const compiledByName = new Map();
/**
 * Reads the generated JSON Schema `schemas/<name>.schema.json`. Runtime validation uses these files
 * rather than the TypeBox sources: loading TypeBox costs more than a whole bare Node start, and
 * the fast commands (status, next) must stay fast. `npm test` checks the files are fresh.
 * @param name - a schema name of lib/contracts/registry.ts
 * @returns the parsed JSON Schema
 * @throws InputError `invalid-workflow` when no such schema exists
 */
export function readJsonSchema(name) {
    if (!/^[a-z][a-z0-9-]*$/.test(name))
        throw new InputError('invalid-workflow', `'${name}' is not a schema name`);
    const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
    try {
        return JSON.parse(readFileSync(url, 'utf8'));
    }
    catch (error) {
        throw new InputError('invalid-workflow', `unknown schema '${name}': schemas/${name}.schema.json is missing; run 'npm run build'`, { cause: error });
    }
}
function precompiled(name) {
    try {
        const mod = require(`../../schemas/validators/${name}.cjs`);
        return typeof mod.default === 'function' ? mod.default : null;
    }
    catch {
        return null; // not generated yet (a schema added since the last build): compile it below
    }
}
function compiledNamed(name) {
    let validate = compiledByName.get(name);
    if (validate === undefined) {
        if (!/^[a-z][a-z0-9-]*$/.test(name))
            throw new InputError('invalid-workflow', `'${name}' is not a schema name`);
        // The JSON schema is read only when no validator was generated for it (or to explain an error).
        validate = precompiled(name) ?? getAjv().compile(readJsonSchema(name));
        compiledByName.set(name, validate);
    }
    return validate;
}
/**
 * Checks a parsed value against the named JSON Schema and narrows its type.
 * @param name - schema name, e.g. `run`
 * @param value - the parsed, still untrusted value
 * @param label - how to name the value in the error (usually the file name)
 * @returns the same value, typed as the schema's static type `T`
 * @throws InputError `invalid-file` naming the first violating field
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the static type of the schema
export function validateNamed(name, value, label) {
    const validate = compiledNamed(name);
    if (!validate(value)) {
        throw new InputError('invalid-file', `${label}: ${describeViolation(readJsonSchema(name), value, validate.errors)}; fix the file to match schemas/${name}.schema.json`);
    }
    return value;
}
/**
 * Like {@link validateNamed} but returns the problem instead of throwing.
 * @param name - schema name
 * @param value - the parsed value
 * @returns null when valid, else the first violation
 */
export function namedSchemaProblem(name, value) {
    const validate = compiledNamed(name);
    return validate(value) ? null : describeViolation(readJsonSchema(name), value, validate.errors);
}
