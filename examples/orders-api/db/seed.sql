-- The shared seed, created once per throwaway cluster by scripts/db.mjs. Every server process
-- copies it into a schema of its own (src/db.js), so two servers measured side by side never
-- share tables, indexes or caches of each other's making. Deterministic: no random().
CREATE SCHEMA seed;
CREATE TABLE seed.customers (id int PRIMARY KEY, name text NOT NULL, region text NOT NULL);
INSERT INTO seed.customers
  SELECT i, 'customer ' || i, (ARRAY['north', 'south', 'east', 'west'])[1 + i % 4] FROM generate_series(1, 2000) AS i;
CREATE TABLE seed.loyalty (customer_id int PRIMARY KEY, points int NOT NULL, tier text NOT NULL);
INSERT INTO seed.loyalty
  SELECT i, (i * 37) % 5000, (ARRAY['bronze', 'silver', 'gold'])[1 + i % 3] FROM generate_series(1, 2000) AS i;
-- 20 orders per customer (7919 and 2000 share no factor), one a minute.
CREATE TABLE seed.orders (id int PRIMARY KEY, customer_id int NOT NULL, placed_at int NOT NULL);
INSERT INTO seed.orders
  SELECT i, 1 + (i * 7919) % 2000, 1700000000 + i * 60 FROM generate_series(1, 40000) AS i;
CREATE TABLE seed.order_items (
  order_id int NOT NULL, line int NOT NULL, sku text NOT NULL, qty int NOT NULL, price_cents int NOT NULL,
  PRIMARY KEY (order_id, line)
);
INSERT INTO seed.order_items
  SELECT o, l, 'SKU-' || ((o * 31 + l * 17) % 900), 1 + (o + l) % 3, 199 + ((o * 13 + l) % 50) * 100
  FROM generate_series(1, 40000) AS o, generate_series(1, 4) AS l;
