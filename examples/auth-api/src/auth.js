// Users, password checks and signed tokens (`<payload>.<hmac>`, base64url).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const SIGNING_KEY = process.env.AUTH_SIGNING_KEY ?? 'auth-api-example-signing-key';

const hash = (salt, password) => createHash('sha256').update(`${salt}:${password}`).digest('hex');

const USERS = [
  { name: 'alice', role: 'analyst', salt: 's1', password: 'correct-horse-battery-staple' },
  { name: 'bob', role: 'support', salt: 's2', password: 'tr0ub4dor-and-3' },
  { name: 'carol', role: 'admin', salt: 's3', password: 'purple-monkey-dishwasher' },
].map(({ password, ...u }) => ({ ...u, hash: hash(u.salt, password) }));

export function verifyPassword(name, password) {
  const user = USERS.find((u) => u.name === name);
  if (user === undefined || typeof password !== 'string') return undefined;
  return hash(user.salt, password) === user.hash ? { name: user.name, role: user.role } : undefined;
}

const sign = (payload) => createHmac('sha256', SIGNING_KEY).update(payload).digest('base64url');

export function issueToken(user) {
  const payload = Buffer.from(JSON.stringify({ sub: user.name, role: user.role })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function verifyToken(token) {
  const [payload, signature] = token.split('.');
  if (payload === undefined || signature === undefined) return undefined;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const { sub, role } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return { name: sub, role };
}
