// Routes: POST /login issues a signed token, GET /api/orders lists the caller's orders and POST
// /api/refresh issues a fresh token; both need `Authorization: Bearer <token>` and a permission.
import { issueToken, verifyPassword, verifyToken } from './auth.js';
import { ordersOf } from './orders.js';
import { checkPermission } from './permissions.js';

function send(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function caller(req) {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? verifyToken(header.slice(7)) : undefined;
}

export async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/login') {
    const body = await readBody(req);
    const user = body === undefined ? undefined : verifyPassword(body.user, body.password);
    if (user === undefined) return send(res, 401, { error: 'wrong user or password' });
    return send(res, 200, { token: issueToken(user), user: user.name, role: user.role, issued_at: new Date().toISOString() });
  }
  if (url.pathname === '/api/orders' || url.pathname === '/api/refresh') {
    const user = caller(req);
    if (user === undefined) return send(res, 401, { error: 'log in first' });
    const action = url.pathname === '/api/orders' ? 'orders:read' : 'session:refresh';
    if (!checkPermission(user, action)) return send(res, 403, { error: `${user.role} may not ${action}` });
    if (url.pathname === '/api/refresh' && req.method === 'POST') return send(res, 200, { token: issueToken(user), issued_at: new Date().toISOString() });
    if (req.method === 'GET') {
      const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 20)));
      return send(res, 200, { user: user.name, orders: ordersOf(user.name).slice(0, limit) });
    }
  }
  return send(res, 404, { error: 'not found' });
}
