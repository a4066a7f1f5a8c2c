import { parseUserQuery, QueryError } from './query.js';
import { getUser, listUsers } from './users.js';

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * The request handler of the users API.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET') return send(res, 405, { error: `${req.method} is not allowed; this API is read-only` });
  if (url.pathname === '/health') return send(res, 200, { status: 'ok' });
  if (url.pathname === '/api/users') {
    let query;
    try {
      query = parseUserQuery(url.searchParams);
    } catch (error) {
      if (error instanceof QueryError) return send(res, 400, { error: error.message });
      throw error;
    }
    return send(res, 200, listUsers(query));
  }
  const match = /^\/api\/users\/([A-Za-z0-9]+)$/.exec(url.pathname);
  if (match !== null) {
    const user = getUser(match[1]);
    return user === null ? send(res, 404, { error: `no user ${match[1]}` }) : send(res, 200, user);
  }
  return send(res, 404, { error: `no route ${url.pathname}` });
}
