import type { Kysely, Migration } from 'kysely';

/**
 * The order the search index loads the register in: by date of issue, so that a year's documents
 * sit side by side in the index's memory (see `loadAllDocuments`).
 */
export const searchLoadOrderMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('legal_documents_issued_id').on('legal_documents').columns(['issued_date', 'id']).execute();
  },
};
