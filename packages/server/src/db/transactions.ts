import { PostgresAdapter, type Kysely } from 'kysely';
import type { Tables } from './tables.js';

/** Runs `work` in a transaction, joining the caller's when `db` already is one (Kysely cannot nest them). */
export function inTransaction<T>(db: Kysely<Tables>, work: (transaction: Kysely<Tables>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Whether `SELECT … FOR UPDATE` exists: PostgreSQL runs transactions side by side and needs row
 * locks; SQLite has one writer at a time, and one connection per process serializes them.
 */
export function takesRowLocks(db: Kysely<Tables>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
