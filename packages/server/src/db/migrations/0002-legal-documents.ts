import { PostgresAdapter, type Kysely, type Migration } from 'kysely';

/**
 * The register of legal documents: documents, their issuers and fields, relations, attachments,
 * draft comments under moderation, and the change log the search index follows. The search index
 * itself lives in memory (see `search/engine.ts`), so no full-text tables are needed here.
 */
export const legalDocumentsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

    for (const table of ['legal_document_issuers', 'legal_document_fields']) {
      await db.schema
        .createTable(table)
        .addColumn('code', 'text', (column) => column.primaryKey())
        .addColumn('name_vi', 'text', (column) => column.notNull())
        .addColumn('name_en', 'text')
        .execute();
    }

    await db.schema
      .createTable('legal_documents')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('number', 'text', (column) => column.notNull())
      .addColumn('number_key', 'text', (column) => column.notNull())
      .addColumn('type', 'text', (column) => column.notNull())
      .addColumn('summary_vi', 'text', (column) => column.notNull())
      .addColumn('summary_en', 'text')
      .addColumn('issued_date', 'text', (column) => column.notNull())
      .addColumn('issuer_code', 'text', (column) => column.notNull().references('legal_document_issuers.code'))
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('effective_date', 'text')
      .addColumn('expiry_date', 'text')
      .addColumn('agency', 'text', (column) => column.notNull())
      .addColumn('stage', 'text', (column) => column.notNull())
      .addColumn('normative', 'integer', (column) => column.notNull())
      .addColumn('signer_name', 'text')
      .addColumn('signer_position_vi', 'text')
      .addColumn('signer_position_en', 'text')
      .addColumn('gazette_number', 'text')
      .addColumn('gazette_date', 'text')
      .addColumn('content_vi', 'text')
      .addColumn('content_en', 'text')
      .addColumn('comments_open_at', 'text')
      .addColumn('comments_close_at', 'text')
      .addColumn('published_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    // Latest documents and the feed read newest first, portal-wide or per agency.
    await db.schema.createIndex('legal_documents_stage_issued').on('legal_documents').columns(['stage', 'issued_date', 'published_at']).execute();
    await db.schema.createIndex('legal_documents_agency_stage_issued').on('legal_documents').columns(['agency', 'stage', 'issued_date', 'published_at']).execute();
    await db.schema.createIndex('legal_documents_number_key').on('legal_documents').column('number_key').execute();

    await db.schema
      .createTable('legal_document_field_links')
      .addColumn('document_id', 'text', (column) => column.notNull().references('legal_documents.id'))
      .addColumn('field_code', 'text', (column) => column.notNull().references('legal_document_fields.code'))
      .addColumn('position', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('legal_document_field_links_pk', ['document_id', 'field_code'])
      .execute();

    await db.schema
      .createTable('legal_document_relations')
      .addColumn('document_id', 'text', (column) => column.notNull().references('legal_documents.id'))
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('number', 'text', (column) => column.notNull())
      .addColumn('number_key', 'text', (column) => column.notNull())
      .addColumn('summary_vi', 'text')
      .addColumn('summary_en', 'text')
      .addPrimaryKeyConstraint('legal_document_relations_pk', ['document_id', 'position'])
      .execute();
    // A document's page lists the documents that name it, too (replaced by, amended by…).
    await db.schema.createIndex('legal_document_relations_number_key').on('legal_document_relations').column('number_key').execute();

    await db.schema
      .createTable('legal_document_attachments')
      .addColumn('document_id', 'text', (column) => column.notNull().references('legal_documents.id'))
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('url', 'text', (column) => column.notNull())
      .addColumn('media_type', 'text', (column) => column.notNull())
      .addColumn('size', 'integer', (column) => column.notNull())
      .addColumn('signed', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('legal_document_attachments_pk', ['document_id', 'position'])
      .execute();

    await db.schema
      .createTable('legal_document_comments')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('document_id', 'text', (column) => column.notNull().references('legal_documents.id'))
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('email', 'text', (column) => column.notNull())
      .addColumn('organization', 'text')
      .addColumn('content', 'text', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('moderated_at', 'text')
      .execute();
    await db.schema.createIndex('legal_document_comments_document_state').on('legal_document_comments').columns(['document_id', 'state', 'received_at']).execute();

    await db.schema
      .createTable('legal_document_changes')
      .addColumn('seq', postgres ? 'serial' : 'integer', (column) => (postgres ? column.primaryKey() : column.primaryKey().autoIncrement()))
      .addColumn('document_id', 'text', (column) => column.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'legal_document_changes',
      'legal_document_comments',
      'legal_document_attachments',
      'legal_document_relations',
      'legal_document_field_links',
      'legal_documents',
      'legal_document_fields',
      'legal_document_issuers',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
