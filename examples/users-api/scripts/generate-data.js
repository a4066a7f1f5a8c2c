// Writes data/users.json and data/teams.json. The data is generated from a fixed seed, so running
// this again produces the same bytes (test/data.test.js checks that).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED = 20240917;
const USER_COUNT = 1000;
const TEAM_COUNT = 120;
// A share of the records comes twice (the directory was merged from two HR systems), with a
// different id and differently cased e-mail; the API keeps the first record of each person.
const DUPLICATE_SHARE = 0.06;

const FIRST_NAMES = [
  'Aarav', 'Ábel', 'Ada', 'Adam', 'Ágata', 'Aisha', 'Álvaro', 'Amara', 'Ana', 'Anders', 'Ángel', 'Astrid',
  'Beatriz', 'Bjørn', 'Bruno', 'Chen', 'Chloé', 'Dana', 'Daniel', 'Élodie', 'Emil', 'Emma', 'Esther',
  'Fatima', 'Felix', 'François', 'Greta', 'Hana', 'Hugo', 'Ingrid', 'Isabel', 'Jonas', 'José', 'Julia',
  'Kai', 'Karin', 'Leila', 'Lena', 'Liam', 'Lucía', 'Mads', 'Maja', 'Marek', 'María', 'Mateo', 'Mei',
  'Nadia', 'Noah', 'Nora', 'Oskar', 'Pablo', 'Priya', 'Rafael', 'Rania', 'Sara', 'Sofía', 'Søren',
  'Tomás', 'Yara', 'Yusuf', 'Zoë', 'Zainab',
];
const LAST_NAMES = [
  'Abbott', 'Álvarez', 'Andersen', 'Bauer', 'Becker', 'Costa', 'da Silva', 'de la Cruz', 'Dubois',
  'Eriksson', 'Fernández', 'Fischer', 'García', 'Haddad', 'Hansen', 'Ibáñez', 'Ivanova', 'Jensen',
  'Kim', 'Kowalski', 'Larsen', 'López', 'Martin', 'Müller', 'Nakamura', 'Nguyen', 'Novak', 'Okafor',
  'Olsen', 'Patel', 'Pérez', 'Rossi', 'Sánchez', 'Schmidt', 'Singh', 'Suzuki', 'Svensson', 'Tanaka',
  'van Dijk', 'Wagner', 'Wang', 'Weber', 'Yilmaz', 'Zhang', 'Østergaard',
];
const DEPARTMENTS = ['Engineering', 'Sales', 'Support', 'Finance', 'Marketing', 'Operations', 'Legal', 'People'];
const TEAM_WORDS = ['Atlas', 'Beacon', 'Comet', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nova', 'Orbit'];
const ROLES = ['admin', 'editor', 'viewer', 'viewer', 'viewer', 'editor'];
const COUNTRIES = ['DE', 'DK', 'ES', 'FR', 'GB', 'IN', 'JP', 'NG', 'NL', 'NO', 'PL', 'SE', 'US', 'BR', 'TR'];
const TAGS = ['oncall', 'mentor', 'remote', 'contractor', 'lead', 'new-hire', 'security', 'beta'];

/**
 * mulberry32: a tiny seeded generator, so the data needs no dependency and never changes.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds the teams and users.
 * @returns {{ teams: object[], users: object[] }}
 */
export function generate() {
  const random = mulberry32(SEED);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const teams = [];
  for (let i = 1; i <= TEAM_COUNT; i++) {
    teams.push({ id: `t${String(i).padStart(3, '0')}`, name: `${pick(TEAM_WORDS)} ${i}`, department: pick(DEPARTMENTS) });
  }
  const people = [];
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2024, 5, 30) - start;
  for (let i = 0; i < USER_COUNT; i++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const handle = `${first}.${last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z.]/g, '').toLowerCase();
    const createdAt = start + Math.floor(random() * span);
    const lastLoginAt = createdAt + Math.floor(random() * (Date.UTC(2024, 8, 1) - createdAt));
    const tags = TAGS.filter(() => random() < 0.15);
    people.push({
      firstName: first,
      lastName: last,
      email: `${handle}${i}@example.com`,
      teamId: pick(teams).id,
      role: pick(ROLES),
      country: pick(COUNTRIES),
      active: random() < 0.85,
      createdAt: new Date(createdAt).toISOString(),
      lastLoginAt: new Date(lastLoginAt).toISOString(),
      tags,
    });
  }
  const users = [];
  let nextId = 1;
  for (const person of people) {
    users.push({ id: `u${String(nextId++).padStart(5, '0')}`, ...person });
  }
  // The second HR system's copies: same person, new id, e-mail in another case, appended later.
  for (const person of people) {
    if (random() < DUPLICATE_SHARE) {
      users.push({ id: `u${String(nextId++).padStart(5, '0')}`, ...person, email: person.email.toUpperCase(), role: 'viewer' });
    }
  }
  return { teams, users };
}

/**
 * A JSON array with one record per line: valid JSON, and a diff of the data stays readable.
 * @param {object[]} records
 * @returns {string}
 */
export function toJsonLines(records) {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { teams, users } = generate();
  const dir = new URL('../data/', import.meta.url);
  writeFileSync(new URL('teams.json', dir), toJsonLines(teams));
  writeFileSync(new URL('users.json', dir), toJsonLines(users));
  console.log(`wrote ${users.length} users and ${teams.length} teams to data/`);
}
