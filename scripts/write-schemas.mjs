// Writes schemas/<name>.schema.json from the compiled TypeBox schemas (the single source of truth)
// and, beside them, schemas/validators/<name>.cjs: the same schema compiled ahead of time by ajv's
// standalone mode, so that fast commands validate state files without loading ajv's compiler.
// `npm test` / .ci/run check that the committed files are what this script produces.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { schemaLoaders } from '../dist/contracts/registry.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;
const addFormats = require('ajv-formats').default;

/**
 * Moves every object or array sub-schema that occurs more than once (and is not tiny) into
 * `definitions`, referenced by `$ref`. The unions of the run-state files repeat their common fields
 * in every variant; compiled with inlineRefs off, each repeated part becomes one function instead of
 * one copy per variant, which keeps the validators small enough for `perfflow status` to load fast.
 * Hand-written: a few lines over the JSON; the schema libraries do not factor schemas.
 * @param schema - a JSON Schema
 * @returns an equivalent schema with the repeated parts in `definitions`
 */
function factorRepeats(schema) {
  const counts = new Map();
  const count = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (!Array.isArray(node) && (node.type === 'object' || node.type === 'array')) {
      const key = JSON.stringify(node);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const value of Object.values(node)) count(value);
  };
  count(schema);
  const repeated = [...counts].filter(([key, n]) => n > 1 && key.length > 200).map(([key]) => key);
  if (repeated.length === 0) return schema;
  const names = new Map(repeated.map((key, i) => [key, `repeated${i + 1}`]));
  const replace = (node, top) => {
    if (node === null || typeof node !== 'object') return node;
    const key = JSON.stringify(node);
    if (!top && names.has(key)) return { $ref: `#/definitions/${names.get(key)}` };
    if (Array.isArray(node)) return node.map((value) => replace(value, false));
    return Object.fromEntries(Object.entries(node).map(([k, value]) => [k, replace(value, false)]));
  };
  const definitions = Object.fromEntries(repeated.map((key) => [names.get(key), replace(JSON.parse(key), true)]));
  return { ...replace(schema, true), definitions };
}

/**
 * A union of objects told apart by a constant field (a step's `status`) becomes a `oneOf` with
 * ajv's `discriminator`: the validator then checks only the variant the value names, and each
 * variant, moved into `definitions`, is its own function, compiled only when a value needs it.
 * @param schema - a JSON Schema (after {@link factorRepeats})
 * @returns the equivalent schema
 */
function discriminateUnions(schema) {
  const variantsOf = [];
  const walk = (node) => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(walk);
    const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, node === schema && k === 'definitions' ? v : walk(v)]));
    const members = out.anyOf;
    if (!Array.isArray(members) || members.length < 2 || !members.every((m) => m?.type === 'object' && m.properties)) return out;
    const tag = Object.keys(members[0].properties).find((key) => {
      const values = members.map((m) => m.properties[key]?.const);
      return values.every((v) => typeof v === 'string') && new Set(values).size === values.length && members.every((m) => m.required?.includes(key));
    });
    if (tag === undefined) return out;
    const { anyOf, ...rest } = out;
    // A union that carries constraints of its own beside anyOf is left alone: they would be lost.
    if (['properties', 'required', 'additionalProperties', 'patternProperties'].some((key) => key in rest)) return out;
    const refs = anyOf.map((member) => {
      variantsOf.push(member);
      return { $ref: `#/definitions/variant${variantsOf.length}` };
    });
    const tags = anyOf.map((member) => member.properties[tag].const);
    return { ...rest, type: 'object', discriminator: { propertyName: tag }, properties: { [tag]: { type: 'string', enum: tags } }, required: [tag], oneOf: refs };
  };
  const root = walk(schema);
  if (variantsOf.length === 0) return schema;
  const definitions = { ...(root.definitions ?? {}), ...Object.fromEntries(variantsOf.map((v, i) => [`variant${i + 1}`, v])) };
  return { ...root, definitions };
}

const out = new URL('../schemas/', import.meta.url);
const validators = new URL('validators/', out);
mkdirSync(validators, { recursive: true });
const names = Object.keys(schemaLoaders).sort();
for (const name of names) {
  const schema = await schemaLoaders[name]();
  const json = { $schema: 'http://json-schema.org/draft-07/schema#', ...discriminateUnions(factorRepeats(JSON.parse(JSON.stringify(schema)))), $id: `${name}.schema.json` };
  writeFileSync(new URL(`${name}.schema.json`, out), `${JSON.stringify(json, null, 2)}\n`);
  const ajv = new Ajv({ code: { source: true, esm: false }, strict: true, allowUnionTypes: true, allErrors: false, inlineRefs: false, discriminator: true });
  addFormats(ajv);
  const code = standaloneCode(ajv, ajv.compile(json));
  writeFileSync(new URL(`${name}.cjs`, validators), `// Generated by scripts/write-schemas.mjs from lib/contracts; do not edit.\n${code}\n`);
}
for (const file of readdirSync(out)) {
  if (file.endsWith('.schema.json') && !names.includes(file.replace('.schema.json', ''))) rmSync(new URL(file, out));
}
for (const file of readdirSync(validators)) {
  if (!names.includes(file.replace('.cjs', ''))) rmSync(new URL(file, validators));
}
