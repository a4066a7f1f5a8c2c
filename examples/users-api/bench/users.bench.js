// The function target `users/list` of perfflow.config.yaml: each task is one call of the code
// behind GET /api/users, without the HTTP server around it.
import { URLSearchParams } from 'node:url';
import { parseUserQuery } from '../src/query.js';
import { listUsers } from '../src/users.js';

const query = (text) => parseUserQuery(new URLSearchParams(text));

export default {
  'first page by name': () => listUsers(query('')),
  'search "an" among active editors': () => listUsers(query('q=an&role=editor&active=true')),
  'newest 50 members of one team': () => listUsers(query('team=t008&sort=-joined&limit=50')),
};
