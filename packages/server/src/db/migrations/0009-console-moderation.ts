import type { Kysely, Migration } from 'kysely';

/**
 * What the console's officers record: the reason a draft comment was rejected (kept for the
 * drafting agency's export), and the deadline a question's progress notice set (Cao Bằng Điều
 * 9.4), which a later change of the calendar must not move back.
 */
export const consoleModerationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('legal_document_comments').addColumn('rejection_reason', 'text').execute();
    await db.schema.alterTable('questions').addColumn('notice_due_date', 'text').execute();
  },
};
