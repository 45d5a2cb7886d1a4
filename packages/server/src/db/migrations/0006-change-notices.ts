import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * On PostgreSQL, every statement that logs changed documents notifies the channel
 * `legal_document_changes` when its transaction commits, so every process's search index applies
 * the change at once instead of at its next poll (see `search/change-notices.ts`). A trigger, not
 * the writers, so that every writer (the API, the seed, a script) notifies. SQLite has one process.
 */
export const changeNoticesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`
      create function notify_legal_document_changes() returns trigger language plpgsql as $$
      begin
        perform pg_notify('legal_document_changes', '');
        return null;
      end $$`.execute(db);
    await sql`
      create trigger legal_document_changes_notify after insert on legal_document_changes
      for each statement execute function notify_legal_document_changes()`.execute(db);
  },
};
