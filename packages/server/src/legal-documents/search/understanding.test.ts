import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LegalDocumentSearchResult, safeParse } from '@vn-portal/schema';
import { seedAgencies } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { testDialects } from '../../../test/test-database.js';
import { postDocuments } from '../../seed/admin-api-loader.js';
import { nationalDocuments, otherProvinceDocuments } from '../../seed/real-documents.js';
import { insertDocuments } from '../store.js';

/*
 * Search as people type it, through the API over real documents (the demo register's national ones
 * and other provinces' decisions entered through the admin API), on each database: citations, closest matches, typos, pasted text and legal force (the pieces are tested
 * one by one in lenient.test.ts and the SDK's legal-citation.test.ts).
 */
for (const dialect of testDialects) {
  describe(`search that understands citations, typos and pasted text (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      await insertDocuments(t.testDatabase.database.db, nationalDocuments('ubnd-tinh'), t.clock.now());
      await postDocuments(t.app, t.admin.authorization, otherProvinceDocuments('ubnd-tinh'));
    });
    after(() => t.close());

    const search = async (q: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/legal-documents?q=${encodeURIComponent(q)}` });
      assert.equal(response.statusCode, 200, response.body);
      const result = response.json<LegalDocumentSearchResult>();
      assert.ok(safeParse(LegalDocumentSearchResult, result).success, 'the answer matches the schema');
      return result;
    };
    const numbers = (result: LegalDocumentSearchResult) => result.items.map((item) => item.number);

    test('a citation finds the document itself first, and the answer says how it was read', async () => {
      const decree = await search('Nghị định số 42/2022/NĐ-CP');
      assert.equal(numbers(decree)[0], '42/2022/NĐ-CP');
      assert.deepEqual([decree.match, decree.reading], ['all', { number: '42/2022/NĐ-CP', type: 'decree' }]);
      const dated = await search('Quyết định số 10/2024/QĐ-UBND ngày 23/02/2024');
      assert.deepEqual(numbers(dated), ['10/2024/QĐ-UBND']);
      assert.deepEqual(dated.reading, { number: '10/2024/QĐ-UBND', type: 'decision', date: '2024-02-23', year: 2024 });
      for (const q of ['nghị định 42 năm 2022', 'NĐ 42/2022', 'ND72', 'TT24/2011', '9/2017/NĐ-CP']) assert.ok((await search(q)).total > 0, q);
      const law = await search('luật bảo vệ dữ liệu cá nhân năm 2025');
      assert.deepEqual([numbers(law)[0], law.reading], ['91/2025/QH15', { type: 'law', year: 2025 }]);
    });

    test('a number named among relations finds the document bearing it first, then those naming it', async () => {
      const found = numbers(await search('43/2011/NĐ-CP'));
      assert.equal(found[0], '43/2011/NĐ-CP');
      assert.ok(found.includes('42/2022/NĐ-CP'), 'the decree replacing it comes after');
    });

    test('when no document has every word, the closest come back and the answer says so', async () => {
      const closest = await search('quy chế hoạt động cổng thông tin điện tử tỉnh Hà Giang');
      assert.equal(closest.match, 'most');
      assert.ok(closest.total > 0, 'closest matches');
      assert.ok(['3069/QĐ-UBND', '17/2018/QĐ-UBND', '36/2019/QĐ-UBND'].includes(numbers(closest)[0] ?? ''), `a portal's regulation first: ${numbers(closest).join(', ')}`);
    });

    test('a typo is corrected, and the answer suggests the corrected words', async () => {
      const typo = await search('cong thon tin dien tu tinh quang nam');
      assert.deepEqual(numbers(typo), ['3069/QĐ-UBND']);
      assert.deepEqual([typo.match, typo.didYouMean], ['all', 'cong thong tin dien tu tinh quang nam']);
      assert.equal((await search('cong thong tin dien tu tinh quang nam')).didYouMean, undefined);
    });

    test('queries pasted from PDFs and legacy encodings find what they read as', async () => {
      for (const q of ['ngƣời khuyết tật', 'ngư\u200bời\u00a0khuyết tật', 'người khuyết tật'.normalize('NFD')]) assert.equal(numbers(await search(q))[0], '26/2020/TT-BTTTT', q);
      assert.equal(numbers(await search('QuyÕt ®Þnh sè 10/2024/Q§-UBND'))[0], '10/2024/QĐ-UBND');
      assert.equal(numbers(await search('Quyeát ñònh soá 3069/QÑ-UBND cuûa UBND tænh Quaûng Nam'))[0], '3069/QĐ-UBND');
      // A citation pasted alone: its number's symbol is what tells the encoding.
      for (const [q, number] of [['Sè: 10/2024/Q§-UBND', '10/2024/QĐ-UBND'], ['Soá: 3069/QÑ-UBND', '3069/QĐ-UBND']] as const) {
        const pasted = await search(q);
        assert.deepEqual([numbers(pasted)[0], pasted.match, pasted.reading?.number], [number, 'all', number], q);
      }
    });

    test('among close matches, the decree in force comes before the one it replaced, which names it', async () => {
      const result = await search('cong thong tin');
      const found = numbers(result);
      assert.ok(found.indexOf('42/2022/NĐ-CP') >= 0 && found.indexOf('42/2022/NĐ-CP') < found.indexOf('43/2011/NĐ-CP'), found.join(', '));
      const replacement = result.items.find((item) => item.number === '42/2022/NĐ-CP');
      assert.deepEqual(result.items.find((item) => item.number === '43/2011/NĐ-CP')?.replacedBy, { documentId: replacement?.id, number: '42/2022/NĐ-CP' });
      assert.equal(replacement?.replacedBy, undefined);
    });

    test('a decree replaced by a later one names its replacement, in the list and in the document', async () => {
      const result = await search('dich vu Internet va thong tin tren mang');
      const found = numbers(result);
      assert.equal(found[0], '147/2024/NĐ-CP', found.join(', '));
      const replacement = result.items[0];
      for (const replaced of ['72/2013/NĐ-CP', '27/2018/NĐ-CP']) {
        const item = result.items.find((candidate) => candidate.number === replaced);
        assert.deepEqual([item?.status, item?.replacedBy], ['expired', { documentId: replacement?.id, number: '147/2024/NĐ-CP' }], replaced);
      }
    });
  });
}
