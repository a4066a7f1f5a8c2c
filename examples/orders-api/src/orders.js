// A customer's recent orders with their items, loyalty status and name.

/**
 * The latest orders of a customer, newest first, each with its items.
 * @param {import('pg').Pool} db
 * @param {number} customerId
 * @param {number} limit
 * @returns {Promise<object | null>} null when there is no such customer
 */
export async function recentOrders(db, customerId, limit) {
  const customer = await db.query('SELECT id, name, region FROM customers WHERE id = $1', [customerId]);
  if (customer.rows.length === 0) return null;
  const loyalty = await db.query('SELECT points, tier FROM loyalty WHERE customer_id = $1', [customerId]);
  const orders = await db.query('SELECT id, placed_at FROM orders WHERE customer_id = $1 ORDER BY placed_at DESC, id DESC LIMIT $2', [customerId, limit]);
  const result = [];
  for (const order of orders.rows) {
    const items = await db.query('SELECT sku, qty, price_cents FROM order_items WHERE order_id = $1 ORDER BY line', [order.id]);
    const total = items.rows.reduce((sum, item) => sum + item.qty * item.price_cents, 0);
    result.push({ id: order.id, placed_at: order.placed_at, total_cents: total, items: items.rows });
  }
  return { customer: { ...customer.rows[0], ...loyalty.rows[0] }, orders: result };
}
