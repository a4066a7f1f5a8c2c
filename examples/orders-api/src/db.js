// The server's database: a pool whose connections all work in a schema of this process's own,
// copied from the seed when the server starts and dropped when it stops. Two servers started side
// by side (as perfflow does for base, candidate and an A/A copy) never see each other's indexes,
// caches of table pages aside.
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TABLES = ['customers', 'loyalty', 'orders', 'order_items'];

/**
 * Opens the pool and prepares this process's schema.
 * @param {string} url - DATABASE_URL
 * @returns {Promise<{ pool: pg.Pool, close: () => Promise<void> }>}
 */
export async function openDatabase(url) {
  const schema = `app_${process.pid}_${Date.now().toString(36)}`;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  try {
    await setup.query(`CREATE SCHEMA ${schema}`);
    for (const table of TABLES) {
      await setup.query(`CREATE TABLE ${schema}.${table} (LIKE seed.${table} INCLUDING ALL)`);
      await setup.query(`INSERT INTO ${schema}.${table} SELECT * FROM seed.${table}`);
    }
    await setup.query(`SET search_path TO ${schema}`);
    await setup.query(readFileSync(new URL('../db/migrations.sql', import.meta.url), 'utf8'));
  } finally {
    await setup.end();
  }
  // ORDERS_POOL_SIZE sets the pool's size (8 by default); a pool smaller than the users is exhausted.
  const size = Number(process.env.ORDERS_POOL_SIZE ?? 8);
  const pool = new pg.Pool({ connectionString: url, max: Number.isInteger(size) && size > 0 ? size : 8, options: `-c search_path=${schema}` });
  return {
    pool,
    close: async () => {
      await pool.end();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await drop.end();
    },
  };
}
