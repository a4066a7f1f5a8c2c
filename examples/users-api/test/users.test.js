// What GET /api/users must answer, whatever the implementation: these tests define the behaviour
// an optimization has to keep.
/* global fetch */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { handle } from '../src/app.js';

const rawUsers = JSON.parse(readFileSync(new URL('../data/users.json', import.meta.url), 'utf8'));
const teams = JSON.parse(readFileSync(new URL('../data/teams.json', import.meta.url), 'utf8'));
const firstOfEachPerson = [];
const seenEmails = new Set();
for (const user of rawUsers) {
  if (!seenEmails.has(user.email.toLowerCase())) firstOfEachPerson.push(user);
  seenEmails.add(user.email.toLowerCase());
}

let server;
let base;
/** Every user in the default (name) order, fetched page by page once. */
let everyoneByName;

before(async () => {
  server = createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  everyoneByName = await everyUser();
});

after(() => new Promise((resolve) => server.close(resolve)));

async function get(path) {
  const response = await fetch(base + path);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

async function everyUser(query = '') {
  const all = [];
  for (let page = 1; ; page++) {
    const { body } = await get(`/api/users?limit=100&page=${page}${query}`);
    all.push(...body.users);
    if (page >= body.pages) return all;
  }
}

describe('GET /api/users', () => {
  test('answers the first 25 users sorted by name with the paging fields', async () => {
    const { status, type, body } = await get('/api/users');
    assert.equal(status, 200);
    assert.match(type, /^application\/json/);
    assert.deepEqual(Object.keys(body), ['total', 'page', 'limit', 'pages', 'users']);
    assert.equal(body.total, firstOfEachPerson.length);
    assert.equal(body.page, 1);
    assert.equal(body.limit, 25);
    assert.equal(body.pages, Math.ceil(firstOfEachPerson.length / 25));
    assert.equal(body.users.length, 25);
  });

  test('presents each user with team, formatted dates and a signed avatar URL', async () => {
    const { body } = await get('/api/users?q=maja.jensen0%40');
    assert.equal(body.total, 1);
    const [user] = body.users;
    const raw = rawUsers.find((u) => u.id === 'u00001');
    const team = teams.find((t) => t.id === raw.teamId);
    assert.deepEqual(user, {
      id: 'u00001',
      name: 'Maja Jensen',
      email: 'maja.jensen0@example.com',
      role: raw.role,
      country: raw.country,
      active: raw.active,
      tags: raw.tags,
      team: { id: team.id, name: team.name, department: team.department },
      joined: 'Aug 23, 2021',
      lastLogin: 'Jun 4, 2022',
      createdAt: raw.createdAt,
      lastLoginAt: raw.lastLoginAt,
      avatarUrl: user.avatarUrl,
    });
    assert.match(user.avatarUrl, /^\/avatars\/u00001\.png\?sig=[A-Za-z0-9_-]{16}$/);
  });

  test('signs the same avatar URL for a user on every request', async () => {
    const first = await get('/api/users?limit=5');
    const second = await get('/api/users?limit=5');
    assert.deepEqual(first.body.users.map((u) => u.avatarUrl), second.body.users.map((u) => u.avatarUrl));
    assert.equal(new Set(first.body.users.map((u) => u.avatarUrl)).size, 5);
  });

  test('lists each person once: e-mails differing only in case are the same person, and the first record wins', async () => {
    const users = everyoneByName;
    assert.equal(users.length, firstOfEachPerson.length);
    assert.equal(new Set(users.map((u) => u.email.toLowerCase())).size, users.length);
    assert.deepEqual(new Set(users.map((u) => u.id)), new Set(firstOfEachPerson.map((u) => u.id)));
    assert.ok(rawUsers.length > firstOfEachPerson.length, 'the data holds duplicates to remove');
  });

  test('sorts names as people read them: accents and case do not push a name to the end', async () => {
    const users = everyoneByName;
    const names = users.map((u) => u.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    assert.ok(names.indexOf(names.find((n) => n.startsWith('Ábel'))) < names.indexOf(names.find((n) => n.startsWith('Adam'))));
    const { body } = await get('/api/users');
    const firstPage = body.users.map((u) => u.name);
    const byCodeUnits = [...firstPage].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.notDeepEqual(firstPage, byCodeUnits, 'the first page holds accented names that plain string comparison would misplace');
  });

  test('keeps id order among users with the same name', async () => {
    const users = everyoneByName;
    for (let i = 1; i < users.length; i++) {
      if (users[i].name === users[i - 1].name) assert.ok(users[i - 1].id < users[i].id, `${users[i - 1].id} before ${users[i].id}`);
    }
  });

  for (const [sort, field, direction] of [
    ['joined', 'createdAt', 1],
    ['-joined', 'createdAt', -1],
    ['lastLogin', 'lastLoginAt', 1],
    ['-lastLogin', 'lastLoginAt', -1],
  ]) {
    test(`sorts by ${sort}`, async () => {
      const { body } = await get(`/api/users?sort=${sort}&limit=100&page=3`);
      for (let i = 1; i < body.users.length; i++) {
        const order = body.users[i - 1][field] < body.users[i][field] ? -1 : body.users[i - 1][field] > body.users[i][field] ? 1 : 0;
        assert.ok(order === 0 || order === -direction, `${body.users[i - 1][field]} then ${body.users[i][field]}`);
      }
    });
  }

  test('-name reverses the name order', async () => {
    const forward = everyoneByName.map((u) => u.name);
    const { body } = await get('/api/users?sort=-name&limit=100');
    assert.deepEqual(body.users.map((u) => u.name), forward.reverse().slice(0, 100));
  });

  test('filters by team, role, country, tag and active, all at once', async () => {
    const team = teams[7].id;
    const users = await everyUser(`&team=${team}&role=viewer&active=true`);
    const expected = firstOfEachPerson.filter((u) => u.teamId === team && u.role === 'viewer' && u.active);
    assert.ok(expected.length > 0);
    assert.deepEqual(users.map((u) => u.id).sort(), expected.map((u) => u.id).sort());
    const tagged = await everyUser('&tag=oncall&country=DE');
    assert.deepEqual(tagged.map((u) => u.id).sort(), firstOfEachPerson.filter((u) => u.tags.includes('oncall') && u.country === 'DE').map((u) => u.id).sort());
  });

  test('searches names, e-mails and team names without regard to case', async () => {
    const byName = await everyUser('&q=SØREN');
    assert.ok(byName.length > 0);
    assert.ok(byName.every((u) => /søren/i.test(u.name) || /søren/i.test(u.email) || /søren/i.test(u.team.name)));
    const byTeam = await everyUser(`&q=${encodeURIComponent(teams[3].name)}`);
    assert.ok(byTeam.some((u) => u.team.id === teams[3].id));
  });

  test('treats search text literally, never as a pattern', async () => {
    const { status, body } = await get('/api/users?q=' + encodeURIComponent('.*('));
    assert.equal(status, 200);
    assert.equal(body.total, 0);
  });

  test('pages continue where the previous page ended', async () => {
    const { body: wide } = await get('/api/users?limit=50');
    const { body: first } = await get('/api/users?limit=25&page=1');
    const { body: second } = await get('/api/users?limit=25&page=2');
    assert.deepEqual([...first.users, ...second.users], wide.users);
    const { body: beyond } = await get(`/api/users?page=${wide.pages * 2 + 1}&limit=25`);
    assert.deepEqual(beyond.users, []);
  });

  for (const [query, message] of [
    ['limit=0', /limit must be between 1 and 100/],
    ['limit=101', /limit must be between 1 and 100/],
    ['page=two', /page must be a whole number/],
    ['sort=age', /sort must be one of/],
    ['active=yes', /active must be true or false/],
  ]) {
    test(`refuses ${query} with 400 and a message`, async () => {
      const { status, body } = await get(`/api/users?${query}`);
      assert.equal(status, 400);
      assert.match(body.error, message);
    });
  }
});

describe('other routes', () => {
  test('GET /api/users/:id answers one user as the list does', async () => {
    const { body: list } = await get('/api/users?limit=1');
    const { status, body } = await get(`/api/users/${list.users[0].id}`);
    assert.equal(status, 200);
    assert.deepEqual(body, list.users[0]);
  });

  test('a removed duplicate has no page of its own', async () => {
    const duplicate = rawUsers.find((u) => !firstOfEachPerson.includes(u));
    const { status } = await get(`/api/users/${duplicate.id}`);
    assert.equal(status, 404);
  });

  test('GET /health is ok, other paths 404, other methods 405', async () => {
    assert.deepEqual((await get('/health')).body, { status: 'ok' });
    assert.equal((await get('/nope')).status, 404);
    const response = await fetch(`${base}/api/users`, { method: 'POST' });
    assert.equal(response.status, 405);
  });
});
