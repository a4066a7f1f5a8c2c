// What GET /api/orders answers: run with DATABASE_URL set (node scripts/db.mjs run -- node --test).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openDatabase } from '../src/db.js';
import { recentOrders } from '../src/orders.js';

let database;
before(async () => {
  assert.ok(process.env.DATABASE_URL, 'DATABASE_URL is not set: run node scripts/db.mjs run -- node --test');
  database = await openDatabase(process.env.DATABASE_URL);
});
after(async () => {
  await database?.close();
});

test('a customer gets their latest orders, newest first, each with its items in line order and its total', async () => {
  const answer = await recentOrders(database.pool, 42, 20);
  assert.deepEqual(answer.customer, { id: 42, name: 'customer 42', region: 'east', points: 1554, tier: 'bronze' });
  assert.equal(answer.orders.length, 20);
  const placed = answer.orders.map((o) => o.placed_at);
  assert.deepEqual(placed, [...placed].sort((a, b) => b - a));
  for (const order of answer.orders) {
    assert.equal(order.items.length, 4);
    assert.equal(order.total_cents, order.items.reduce((sum, i) => sum + i.qty * i.price_cents, 0));
  }
  assert.deepEqual(answer.orders[0], {
    id: 38839,
    placed_at: 1702330340,
    total_cents: 10391,
    items: [
      { sku: 'SKU-726', qty: 3, price_cents: 999 },
      { sku: 'SKU-743', qty: 1, price_cents: 1099 },
      { sku: 'SKU-760', qty: 2, price_cents: 1199 },
      { sku: 'SKU-777', qty: 3, price_cents: 1299 },
    ],
  });
});

test('the limit is respected and an unknown customer is null', async () => {
  assert.equal((await recentOrders(database.pool, 7, 3)).orders.length, 3);
  assert.equal(await recentOrders(database.pool, 999999, 20), null);
});
