import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { dropContacts } from './contact-index.js';

/** What a comment shows for its author once their name is erased. */
export const erasedCommenterName = 'Ẩn danh';

/** Erases the asker of a question (the question and its answer stay); false if already erased. */
export async function eraseQuestionAsker(db: Kysely<Tables>, questionId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('questions')
    .set({ asker_sealed: null, personal_data_erased_at: at, updated_at: at })
    .where('id', '=', questionId)
    .where('asker_sealed', 'is not', null)
    .executeTakeFirst();
  await dropContacts(db, 'question', questionId);
  return result.numUpdatedRows > 0n;
}

/** Erases the name and email of a commenter (the comment stays, signed "Ẩn danh"); false if already erased. */
export async function eraseCommenter(db: Kysely<Tables>, commentId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('legal_document_comments')
    .set({ name: erasedCommenterName, email: '', personal_data_erased_at: at })
    .where('id', '=', commentId)
    .where('personal_data_erased_at', 'is', null)
    .executeTakeFirst();
  await dropContacts(db, 'draft-comment', commentId);
  return result.numUpdatedRows > 0n;
}

/**
 * Makes erased values unrecoverable from the live database, not only unreachable through the API.
 * SQLite runs with `secure_delete` (see `openSqlite`), which zeroes the old values in the pages
 * it rewrites; the old page versions still in the write-ahead log are then written back and the
 * log emptied. PostgreSQL keeps the old row versions until a vacuum: `VACUUM FULL` rewrites the
 * tables, so no dead version survives in them (it locks them for the moment it takes, which is
 * why it runs once per erasure or retention batch). Backups hold the data until they rotate out.
 */
export async function scrubErasedData(database: Database): Promise<void> {
  if (database.dialect === 'sqlite') {
    database.native.pragma('wal_checkpoint(TRUNCATE)');
    return;
  }
  await untilOlderSnapshotsEnd(database.db);
  await sql`vacuum full questions, legal_document_comments, contact_index, data_subject_requests`.execute(database.db);
}

/**
 * A vacuum keeps every row version that a running transaction could still see: a read that began
 * before the erasure committed (a search's, a report's) would keep the erased values in the
 * rewritten table. Waits, a few seconds at most, until no transaction of this database that began
 * before now (by the database's clock) is still open.
 */
async function untilOlderSnapshotsEnd(db: Database['db']): Promise<void> {
  const { rows } = await sql<{ now: string }>`select clock_timestamp()::text as now`.execute(db);
  const now = rows[0]?.now ?? 'now';
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const older = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_xmin is not null and xact_start < ${now}::timestamptz`.execute(db);
    if ((older.rows[0]?.n ?? 0) === 0) return;
    await sleep(20);
  }
}
