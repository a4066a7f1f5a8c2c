/** Sort orders GET /api/users accepts. */
export const SORTS = ['name', '-name', 'joined', '-joined', 'lastLogin', '-lastLogin'];

/** Thrown for a query the API refuses (answered with 400). */
export class QueryError extends Error {}

/**
 * Reads and checks the query of GET /api/users.
 * @param {URLSearchParams} params
 * @returns {{ q: string | null, team: string | null, role: string | null, country: string | null, tag: string | null, active: boolean | null, sort: string, page: number, limit: number }}
 * @throws {QueryError} naming the bad parameter
 */
export function parseUserQuery(params) {
  const page = integer(params, 'page', 1, 1, 100000);
  const limit = integer(params, 'limit', 25, 1, 100);
  const sort = params.get('sort') ?? 'name';
  if (!SORTS.includes(sort)) throw new QueryError(`sort must be one of ${SORTS.join(', ')}`);
  const active = params.get('active');
  if (active !== null && active !== 'true' && active !== 'false') throw new QueryError('active must be true or false');
  const q = params.get('q');
  return {
    q: q === null || q.trim() === '' ? null : q.trim(),
    team: params.get('team'),
    role: params.get('role'),
    country: params.get('country'),
    tag: params.get('tag'),
    active: active === null ? null : active === 'true',
    sort,
    page,
    limit,
  };
}

function integer(params, name, fallback, min, max) {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new QueryError(`${name} must be a whole number`);
  const value = Number(raw);
  if (value < min || value > max) throw new QueryError(`${name} must be between ${min} and ${max}`);
  return value;
}
