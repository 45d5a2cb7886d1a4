import { addWorkingDays } from '@vn-portal/sdk/working-days';
import { sql, type Kysely, type Migration } from 'kysely';

/** Vietnam's offset, for the publication days of documents published before this migration. */
const vietnamOffsetMs = 7 * 3_600_000;

/**
 * The register's duties under the regulations:
 * - documents are kept for good (Bắc Giang 36/2019, art. 16.1.c): a withdrawal is recorded, never
 *   a deletion; documents may be registered unpublished, and only those can be discarded;
 * - a document is published within 2 working days of its issue (Cao Bằng 01/2014, art. 8.1.c): its
 *   due day and the local day it was published on, so late ones are found by a query;
 * - English is kept current (art. 8.1.g): when each language of the document's text last changed;
 * - one number per issuer: a unique index on the issuer and the number's folded key, so that two
 *   concurrent registrations cannot both win. Duplicates registered before it are kept, marked,
 *   and left outside the index: the earliest published of each holds the number.
 */
export const legalDocumentDutiesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const columns: [string, 'text' | 'integer', (string | number)?][] = [
      ['published', 'integer', 1],
      ['published_day', 'text'],
      ['publication_due_date', 'text', ''],
      ['withdrawn_date', 'text'],
      ['withdrawal_reason_vi', 'text'],
      ['withdrawal_reason_en', 'text'],
      ['vi_updated_at', 'text', ''],
      ['en_updated_at', 'text'],
      ['number_duplicate', 'integer', 0],
    ];
    for (const [name, type, fallback] of columns) {
      await db.schema
        .alterTable('legal_documents')
        .addColumn(name, type, (column) => (fallback === undefined ? column : column.notNull().defaultTo(fallback)))
        .execute();
    }

    const declared = await sql<{ date: string; kind: string }>`select date, kind from calendar_days`.execute(db);
    const days = {
      extraDaysOff: declared.rows.filter((row) => row.kind === 'day-off').map((row) => row.date),
      extraWorkingDays: declared.rows.filter((row) => row.kind === 'working-day').map((row) => row.date),
    };
    const documents = await sql<{ id: string; issued_date: string; published_at: string }>`
      select id, issued_date, published_at from legal_documents`.execute(db);
    for (const document of documents.rows) {
      const publishedDay = new Date(Date.parse(document.published_at) + vietnamOffsetMs).toISOString().slice(0, 10);
      await sql`update legal_documents
        set published_day = ${publishedDay}, publication_due_date = ${addWorkingDays(document.issued_date, 2, days)}
        where id = ${document.id}`.execute(db);
    }
    await sql`update legal_documents set vi_updated_at = updated_at,
      en_updated_at = case when summary_en is null and content_en is null and signer_position_en is null then null else updated_at end`.execute(db);

    await sql`update legal_documents set number_duplicate = 1 where exists (
      select 1 from legal_documents earlier
      where earlier.issuer_code = legal_documents.issuer_code and earlier.number_key = legal_documents.number_key
        and (earlier.published_at < legal_documents.published_at or (earlier.published_at = legal_documents.published_at and earlier.id < legal_documents.id)))`.execute(db);
    await sql`create unique index legal_documents_issuer_number on legal_documents (issuer_code, number_key) where number_duplicate = 0`.execute(db);
    // Admin lists filter by these; the deadline one reads documents not yet found late.
    await db.schema.createIndex('legal_documents_publication_due').on('legal_documents').columns(['publication_due_date', 'published_day']).execute();
  },
};
