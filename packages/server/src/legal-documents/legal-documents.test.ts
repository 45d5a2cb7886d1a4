import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AdminDraftCommentList,
  DraftCommentList,
  LegalDocument,
  LegalDocumentSearchQuery,
  LegalDocumentSearchResult,
  safeParse,
  type LegalDocumentInput,
  type Problem,
} from '@vn-portal/schema';
import { adminRequest, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { createApiKey } from '../admin/api-keys.js';
import { serializeBody } from '../http/conditional-get.js';
import { loadMasterKey } from '../security/master-key.js';
import { Secrets } from '../security/secrets.js';
import { readSummaries } from './read.js';
import { postDocuments } from '../seed/admin-api-loader.js';
import { nationalDocuments, otherProvinceDocuments } from '../seed/real-documents.js';
import { SearchEngine } from './search/engine.js';
import { seedLegalDocuments } from '../seed/legal-documents.js';

const api = '/api/v1';
// The demo register's national documents, and other provinces' decisions entered through the admin API.
const real = [...nationalDocuments('ubnd-tinh'), ...otherProvinceDocuments('ubnd-tinh')];

/**
 * Checks that text is well-formed XML as far as a feed needs: one root, tags nested and closed,
 * attributes quoted, and no raw `<` or `&` outside markup and entity references.
 */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      assert.ok(stack.length > 0 || text.trim() === '', 'text outside the root element');
      assert.doesNotMatch(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, ''), /&/, 'bare ampersand');
      continue;
    }
    if (closing === '/') {
      assert.equal(stack.pop(), name, `mismatched </${name ?? ''}>`);
    } else if (selfClosing !== '/') {
      if (stack.length === 0) roots++;
      stack.push(name ?? '');
    } else if (stack.length === 0) {
      roots++;
    }
  }
  assert.equal(consumed, body.length, `unparsable XML at: ${body.slice(consumed, consumed + 60)}`);
  assert.deepEqual(stack, [], 'unclosed elements');
  assert.equal(roots, 1, 'exactly one root element');
}

for (const dialect of testDialects) {
  describe(`legal documents (${dialect})`, () => {
    let t: TestApp;
    let secrets: Secrets;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      secrets = new Secrets(loadMasterKey(t.testDatabase.config.encryptionKey, t.testDatabase.config.dataDir));
      await seedLegalDocuments(t.testDatabase.database.db, {
        agency: 'ubnd-tinh',
        issuer: { code: 'ubnd-tinh-thu-nghiem', name: { vi: 'UBND tỉnh Thử Nghiệm' } },
        secrets,
        now: t.clock.now(),
      });
      await postDocuments(t.app, t.admin.authorization, otherProvinceDocuments('ubnd-tinh'));
    });
    after(() => t.close());

    const get = (url: string) => t.app.inject({ method: 'GET', url: `${api}${url}` });
    const search = async (query: string) => {
      const response = await get(`/legal-documents?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      const result = response.json<LegalDocumentSearchResult>();
      assert.ok(safeParse(LegalDocumentSearchResult, result).success, 'the result matches the schema');
      return result;
    };
    const numbers = (result: LegalDocumentSearchResult) => result.items.map((item) => item.number);
    const q = (text: string) => `q=${encodeURIComponent(text)}`;

    test('unaccented, NFD, upper-case and đ/d queries find the same documents', async () => {
      const expected = numbers(await search(q('Quy chế quản lý và cung cấp thông tin trên trang thông tin điện tử, cổng thông tin điện tử Đắk Lắk')));
      assert.ok(expected.includes('10/2024/QĐ-UBND'), 'the accented query finds 10/2024/QĐ-UBND');
      for (const variant of [
        'quy che quan ly va cung cap thong tin tren trang thong tin dien tu, cong thong tin dien tu dak lak',
        'Quy chế quản lý và cung cấp thông tin trên trang thông tin điện tử, cổng thông tin điện tử Đắk Lắk'.normalize('NFD'),
        'QUY CHE QUAN LY VA CUNG CAP THONG TIN TREN TRANG THONG TIN DIEN TU, CONG THONG TIN DIEN TU DAK LAK',
      ]) {
        assert.deepEqual(numbers(await search(q(variant))), expected, variant);
      }
      assert.deepEqual(new Set(numbers(await search(q('dak lak')))), new Set(['10/2024/QĐ-UBND', '28/2018/QĐ-UBND', '16/2014/QĐ-UBND', '40/2021/QĐ-UBND', '3962/QĐ-UBND']));
    });

    test('a search answer written from the JSON of its parts is a valid answer with the documents as read', async () => {
      const engine = new SearchEngine(t.testDatabase.database);
      try {
        for (const query of ['q=thong+tin', 'q=khong-co-tu-nay', 'stage=draft', 'type=decree&year=2022&pageSize=3&page=2', 'sort=issued-asc']) {
          const params = new URLSearchParams(query);
          const parsed = LegalDocumentSearchQuery.parse({ ...Object.fromEntries(params), ...(params.has('type') ? { type: params.getAll('type') } : {}), ...(params.has('year') ? { year: params.getAll('year') } : {}) });
          const payloads: string[] = [];
          // Twice: the second answer comes from the page cache.
          for (let round = 0; round < 2; round++) {
            const result = await engine.search(parsed, t.clock.now());
            const answer = LegalDocumentSearchResult.parse(JSON.parse(serializeBody(result, false).payload.toString()));
            const asRead = await readSummaries(t.testDatabase.database.db, answer.items.map((item) => item.id), t.clock.now());
            assert.deepEqual(answer.items, JSON.parse(JSON.stringify(asRead)), query);
            assert.deepEqual([answer.total, answer.page, answer.pageSize], [result.total, parsed.page, parsed.pageSize], query);
            assert.equal(answer.items.length, Math.min(parsed.pageSize, Math.max(0, answer.total - (parsed.page - 1) * parsed.pageSize)), query);
            // Every document has one status, type and year: a facet its own filter does not narrow
            // (each facet ignores it) adds up to the total.
            for (const facet of ['status', 'type', 'year'] as const) {
              if (!params.has(facet)) assert.equal(answer.facets[facet].reduce((sum, value) => sum + value.count, 0), answer.total, `${query}: ${facet}`);
            }
            assert.deepEqual(result.facets, answer.facets, query);
            payloads.push(JSON.stringify(answer));
          }
          assert.equal(payloads[0], payloads[1], query);
        }
      } finally {
        await engine.close();
      }
    });

    test('"quyet dinh cong thong tin" finds the decisions on portals', async () => {
      const found = numbers(await search(q('quyet dinh cong thong tin')));
      for (const number of ['10/2024/QĐ-UBND', '36/2019/QĐ-UBND', '01/2014/QĐ-UBND', '3069/QĐ-UBND', '17/2018/QĐ-UBND']) assert.ok(found.includes(number), number);
      assert.ok(!found.includes('42/2022/NĐ-CP'), 'a decree is not a decision');
    });

    test('numbers find their documents first', async () => {
      assert.deepEqual(numbers(await search(q('10/2024'))), ['10/2024/QĐ-UBND']);
      assert.equal(numbers(await search(q('42/2022/ND-CP')))[0], '42/2022/NĐ-CP');
      assert.equal(numbers(await search(q('Nghị định 42/2022')))[0], '42/2022/NĐ-CP');
      assert.deepEqual(numbers(await search(q('3069'))), ['3069/QĐ-UBND']);
      assert.deepEqual(numbers(await search(q('1/2014/QĐ-UBND'))), ['01/2014/QĐ-UBND']);
      const decisions = real.filter((document) => document.number.includes('/QĐ-UBND')).length;
      assert.equal((await search(q('QĐ-UBND'))).total, decisions);
    });

    test('facet counts are exact and each ignores its own filter', async () => {
      const all = await search('pageSize=1');
      assert.equal(all.total, real.length);
      const countOf = (values: { value: string; count: number }[], value: string) => values.find((entry) => entry.value === value)?.count ?? 0;
      for (const type of ['law', 'decree', 'circular', 'decision'] as const) {
        assert.equal(countOf(all.facets.type, type), real.filter((document) => document.type === type).length, type);
      }
      assert.equal(countOf(all.facets.year, '2019'), real.filter((document) => document.issuedDate.startsWith('2019')).length);
      assert.equal(countOf(all.facets.field, 'an-toan-thong-tin'), real.filter((document) => document.fields.some((field) => field.code === 'an-toan-thong-tin')).length);
      assert.equal(all.facets.type.find((entry) => entry.value === 'decree')?.label?.vi, 'Nghị định');
      assert.equal(all.facets.issuer.find((entry) => entry.value === 'bo-tttt')?.label?.vi, 'Bộ Thông tin và Truyền thông');

      const filtered = await search('type=decree&type=circular&status=expired');
      const expected = real.filter((document) => ['decree', 'circular'].includes(document.type) && document.status === 'expired');
      assert.equal(filtered.total, expected.length);
      assert.deepEqual(new Set(numbers(filtered)), new Set(expected.map((document) => document.number)));
      // The type facet ignores the type filter: it counts every expired document by type.
      assert.equal(countOf(filtered.facets.type, 'law'), real.filter((document) => document.type === 'law' && document.status === 'expired').length);
      // The status facet ignores the status filter: decrees and circulars by status.
      assert.equal(countOf(filtered.facets.status, 'unknown'), real.filter((document) => ['decree', 'circular'].includes(document.type) && document.status === 'unknown').length);
    });

    test('filters by year, issuer and field; sorts; paginates', async () => {
      const years = await search('year=2017&year=2016&issuer=bo-tttt');
      assert.deepEqual(new Set(numbers(years)), new Set(['03/2017/TT-BTTTT', '32/2017/TT-BTTTT', '39/2017/TT-BTTTT']));
      const ascending = numbers(await search('sort=issued-asc&pageSize=3'));
      assert.deepEqual(ascending, ['67/2006/QH11', '64/2007/NĐ-CP', '78/2007/QĐ-UBND']);
      const newest = numbers(await search('sort=issued-desc&pageSize=2'));
      assert.deepEqual(newest, ['91/2025/QH15', '64/2025/QH15']);
      const pages = await Promise.all(Array.from({ length: Math.ceil(real.length / 10) }, (_, index) => search(`sort=issued-desc&pageSize=10&page=${index + 1}`)));
      const all = pages.flatMap(numbers);
      assert.equal(all.length, real.length);
      assert.equal(new Set(all).size, real.length);
    });

    test('bad search parameters are a 400 problem, never a 5xx', async () => {
      for (const query of ['pageSize=1000', 'page=0', 'year=abc', 'year=1800', 'sort=random', 'type=poem', 'stage=final', `q=${'a'.repeat(201)}`, 'agency=Not%20A%20Code', 'q=%00']) {
        const response = await get(`/legal-documents?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.equal(response.json<Problem>().code, 'validation-failed', query);
      }
      for (const query of ["q=' OR 1=1 --", 'q=<script>alert(1)</script>', 'q=%2F%2F%2F', 'q=---', 'q=%F0%9F%98%80', 'q=' + encodeURIComponent('đ'.repeat(200))]) {
        assert.equal((await get(`/legal-documents?${query}`)).statusCode, 200, query);
      }
    });

    test('a document shows its relations, resolved both ways', async () => {
      const response = await get('/legal-documents/10-2024-qd-ubnd');
      assert.equal(response.statusCode, 200);
      const document = response.json<LegalDocument>();
      assert.ok(safeParse(LegalDocument, document).success, 'the document answers the LegalDocument schema');
      assert.equal(document.signer?.name, 'Nguyễn Tuấn Hà');
      assert.equal(document.effectiveDate, '2024-03-12');
      const replaces = document.relations.find((relation) => relation.kind === 'replaces');
      assert.deepEqual(replaces && { number: replaces.number, documentId: replaces.documentId }, { number: '28/2018/QĐ-UBND', documentId: '28-2018-qd-ubnd' });
      assert.equal(document.relations.find((relation) => relation.number === '42/2022/NĐ-CP')?.documentId, '42-2022-nd-cp');

      const replaced = (await get('/legal-documents/28-2018-qd-ubnd')).json<LegalDocument>();
      assert.deepEqual(
        replaced.relations.map((relation) => [relation.kind, relation.number, relation.documentId]),
        [['replaced-by', '10/2024/QĐ-UBND', '10-2024-qd-ubnd']],
      );
      const guided = (await get('/legal-documents/85-2016-nd-cp')).json<LegalDocument>();
      assert.deepEqual(new Set(guided.relations.map((relation) => `${relation.kind} ${relation.number}`)), new Set(['guided-by 03/2017/TT-BTTTT', 'guided-by 12/2022/TT-BTTTT']));
      assert.equal((await get('/legal-documents/khong-co')).statusCode, 404);
    });

    test('latest documents and the Atom feed list the newest issued documents', async () => {
      const latest = (await get('/legal-documents/latest?limit=3')).json<{ items: { number: string; stage: string }[] }>();
      assert.deepEqual(latest.items.map((item) => item.number), ['91/2025/QH15', '64/2025/QH15', '147/2024/NĐ-CP']);
      assert.equal((await get('/legal-documents/latest?agency=stttt')).json<{ items: unknown[] }>().items.length, 0);
      assert.equal((await get('/legal-documents/latest?limit=51')).statusCode, 400);

      const feed = await get('/legal-documents/feed.atom?limit=5');
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers['content-type']), /^application\/atom\+xml/);
      assertWellFormedXml(feed.body);
      assert.match(feed.body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
      for (const element of ['id', 'title', 'updated', 'author']) assert.match(feed.body, new RegExp(`<feed[^>]*>[\\s\\S]*?<${element}>`), element);
      const entries = feed.body.split('<entry>').slice(1);
      assert.equal(entries.length, 5);
      for (const entry of entries) {
        for (const element of ['<id>', '<title>', '<updated>', '<link rel="alternate"', '<summary']) assert.ok(entry.includes(element), element);
        assert.match(entry, /<updated>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)<\/updated>/);
      }
      assert.match(entries[0] ?? '', /<title>Luật 91\/2025\/QH15<\/title>/);
    });

    test('drafts: comments only while the window is open, held for moderation, published without email', async () => {
      const drafts = await search('stage=draft');
      assert.equal(drafts.total, 2);
      const open = drafts.items.find((item) => item.draft?.state === 'open');
      const closed = drafts.items.find((item) => item.draft?.state === 'closed');
      assert.ok(open && closed, 'one open draft and one closed');
      assert.equal(open.draft?.commentCount, 2);

      const comment = { name: 'Phạm Thị D', email: 'phamthid@example.com', content: 'Đề nghị bổ sung quy định về dữ liệu mở.', consent: true };
      const post = (id: string, payload: object) => t.app.inject({ method: 'POST', url: `${api}/legal-documents/${id}/comments`, payload });
      const accepted = await post(open.id, comment);
      assert.equal(accepted.statusCode, 202, accepted.body);
      const receipt = accepted.json<{ id: string; status: string }>();
      assert.equal(receipt.status, 'pending-moderation');

      const rejectedClosed = await post(closed.id, comment);
      assert.equal(rejectedClosed.statusCode, 409);
      assert.equal(rejectedClosed.json<Problem>().code, 'comment-window-closed');
      assert.equal((await post('10-2024-qd-ubnd', comment)).json<Problem>().code, 'comment-window-closed');
      assert.equal((await post('khong-co', comment)).statusCode, 404);
      assert.equal((await post(open.id, { ...comment, consent: false })).statusCode, 422);
      assert.equal((await post(open.id, { ...comment, email: 'not-an-email' })).statusCode, 422);

      const published = (await get(`/legal-documents/${open.id}/comments`)).json<DraftCommentList>();
      assert.ok(safeParse(DraftCommentList, published).success, 'the published comments answer the DraftCommentList schema');
      assert.equal(published.total, 2);
      assert.ok(!JSON.stringify(published).includes('@'), 'no email in the public list');

      const queue = await adminRequest<AdminDraftCommentList>(t, 'GET', `${api}/admin/legal-documents/${open.id}/comments`);
      assert.ok(safeParse(AdminDraftCommentList, queue).success, 'the moderation queue answers the AdminDraftCommentList schema');
      assert.deepEqual(queue.items.map((item) => item.state), ['pending', 'pending', 'approved', 'approved']);
      assert.ok(queue.items.some((item) => item.email === 'phamthid@example.com'), 'the moderation queue shows the commenter’s email');

      const moderated = await adminRequest<{ state: string }>(t, 'PATCH', `${api}/admin/comments/${receipt.id}`, { decision: 'approve' });
      assert.equal(moderated.state, 'approved');
      assert.equal((await get(`/legal-documents/${open.id}/comments`)).json<DraftCommentList>().total, 3);
      const after = await search('stage=draft');
      assert.equal(after.items.find((item) => item.id === open.id)?.draft?.commentCount, 3);
      await adminRequest(t, 'PATCH', `${api}/admin/comments/khong-co`, { decision: 'approve' }, 404);

      // The window is half-open: once the clock passes its end, the draft takes no more comments.
      const window = open.draft;
      assert.ok(window, 'the open draft has a comment window');
      const saved = t.clock.current;
      t.clock.current = new Date(window.closesAt);
      try {
        assert.equal((await post(open.id, comment)).json<Problem>().code, 'comment-window-closed');
      } finally {
        t.clock.current = saved;
      }
    });

    test('admin create, update and withdrawal are searchable at once, and scoped by agency', async () => {
      const input: LegalDocumentInput = {
        number: '15/2025/QĐ-UBND',
        type: 'decision',
        summary: { vi: 'Quy định về thư viện số của tỉnh' },
        issuedDate: '2025-03-01',
        issuer: { code: 'ubnd-tinh-thu-nghiem', name: { vi: 'UBND tỉnh Thử Nghiệm' } },
        fields: [{ code: 'thu-vien', name: { vi: 'Thư viện' } }],
        status: 'in-force',
        agency: 'stttt',
        stage: 'issued',
        normative: true,
        attachments: [{ name: 'QD-15-2025.pdf', url: 'https://portal.example/files/qd-15-2025.pdf', mediaType: 'application/pdf', size: 123456, signed: true }],
        relations: [{ kind: 'replaces', number: '22/2019/QĐ-UBND' }],
      };
      const created = await adminRequest<LegalDocument>(t, 'POST', `${api}/admin/legal-documents`, input, 201);
      assert.equal(created.id, '15-2025-qd-ubnd');
      assert.deepEqual(created.attachments, input.attachments);
      assert.deepEqual(numbers(await search(q('thu vien so'))), ['15/2025/QĐ-UBND']);
      assert.equal((await search('field=thu-vien')).facets.field.find((entry) => entry.value === 'thu-vien')?.label?.vi, 'Thư viện');
      const replaced = (await get('/legal-documents/22-2019-qd-ubnd')).json<LegalDocument>();
      assert.ok(replaced.relations.some((relation) => relation.kind === 'replaced-by' && relation.documentId === created.id), 'the replaced document links to the one replacing it');

      const updated = await adminRequest<LegalDocument>(t, 'PUT', `${api}/admin/legal-documents/${created.id}`, { ...input, summary: { vi: 'Quy định về bảo tàng số của tỉnh' } });
      assert.equal(updated.publishedAt, created.publishedAt);
      // The closest matches may answer the old words now; the document is no longer among them.
      assert.ok(!numbers(await search(q('thu vien so'))).includes('15/2025/QĐ-UBND'), 'the old summary is not found');
      assert.deepEqual(numbers(await search(q('bao tang so'))), ['15/2025/QĐ-UBND']);

      const wrongWindow = { ...input, number: '16/2025/QĐ-UBND', stage: 'draft', draft: { opensAt: '2025-03-10T00:00:00Z', closesAt: '2025-03-01T00:00:00Z' } };
      await adminRequest(t, 'POST', `${api}/admin/legal-documents`, wrongWindow, 422);
      await adminRequest(t, 'POST', `${api}/admin/legal-documents`, { ...input, issuedDate: '2025-02-30' }, 422);

      const editor = await createApiKey(t.testDatabase.database.db, secrets, { name: 'Biên tập viên huyện', role: 'editor', agencies: ['ubnd-huyen-thu-nghiem'] }, t.clock.now());
      const asEditor = (method: 'PUT' | 'DELETE', url: string, payload?: object) =>
        t.app.inject({ method, url: `${api}${url}`, headers: { authorization: `Bearer ${editor.secret}` }, ...(payload ? { payload } : {}) });
      assert.equal((await asEditor('DELETE', `/admin/legal-documents/${created.id}`)).statusCode, 403);
      assert.equal((await asEditor('PUT', `/admin/legal-documents/${created.id}`, input)).statusCode, 403);

      assert.equal((await asEditor('DELETE', `/admin/legal-documents/khong-co`)).statusCode, 404);

      await adminRequest(t, 'POST', `${api}/admin/legal-documents/${created.id}/withdrawal`, { reason: { vi: 'Đăng nhầm văn bản' } });
      assert.equal((await get(`/legal-documents/${created.id}`)).statusCode, 200);
      assert.ok(!numbers(await search(q('bao tang so'))).includes('15/2025/QĐ-UBND'), 'a withdrawn document is not found by default');
      assert.deepEqual(numbers(await search(`stage=withdrawn&${q('bao tang so')}`)), ['15/2025/QĐ-UBND']);
    });

    test('a second server on the same database sees changes through the change log', async () => {
      const { buildApp } = await import('../app.js');
      const second = await buildApp({ config: t.testDatabase.config, database: t.testDatabase.database, now: t.clock.now });
      try {
        const searchSecond = async (text: string) => (await second.inject({ method: 'GET', url: `${api}/legal-documents?${q(text)}` })).json<LegalDocumentSearchResult>();
        assert.ok(!(await searchSecond('nghe thuat cheo')).items.some((item) => item.number === '99/2025/QĐ-UBND'), 'not there yet');
        const input = { ...real[0], number: '99/2025/QĐ-UBND', type: 'decision', summary: { vi: 'Bảo tồn nghệ thuật chèo' } };
        await adminRequest(t, 'POST', `${api}/admin/legal-documents`, input, 201);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const found = await searchSecond('nghe thuat cheo');
        assert.deepEqual([found.match, found.total, found.items[0]?.number], ['all', 1, '99/2025/QĐ-UBND']);
      } finally {
        await second.close();
      }
    });
  });
}
