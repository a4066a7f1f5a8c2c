#!/usr/bin/env node
// A throwaway PostgreSQL for the orders API: a new cluster in a temp directory on a free loopback
// port, seeded with db/seed.sql, removed afterwards. Debian's `postgresql` package provides the
// server (apt-get install postgresql). initdb refuses to run as root: as root the cluster is made
// and run by the `postgres` user the package creates.
//
//   node scripts/db.mjs run -- <command...>   start, seed, run the command with DATABASE_URL set, remove
//   node scripts/db.mjs start                 start and seed; prints DATABASE_URL and the directory
//   node scripts/db.mjs stop <directory>      stop the cluster and remove its directory
//
// Exit codes: the command's own for `run`; 2 bad usage; 4 PostgreSQL missing or not starting.
// ORDERS_PG_BIN names another directory of server programs; ORDERS_PG_PORT a fixed port.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = fileURLToPath(new URL('../db/seed.sql', import.meta.url));

/** A problem that ends the script with one line and an exit code. */
export class DatabaseError extends Error {
  /**
   * @param {string} message
   * @param {number} exitCode
   */
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * The directory of PostgreSQL's server programs: Debian keeps them out of PATH.
 * @returns {string | null}
 */
function serverBin() {
  const chosen = process.env.ORDERS_PG_BIN;
  if (chosen !== undefined && chosen !== '') return existsSync(join(chosen, 'initdb')) ? chosen : null;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return found.status === 0 ? join(found.stdout.trim(), '..') : null;
}

/**
 * How to run a server program: as `postgres` when this process is root.
 * @returns {{ prefix: string[], uid: number | null, gid: number | null }}
 */
function runner() {
  if (process.getuid?.() !== 0) return { prefix: [], uid: null, gid: null };
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) throw new DatabaseError("running as root, and there is no 'postgres' user to run PostgreSQL as: install Debian's postgresql package (it creates one) or run as another user", 4);
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** @returns {Promise<number>} a port nobody listens on now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

function run(prefix, argv, what) {
  const [command, ...args] = [...prefix, ...argv];
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    const detail = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').filter((l) => l.trim() !== '').slice(-2).join(' | ');
    throw new DatabaseError(`PostgreSQL ${what} failed: ${detail || `exit ${result.status}`}`, 4);
  }
  return result.stdout;
}

/**
 * Starts a throwaway cluster and seeds it.
 * @returns {Promise<{ url: string, dir: string, stop: () => void }>}
 * @throws {DatabaseError} when PostgreSQL is missing or does not start (nothing is left behind)
 */
export async function startDatabase() {
  const bin = serverBin();
  if (bin === null) throw new DatabaseError(`PostgreSQL is not installed (no initdb in ${process.env.ORDERS_PG_BIN || '/usr/lib/postgresql/*/bin or on PATH'}): install it with 'apt-get install postgresql'`, 4);
  const { prefix, uid, gid } = runner();
  const dir = mkdtempSync(join(tmpdir(), 'orders-api-pg-'));
  if (uid !== null && gid !== null) chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const stop = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      const [command, ...args] = [...prefix, join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop'];
      spawnSync(command, args, { stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(prefix, [join(bin, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions'], 'initdb');
    const port = process.env.ORDERS_PG_PORT ? Number(process.env.ORDERS_PG_PORT) : await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run(prefix, [join(bin, 'pg_ctl'), '-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start'], `server start on port ${port}`);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(readFileSync(SEED, 'utf8'));
    } finally {
      await client.end();
    }
    return { url, dir, stop };
  } catch (error) {
    // The server's own words for why it stopped: its first FATAL or "could not" line.
    const lines = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8').trim().split('\n') : [];
    const log = (lines.find((l) => /FATAL|could not/.test(l)) ?? '').replace(/^.*?(FATAL|LOG|ERROR):\s*/, '');
    stop();
    if (error instanceof DatabaseError) throw new DatabaseError(log ? `${error.message.replace(/ failed: .*$/, ' failed')}: ${log}` : error.message, error.exitCode);
    throw new DatabaseError(`PostgreSQL could not be seeded: ${error instanceof Error ? error.message : String(error)}`, 4);
  }
}

/**
 * Runs a command with a throwaway database in DATABASE_URL, then removes the database, also when
 * the command fails or this script is interrupted.
 * @param {string[]} argv - the command
 * @returns {Promise<number>} the command's exit code
 */
export async function withDatabase(argv) {
  const db = await startDatabase();
  let child = null;
  const interrupted = (signal) => {
    child?.kill(signal);
    db.stop();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    child = spawn(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL: db.url } });
    return await new Promise((resolve) => {
      child.once('error', (error) => {
        process.stderr.write(`db: cannot run '${argv[0]}': ${error.message}\n`);
        resolve(127);
      });
      child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
    });
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    db.stop();
  }
}

async function main(args) {
  const [verb, ...rest] = args;
  if (verb === 'run') {
    const argv = rest[0] === '--' ? rest.slice(1) : rest;
    if (argv.length === 0) throw new DatabaseError('usage: node scripts/db.mjs run -- <command...>', 2);
    return withDatabase(argv);
  }
  if (verb === 'start') {
    const db = await startDatabase();
    writeFileSync(join(db.dir, 'url'), db.url);
    process.stdout.write(`DATABASE_URL=${db.url}\n# stop and remove it with: node scripts/db.mjs stop ${db.dir}\n`);
    return 0;
  }
  if (verb === 'stop' && rest.length === 1) {
    const dir = rest[0];
    if (!existsSync(join(dir, 'url')) || !existsSync(join(dir, 'data'))) throw new DatabaseError(`${dir} is not a database made by 'node scripts/db.mjs start'`, 2);
    const bin = serverBin();
    const { prefix } = runner();
    if (bin !== null) {
      const [command, ...args] = [...prefix, join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop'];
      spawnSync(command, args, { stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
    return 0;
  }
  throw new DatabaseError('usage: node scripts/db.mjs run -- <command...> | start | stop <directory>', 2);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    process.stderr.write(`db: ${error.message}\n`);
    process.exitCode = error.exitCode;
  }
}
