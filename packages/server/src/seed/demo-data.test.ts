// What a visitor of the demo finds: the province's register holds its own documents and national
// ones, each opening onto its text or a link to it; the district's site has its own documents,
// poll, leaders and visit counts. Seeded as `npm start` seeds an empty database, on each database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LeaderList, LegalDocument, LegalDocumentSearchResult, Poll, VisitStats } from '@vn-portal/schema';
import { seedDemo } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { districtAgency, provinceAgency } from './demo-province.js';

for (const dialect of testDialects) {
  describe(`the demo data (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, {
        seed: seedDemo,
      });
    });
    after(() => t.close());

    const get = async <T>(url: string): Promise<T> => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}` });
      assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
      return response.json<T>();
    };
    const register = (agency: string) => get<LegalDocumentSearchResult>(`/legal-documents?agency=${agency}&pageSize=100&sort=issued-desc`);

    test('the province’s register holds its own documents and national ones, no other province’s', async () => {
      const { facets, items } = await register(provinceAgency);
      const issuers = facets.issuer.map((issuer) => issuer.value);
      for (const issuer of issuers) assert.match(issuer, /^(quoc-hoi|chinh-phu|bo-|.*binh-son$)/, `${issuer} is a national body or Bình Sơn's`);
      assert.ok(issuers.filter((issuer) => issuer.endsWith('binh-son')).length >= 2, 'the People’s Committee and a department of Bình Sơn');
      assert.ok(items.filter((item) => item.issuer.code.endsWith('binh-son')).length >= 6, 'a handful of the province’s own documents');
      // Validity is known for most, and every expired document names the one that replaced it.
      assert.ok(items.filter((item) => item.status !== 'unknown').length > items.length / 2, 'validity known for most documents');
      for (const item of items.filter((candidate) => candidate.status === 'expired')) assert.ok(item.replacedBy, `${item.number} names its replacement`);
    });

    test('every opened document shows its full text or a link to its official text', async () => {
      const { items } = await register(provinceAgency);
      for (const item of items) {
        const document = await get<LegalDocument>(`/legal-documents/${item.id}`);
        if (document.issuer.code.endsWith('binh-son')) assert.ok((document.content?.vi.length ?? 0) > 200, `${document.number}: the province's own document carries its full text`);
        else assert.ok(document.attachments.length > 0, `${document.number}: a national document links to its official text`);
      }
    });

    test('the district’s site has its own documents, poll, leaders and visit counts', async () => {
      const { items } = await register(districtAgency);
      assert.ok(items.length >= 3, 'the district’s documents');
      assert.ok(items.every((item) => item.agency === districtAgency), 'only the district’s');
      const poll = await get<Poll | null>(`/polls/latest?agency=${districtAgency}`);
      assert.equal(poll?.agency, districtAgency, 'the district’s poll');
      assert.ok((await get<LeaderList>(`/leaders?agency=${districtAgency}`)).items.length >= 2, 'the district’s leaders');
      const visits = await get<VisitStats>(`/visits/stats?agency=${districtAgency}`);
      assert.ok(visits.total > 0 && visits.month > 0 && visits.today > 0, `visit counts: ${JSON.stringify(visits)}`);
    });
  });
}
