import type { Kysely, Migration } from 'kysely';

/**
 * Spent proof-of-work challenges, the visitor-id salts, consent records, the contact index and
 * requests of persons about their data (Law 91/2025/QH15), and the erasure mark of comments.
 */
export const hardeningMigration: Migration = {
  async up(db: Kysely<unknown>) {
    // A challenge serves one submission: its id is the key, kept until the challenge expires.
    await db.schema
      .createTable('spent_challenges')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('spent_challenges_expires').on('spent_challenges').column('expires_at').execute();

    // One salt per local day, shared by every server process; deleted once two days old.
    await db.schema
      .createTable('visitor_salts')
      .addColumn('day', 'text', (column) => column.primaryKey())
      .addColumn('salt', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('consent_records')
      .addColumn('subject_type', 'text', (column) => column.notNull())
      .addColumn('subject_id', 'text', (column) => column.notNull())
      .addColumn('purpose', 'text', (column) => column.notNull())
      .addColumn('notice_version', 'text', (column) => column.notNull())
      .addColumn('given_at', 'text', (column) => column.notNull())
      .addColumn('withdrawn_at', 'text')
      .addPrimaryKeyConstraint('consent_records_pk', ['subject_type', 'subject_id'])
      .execute();

    // Keyed hashes of the emails and phones people gave, so that their records can be found
    // for a request about their data although the contacts themselves are sealed.
    await db.schema
      .createTable('contact_index')
      .addColumn('contact_hash', 'text', (column) => column.notNull())
      .addColumn('subject_type', 'text', (column) => column.notNull())
      .addColumn('subject_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('contact_index_pk', ['contact_hash', 'subject_type', 'subject_id'])
      .execute();
    await db.schema.createIndex('contact_index_subject').on('contact_index').columns(['subject_type', 'subject_id']).execute();

    await db.schema
      .createTable('data_subject_requests')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('contact_sealed', 'text')
      .addColumn('contact_hash', 'text')
      .addColumn('received_at', 'text', (column) => column.notNull())
      .addColumn('acknowledge_by', 'text', (column) => column.notNull())
      .addColumn('due_by', 'text', (column) => column.notNull())
      .addColumn('acknowledged_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('note', 'text')
      .addColumn('outcome', 'text')
      .addColumn('erased_records', 'integer')
      .execute();
    await db.schema.createIndex('data_subject_requests_state_due').on('data_subject_requests').columns(['state', 'due_by']).execute();

    await db.schema.alterTable('legal_document_comments').addColumn('personal_data_erased_at', 'text').execute();
  },
};
