import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { createTestDatabase, testDialects } from '../../../test/test-database.js';
import { migrateToLatest } from '../database.js';
import { isUniqueViolation } from '../errors.js';
import { migrationProvider } from '../migrations.js';

/** A document row as migration 0002 made them, with the columns every document had before 0008. */
const row = (id: string, number: string, publishedAt: string, summaryEn: string | null) => sql`
  insert into legal_documents (id, number, number_key, type, summary_vi, summary_en, issued_date, issuer_code, status, agency, stage, normative, published_at, updated_at)
  values (${id}, ${number}, ${'9/2017/nd-cp'}, 'decree', 'Nghị định thử', ${summaryEn}, '2017-01-27', 'chinh-phu', 'in-force', 'ubnd-tinh', 'issued', 1, ${publishedAt}, ${publishedAt})`;

for (const dialect of testDialects) {
  describe(`migration 0008, the register's duties (${dialect})`, () => {
    test('dates, schedules and keeps the documents registered before it, a duplicate number among them', async () => {
      const testDatabase = await createTestDatabase(dialect, {}, false);
      try {
        const { db } = testDatabase.database;
        const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0007-user-accounts');
        assert.equal(error, undefined, 'migrated up to 0007');
        await sql`insert into legal_document_issuers (code, name_vi) values ('chinh-phu', 'Chính phủ')`.execute(db);
        // Published at 18:00 UTC on Friday 27 January 2017: Saturday 28 in Vietnam.
        await row('nd-9-2017', '09/2017/NĐ-CP', '2017-01-27T18:00:00.000Z', 'Decree').execute(db);
        await row('nd-9-2017-lan-2', '9/2017/ND-CP', '2017-02-10T02:00:00.000Z', null).execute(db);

        await migrateToLatest(db);
        const rows = await db
          .selectFrom('legal_documents')
          .select(['id', 'published', 'published_day', 'publication_due_date', 'vi_updated_at', 'en_updated_at', 'number_duplicate', 'withdrawn_date'])
          .orderBy('id')
          .execute();
        assert.deepEqual(rows, [
          // Issued on Friday 27 January 2017, a Tết day off like Monday 30 and Tuesday 31: due Thursday 2 February.
          { id: 'nd-9-2017', published: 1, published_day: '2017-01-28', publication_due_date: '2017-02-02', vi_updated_at: '2017-01-27T18:00:00.000Z', en_updated_at: '2017-01-27T18:00:00.000Z', number_duplicate: 0, withdrawn_date: null },
          { id: 'nd-9-2017-lan-2', published: 1, published_day: '2017-02-10', publication_due_date: '2017-02-02', vi_updated_at: '2017-02-10T02:00:00.000Z', en_updated_at: null, number_duplicate: 1, withdrawn_date: null },
        ]);
        const third = row('nd-9-2017-lan-3', '9/2017/NĐ-CP', '2017-03-01T02:00:00.000Z', null).execute(db);
        await assert.rejects(third, (thrown: unknown) => isUniqueViolation(thrown), 'the number is held from now on');
      } finally {
        await testDatabase.drop();
      }
    });
  });
}
