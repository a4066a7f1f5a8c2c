import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generate, toJsonLines } from '../scripts/generate-data.js';

test('data/ is exactly what scripts/generate-data.js produces', () => {
  const { users, teams } = generate();
  assert.equal(readFileSync(new URL('../data/users.json', import.meta.url), 'utf8'), toJsonLines(users));
  assert.equal(readFileSync(new URL('../data/teams.json', import.meta.url), 'utf8'), toJsonLines(teams));
});
