// GET /api/orders?customer=<id>&limit=<n>: a customer's latest orders with their items.
// Needs DATABASE_URL (a PostgreSQL with the seed of db/seed.sql; scripts/db.mjs makes one).
import http from 'node:http';
import { openDatabase } from './src/db.js';
import { recentOrders } from './src/orders.js';

const url = process.env.DATABASE_URL;
if (url === undefined || url === '') {
  process.stderr.write('DATABASE_URL is not set: run the server through `node scripts/db.mjs run -- node server.js`\n');
  process.exit(2);
}
const database = await openDatabase(url);

const server = http.createServer(async (req, res) => {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname !== '/api/orders') {
    res.writeHead(404).end();
    return;
  }
  const customer = Number(searchParams.get('customer'));
  const limit = Math.min(50, Number(searchParams.get('limit') ?? 20));
  if (!Number.isInteger(customer) || !Number.isInteger(limit) || limit < 1) {
    res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"customer and limit must be whole numbers"}');
    return;
  }
  try {
    const body = await recentOrders(database.pool, customer, limit);
    res.writeHead(body === null ? 404 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'no such customer' }));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error.message) }));
  }
});

const stop = async () => {
  server.close();
  await database.close().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.listen(Number(process.env.PORT ?? 3001), '127.0.0.1');
