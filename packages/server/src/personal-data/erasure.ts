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
 * A vacuum keeps every row version that a running transaction could still see: a read of this
 * database that began before the erasure committed (a search's, a report's), and any transaction
 * of the server that had written by then, in whatever database, since every snapshot taken while
 * it runs, the vacuum's own included, counts it as running. Waits, a few seconds at most, until
 * the oldest of both is newer than every transaction that had begun when the erasure committed.
 */
async function untilOlderSnapshotsEnd(db: Database['db']): Promise<void> {
  const { rows } = await sql<{ horizon: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as horizon`.execute(db);
  const horizon = rows[0]?.horizon ?? '0';
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const { rows: [older] } = await sql<{ writing: boolean; reading: boolean }>`
      select pg_snapshot_xmin(pg_current_snapshot()) < ${horizon}::xid8 as writing,
        exists (select from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and age(backend_xmin) > age(${horizon}::xid8::xid)) as reading`.execute(db);
    if (older !== undefined && !older.writing && !older.reading) return;
    await sleep(20);
  }
}
