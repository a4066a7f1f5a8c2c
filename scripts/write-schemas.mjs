// Writes schemas/<name>.schema.json from the compiled TypeBox schemas, the single source of truth.
// `npm test` checks that the committed JSON files are what this script produces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaLoaders } from '../dist/schemas/registry.js';

const out = new URL('../schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [name, load] of Object.entries(schemaLoaders)) {
  const schema = await load();
  const json = { $schema: 'http://json-schema.org/draft-07/schema#', ...JSON.parse(JSON.stringify(schema)), $id: `${name}.schema.json` };
  writeFileSync(new URL(`${name}.schema.json`, out), `${JSON.stringify(json, null, 2)}\n`);
}
