import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DublinCoreRecord, safeParse, type LegalDocument, type LegalDocumentInput } from '@vn-portal/schema';
import { adminRequest, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

const input: LegalDocumentInput = {
  number: '10/2024/QĐ-UBND',
  type: 'decision',
  summary: { vi: 'Quy chế quản lý Cổng thông tin điện tử <tỉnh> & các trang thành phần', en: 'Rules of the provincial web portal' },
  issuedDate: '2024-03-15',
  issuer: { code: 'ubnd-tinh', name: { vi: 'Ủy ban nhân dân tỉnh', en: "Provincial People's Committee" } },
  fields: [{ code: 'cntt', name: { vi: 'Công nghệ thông tin' } }],
  status: 'in-force',
  effectiveDate: '2024-04-01',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [],
  normative: true,
  relations: [
    { kind: 'replaces', number: '05/2019/QĐ-UBND' },
    { kind: 'based-on', number: '42/2022/NĐ-CP' },
  ],
};

for (const dialect of testDialects) {
  describe(`Dublin Core of a document (${dialect})`, () => {
    let t: TestApp;
    let document: LegalDocument;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      document = await adminRequest<LegalDocument>(t, 'POST', '/api/v1/admin/legal-documents', input, 201);
    });
    after(() => t.close());

    test('the JSON record holds the document\'s metadata in DCMI terms', async () => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/legal-documents/${document.id}/dublin-core` });
      assert.equal(response.statusCode, 200, response.body);
      const record = response.json<DublinCoreRecord>();
      assert.ok(safeParse(DublinCoreRecord, record).success, 'the record matches the schema');
      assert.equal(record.identifier, '10/2024/QĐ-UBND');
      assert.deepEqual(record.title, { vi: 'Quyết định 10/2024/QĐ-UBND', en: 'Decision 10/2024/QĐ-UBND' });
      assert.deepEqual(record.description, input.summary);
      assert.deepEqual(record.creator, input.issuer.name);
      assert.deepEqual([record.issued, record.available, record.modified], ['2024-03-15', document.publishedAt, document.updatedAt]);
      assert.deepEqual(record.valid, { start: '2024-04-01' });
      assert.deepEqual(record.language, ['vi', 'en']);
      assert.deepEqual(record.subject, [{ vi: 'Công nghệ thông tin' }]);
      assert.deepEqual(record.relation, [
        { kind: 'replaces', identifier: '05/2019/QĐ-UBND' },
        { kind: 'based-on', identifier: '42/2022/NĐ-CP' },
      ]);
    });

    test('the XML record uses dcterms elements, refinements of relation and escaped text', async () => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/legal-documents/${document.id}/dublin-core.xml` });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type'] ?? ''), /^application\/xml/);
      assert.match(response.body, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<metadata xmlns:dcterms="http:\/\/purl\.org\/dc\/terms\/">/);
      assert.match(response.body, /<dcterms:identifier>10\/2024\/QĐ-UBND<\/dcterms:identifier>/);
      assert.match(response.body, /<dcterms:description xml:lang="vi">Quy chế quản lý Cổng thông tin điện tử &#60;tỉnh&#62; &#38; các trang thành phần<\/dcterms:description>/);
      assert.match(response.body, /<dcterms:replaces>05\/2019\/QĐ-UBND<\/dcterms:replaces>/);
      assert.match(response.body, /<dcterms:references>42\/2022\/NĐ-CP<\/dcterms:references>/);
      assert.match(response.body, /<dcterms:valid>start=2024-04-01;<\/dcterms:valid>/);
      const missing = await t.app.inject({ method: 'GET', url: '/api/v1/legal-documents/khong-co/dublin-core.xml' });
      assert.equal(missing.statusCode, 404);
      assert.match(String(missing.headers['content-type'] ?? ''), /problem\+json/);
    });
  });
}
