import { dedupeByEmail, findTeam, loadDirectory } from './directory.js';
import { avatarUrl, fullName, presentUser } from './present.js';

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Whether a directory entry matches the filters of a query.
 * @param {{ user: object, team: object | null }} entry
 * @param {object} query - a parsed query
 * @returns {boolean}
 */
export function matchesQuery({ user, team }, query) {
  if (query.team !== null && team?.id !== query.team) return false;
  if (query.role !== null && user.role !== query.role) return false;
  if (query.country !== null && user.country !== query.country) return false;
  if (query.active !== null && user.active !== query.active) return false;
  if (query.tag !== null && !user.tags.includes(query.tag)) return false;
  if (query.q !== null) {
    const pattern = new RegExp(query.q.replace(ESCAPE, '\\$&'), 'i');
    if (!pattern.test(fullName(user)) && !pattern.test(user.email) && !pattern.test(team?.name ?? '')) return false;
  }
  return true;
}

/**
 * Orders directory entries; names compare as people expect (accents and case ignored first),
 * ties keep id order.
 * @param {{ user: object }[]} entries
 * @param {string} sort - one of SORTS
 * @returns {object[]} a sorted copy
 */
export function sortUsers(entries, sort) {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const compare = (a, b) => {
    if (key === 'name') return fullName(a).localeCompare(fullName(b));
    const field = key === 'joined' ? 'createdAt' : 'lastLoginAt';
    return a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0;
  };
  return entries
    .slice()
    .sort((a, b) => (descending ? compare(b.user, a.user) : compare(a.user, b.user)) || (a.user.id < b.user.id ? -1 : 1));
}

/**
 * Every person of the directory with their team, duplicates removed.
 * @returns {{ user: object, team: object | null }[]}
 */
function directoryEntries() {
  const { users, teams } = loadDirectory();
  return dedupeByEmail(users).map((user) => ({ user, team: findTeam(teams, user.teamId) }));
}

/**
 * The public shape of one entry, with its signed avatar URL.
 * @param {{ user: object, team: object | null }} entry
 * @returns {object}
 */
function present({ user, team }) {
  return { ...presentUser(user, team), avatarUrl: avatarUrl(user.id) };
}

/**
 * GET /api/users: one page of users matching the query.
 * @param {object} query - a parsed query (see parseUserQuery)
 * @returns {{ total: number, page: number, limit: number, pages: number, users: object[] }}
 */
export function listUsers(query) {
  const matching = sortUsers(directoryEntries().filter((entry) => matchesQuery(entry, query)), query.sort);
  const start = (query.page - 1) * query.limit;
  return {
    total: matching.length,
    page: query.page,
    limit: query.limit,
    pages: Math.ceil(matching.length / query.limit),
    users: matching.slice(start, start + query.limit).map(present),
  };
}

/**
 * GET /api/users/:id
 * @param {string} id
 * @returns {object | null} the user, or null when there is none
 */
export function getUser(id) {
  const entry = directoryEntries().find(({ user }) => user.id === id);
  return entry === undefined ? null : present(entry);
}
