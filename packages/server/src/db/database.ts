import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase as KyselySqlite } from 'kysely';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { ServerConfig } from '../config.js';
import { migrationProvider } from './migrations.js';
import type { Tables } from './tables.js';

export type DialectName = 'sqlite' | 'postgres';

interface DatabaseBase {
  db: Kysely<Tables>;
  destroy(): Promise<void>;
}

export interface SqliteDatabase extends DatabaseBase {
  dialect: 'sqlite';
  file: string;
  /** The driver's handle, for the online backup API. */
  native: BetterSqlite3.Database;
}

export interface PostgresDatabase extends DatabaseBase {
  dialect: 'postgres';
  url: string;
}

export type Database = SqliteDatabase | PostgresDatabase;

/** The embedded database file inside the data directory. */
export const sqliteFileName = 'vn-portal.sqlite';

export function openSqlite(file: string): BetterSqlite3.Database {
  const native = new BetterSqlite3(file);
  // WAL lets readers run while one writer commits; FULL syncs each commit, so an acknowledged
  // write survives a crash of the machine, not only of the process.
  native.pragma('journal_mode = WAL');
  native.pragma('synchronous = FULL');
  // Deleted and overwritten values are zeroed in the file, not left in free space: an erasure
  // must leave nothing to recover (see `personal-data/erasure.ts`).
  native.pragma('secure_delete = ON');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  return native;
}

/**
 * The handle as Kysely reads it, keeping the statements it prepared: Kysely prepares every query
 * anew, and compiling the SQL costs as much as running a short query by key (a search page's
 * summaries are three such queries). The same SQL comes back all the time, so a few hundred
 * statements hold nearly all of it. Safe to share: the driver runs one query at a time to its end,
 * and the code never streams.
 */
function withKeptStatements(native: BetterSqlite3.Database): KyselySqlite {
  const statements = new LRUCache<string, BetterSqlite3.Statement>({ max: 500 });
  return {
    close: () => native.close(),
    prepare: (query) => {
      let statement = statements.get(query);
      if (!statement) {
        statement = native.prepare(query);
        statements.set(query, statement);
      }
      return statement;
    },
  };
}

// COUNT and SUM are bigint (int8) in PostgreSQL; every count here fits a JavaScript number.
const pgTypes = new pg.TypeOverrides();
pgTypes.setTypeParser(pg.types.builtins.INT8, Number);

/** Opens PostgreSQL when `databaseUrl` is set, else the SQLite file under `dataDir`. */
export function createDatabase(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Database {
  if (config.databaseUrl !== undefined) {
    // A commit returns once it is on disk, whatever the server's default: questions, votes and
    // comments are acknowledged only when durable.
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10, types: pgTypes, options: '-c synchronous_commit=on' });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return { dialect: 'postgres', url: config.databaseUrl, db, destroy: () => db.destroy() };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, sqliteFileName);
  const native = openSqlite(file);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withKeptStatements(native) }) });
  return { dialect: 'sqlite', file, native, db, destroy: () => db.destroy() };
}

/** Applies every pending migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<Tables>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error('A migration failed', { cause: error });
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
