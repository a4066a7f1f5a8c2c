// Each user's orders, made once at start from a seeded generator (the same on every start).
function random(seed) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ITEMS = ['keyboard', 'monitor', 'cable', 'dock', 'headset', 'webcam', 'chair', 'lamp'];

function makeOrders(user, seed) {
  const next = random(seed);
  return Array.from({ length: 60 }, (_, i) => ({
    id: `${user}-${String(i + 1).padStart(4, '0')}`,
    item: ITEMS[Math.floor(next() * ITEMS.length)],
    quantity: 1 + Math.floor(next() * 5),
    total_cents: 500 + Math.floor(next() * 50_000),
    placed_on: new Date(Date.UTC(2026, 0, 1 + Math.floor(next() * 300))).toISOString().slice(0, 10),
  }));
}

const ORDERS = new Map(['alice', 'bob', 'carol'].map((user, i) => [user, makeOrders(user, 17 + i)]));

export function ordersOf(user) {
  return ORDERS.get(user) ?? [];
}
