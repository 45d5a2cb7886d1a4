import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type ServerConfig } from '../src/config.js';
import { createDatabase, migrateToLatest, type Database, type DialectName } from '../src/db/database.js';
import { hashCheaplyForTests } from '../src/accounts/passwords.js';

// Every suite with a database loads this module: its sign-ins hash at a low cost (see there).
hashCheaplyForTests();

/** The databases the API suite runs on: SQLite always, PostgreSQL when the test runner provides one. */
export const testDialects: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  config: ServerConfig;
  database: Database;
  /** Closes this process's connection (once; later calls do nothing). */
  disconnect(): Promise<void>;
  /** Disconnects and removes the database (the temporary directory, or the PostgreSQL database). */
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs one statement (CREATE/DROP DATABASE) on a PostgreSQL server; tests and benchmarks share it. */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once the connections closing on it are gone: a pool resolves `end()`
 * before its sockets are closed, and forcing the drop then would kill them mid-close, an error
 * thrown into whatever test runs next. Forced only after a second of waiting.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      // 55006: the database is being accessed by other users.
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** A fresh database of the dialect in its own data directory, migrated unless a migration test migrates it itself. */
export async function createTestDatabase(dialect: DialectName, overrides: Partial<ServerConfig> = {}, migrate = true): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-test-'));
  let databaseUrl: string | undefined;
  let dropPostgres = () => Promise.resolve();
  if (dialect === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl === undefined) throw new Error('TEST_DATABASE_URL is not set');
    const name = `vnp_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    databaseUrl = withDatabase(serverUrl, name);
    dropPostgres = () => dropDatabase(serverUrl, name);
  }
  // Suites not about the bot check send submissions without solving challenges (see bot-check/).
  const config: ServerConfig = { ...loadConfig({}), dataDir, databaseUrl, rateLimits: false, proofOfWorkBits: 0, visitFlushIntervalMs: 50, backupIntervalHours: 0, ...overrides };
  const database = createDatabase(config);
  if (migrate) await migrateToLatest(database.db);
  let disconnected: Promise<void> | undefined;
  const disconnect = () => (disconnected ??= database.destroy());
  return {
    config,
    database,
    disconnect,
    drop: async () => {
      await disconnect();
      await dropPostgres();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
