import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminLegalDocumentList, AuditEntry, DraftCommentList, Leader, LegalDocument, LegalDocumentInput, LegalDocumentSearchResult, Problem } from '@vn-portal/schema';
import { adminRequest, consentVersion, issuedDocument, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { isUniqueViolation } from '../db/errors.js';

const api = '/api/v1';
const day = 86_400_000;

/** A decision of the test province, issued on `issuedDate`, bearing `number`. */
const decision = (number: string, overrides: Partial<LegalDocumentInput> = {}): LegalDocumentInput =>
  issuedDocument({ number, summary: { vi: `Quyết định số ${number} về thử nghiệm` }, issuer: { code: 'ubnd-tinh-thu-nghiem', name: { vi: 'UBND tỉnh Thử Nghiệm' } }, ...overrides });

// The register's duties under the regulations: documents kept for good, one number per issuer,
// the publication deadline, and English kept current.
for (const dialect of testDialects) {
  describe(`the register's duties (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
    });
    after(() => t.close());

    const get = (url: string) => t.app.inject({ method: 'GET', url: `${api}${url}` });
    const create = (input: LegalDocumentInput, expected = 201) => adminRequest<LegalDocument>(t, 'POST', `${api}/admin/legal-documents`, input, expected);
    const adminList = (query: string) => adminRequest<AdminLegalDocumentList>(t, 'GET', `${api}/admin/legal-documents?${query}`);
    const searchIds = async (query: string) => (await get(`/legal-documents?${query}`)).json<LegalDocumentSearchResult>().items.map((item) => item.id);
    // The test clock stands still, so the log's order within one instant is random: compared sorted.
    const auditActions = async (id: string) =>
      (await adminRequest<{ items: AuditEntry[] }>(t, 'GET', `${api}/admin/audit-log?resource=legal-documents&pageSize=200`)).items.filter((entry) => entry.resourceId === id).map((entry) => entry.action).sort();

    test('a published document is withdrawn, never erased: still served by id and by number, marked, and out of default searches', async () => {
      const document = await create(decision('31/2025/QĐ-UBND', { summary: { vi: 'Quy định về quản lý chợ đêm' } }));
      const citing = await create(decision('32/2025/QĐ-UBND', { relations: [{ kind: 'based-on', number: '31/2025/QĐ-UBND' }] }));
      assert.deepEqual(await searchIds('q=cho%20dem'), [document.id]);

      const refused = await t.app.inject({ method: 'DELETE', url: `${api}/admin/legal-documents/${document.id}`, headers: t.admin });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(refused.json<Problem>().code, 'kept-permanently');
      assert.equal((await get(`/legal-documents/${document.id}`)).statusCode, 200);
      await adminRequest(t, 'PUT', `${api}/admin/legal-documents/${document.id}`, { ...decision('31/2025/QĐ-UBND'), publish: false }, 409);

      const reason = { vi: 'Ban hành sai thẩm quyền', en: 'Issued without authority' };
      const withdrawn = await adminRequest<LegalDocument>(t, 'POST', `${api}/admin/legal-documents/${document.id}/withdrawal`, { reason, date: '2025-03-02' });
      assert.deepEqual(withdrawn.withdrawal, { date: '2025-03-02', reason });
      const served = (await get(`/legal-documents/${document.id}`)).json<LegalDocument>();
      assert.deepEqual(served.withdrawal, { date: '2025-03-02', reason });
      // Resolvable by number: the document citing it still links to it.
      const cited = (await get(`/legal-documents/${citing.id}`)).json<LegalDocument>().relations.find((relation) => relation.number === '31/2025/QĐ-UBND');
      assert.equal(cited?.documentId, document.id);

      assert.ok(!(await searchIds('q=cho%20dem')).includes(document.id), 'out of the default search');
      assert.deepEqual(await searchIds('q=cho%20dem&stage=withdrawn'), [document.id], 'found with the filter');
      assert.deepEqual(await searchIds('q=31%2F2025%2FQĐ-UBND&stage=withdrawn'), [document.id], 'found by number with the filter');
      const latest = (await get('/legal-documents/latest?limit=50')).json<{ items: { id: string }[] }>();
      assert.ok(!latest.items.some((item) => item.id === document.id), 'not among the latest documents');

      await adminRequest(t, 'POST', `${api}/admin/legal-documents/${document.id}/withdrawal`, { reason }, 409);
      await adminRequest(t, 'POST', `${api}/admin/legal-documents/${document.id}/withdrawal`, { reason, date: '2025-02-30' }, 422);
      await adminRequest(t, 'POST', `${api}/admin/legal-documents/khong-co/withdrawal`, { reason }, 404);
      assert.deepEqual(await auditActions(document.id), ['createLegalDocument', 'withdrawLegalDocument']);
      const listed = await adminList('state=withdrawn');
      assert.deepEqual(listed.items.map((item) => item.id), [document.id]);
    });

    test('a search names what replaces a document as soon as the replacing one is registered, and no longer once it is withdrawn', async () => {
      const replaced = await create(decision('33/2025/QĐ-UBND', { summary: { vi: 'Quy định về quản lý bến thủy nội địa' } }));
      const replacedBy = async () => (await get('/legal-documents?q=ben%20thuy%20noi%20dia')).json<LegalDocumentSearchResult>().items.find((item) => item.id === replaced.id)?.replacedBy;
      assert.equal(await replacedBy(), undefined, 'nothing replaces it yet');
      const replacing = await create(decision('34/2025/QĐ-UBND', { relations: [{ kind: 'replaces', number: '33/2025/QĐ-UBND' }] }));
      assert.deepEqual(await replacedBy(), { documentId: replacing.id, number: '34/2025/QĐ-UBND' }, 'named once the replacing document is registered');
      await adminRequest(t, 'POST', `${api}/admin/legal-documents/${replacing.id}/withdrawal`, { reason: { vi: 'Đăng nhầm văn bản' } });
      assert.equal(await replacedBy(), undefined, 'a withdrawn document replaces nothing');
    });

    test('a withdrawn draft keeps its comments and takes no more', async () => {
      const now = t.clock.now().getTime();
      const draft = await create(
        decision('Dự thảo quy chế chợ đêm', {
          stage: 'draft',
          normative: false,
          draft: { opensAt: new Date(now - day).toISOString(), closesAt: new Date(now + 10 * day).toISOString() },
        }),
      );
      const comment = { name: 'Nguyễn Văn Góp', email: 'gop.y@example.com', content: 'Đề nghị bổ sung giờ mở cửa.', consent: true, consentVersion };
      const receipt = (await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${draft.id}/comments`, payload: comment })).json<{ id: string }>();
      await adminRequest(t, 'PATCH', `${api}/admin/comments/${receipt.id}`, { decision: 'approve' });
      await adminRequest(t, 'POST', `${api}/admin/legal-documents/${draft.id}/withdrawal`, { reason: { vi: 'Dừng xây dựng văn bản' } });

      assert.equal((await get(`/legal-documents/${draft.id}/comments`)).json<DraftCommentList>().total, 1);
      const late = await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${draft.id}/comments`, payload: comment });
      assert.equal(late.statusCode, 409);
      assert.equal(late.json<Problem>().code, 'comment-window-closed');
      assert.ok(!(await searchIds('stage=draft')).includes(draft.id), 'a withdrawn draft is out of the drafts');
      assert.ok((await searchIds('stage=withdrawn')).includes(draft.id), 'and among the withdrawn');
    });

    test('a document registered unpublished stays out of public view, can be published, and only then is kept for good', async () => {
      const mistaken = await create(decision('41/2025/QĐ-UBND', { summary: { vi: 'Quy định về nhà văn hóa' }, publish: false }));
      assert.equal((await get(`/legal-documents/${mistaken.id}`)).statusCode, 404);
      assert.ok(!(await searchIds('q=nha%20van%20hoa')).includes(mistaken.id), 'out of the search');
      assert.deepEqual((await adminList('state=unpublished')).items.map((item) => item.id), [mistaken.id]);
      await adminRequest(t, 'POST', `${api}/admin/legal-documents/${mistaken.id}/withdrawal`, { reason: { vi: 'Nhầm' } }, 409);
      await adminRequest(t, 'DELETE', `${api}/admin/legal-documents/${mistaken.id}`, undefined, 204);
      assert.deepEqual((await adminList('state=unpublished')).items, []);
      assert.deepEqual(await auditActions(mistaken.id), ['createLegalDocument', 'deleteLegalDocument']);

      const held = await create(decision('42/2025/QĐ-UBND', { summary: { vi: 'Quy định về sân vận động' }, publish: false }));
      await adminRequest(t, 'PUT', `${api}/admin/legal-documents/${held.id}`, decision('42/2025/QĐ-UBND', { summary: { vi: 'Quy định về sân vận động' } }));
      assert.equal((await get(`/legal-documents/${held.id}`)).statusCode, 404, 'an update without `publish` keeps it unpublished');
      t.clock.advance(3_600_000);
      const published = await adminRequest<LegalDocument>(t, 'PUT', `${api}/admin/legal-documents/${held.id}`, decision('42/2025/QĐ-UBND', { summary: { vi: 'Quy định về sân vận động' }, publish: true }));
      assert.equal(published.publishedAt, t.clock.now().toISOString());
      assert.deepEqual(await searchIds('q=san%20van%20dong'), [held.id]);
      await adminRequest(t, 'DELETE', `${api}/admin/legal-documents/${held.id}`, undefined, 409);
    });

    test('a second document with the same number from the same issuer is refused, whatever the number form', async () => {
      const first = await create(decision('09/2017/NĐ-CP', { type: 'decree' }));
      for (const form of ['9/2017/ND-CP', '09/2017/nđ-cp', '09 / 2017 / NĐ-CP', '09/2017/NĐ-CP'.normalize('NFD')]) {
        const response = await t.app.inject({ method: 'POST', url: `${api}/admin/legal-documents`, headers: t.admin, payload: decision(form, { type: 'decree' }) });
        assert.equal(response.statusCode, 409, `${form} is the same number`);
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
        const problem = response.json<Problem>();
        assert.deepEqual([problem.code, problem.existingId], ['duplicate-number', first.id], `${form}: the problem names the document holding the number`);
      }
      const otherIssuer = await create(decision('9/2017/ND-CP', { type: 'decree', issuer: { code: 'chinh-phu', name: { vi: 'Chính phủ' } } }));
      assert.notEqual(otherIssuer.id, first.id);

      const second = await create(decision('10/2017/NĐ-CP', { type: 'decree' }));
      const renumbered = await t.app.inject({ method: 'PUT', url: `${api}/admin/legal-documents/${second.id}`, headers: t.admin, payload: decision('9/2017/nd-cp', { type: 'decree' }) });
      assert.deepEqual([renumbered.statusCode, renumbered.json<Problem>().existingId], [409, first.id]);
      await adminRequest(t, 'PUT', `${api}/admin/legal-documents/${first.id}`, decision('9/2017/NĐ-CP', { type: 'decree' }), 200);
    });

    test('concurrent registrations of one number: exactly one wins, and the database refuses a second row on its own', async () => {
      const forms = ['77/2025/QĐ-UBND', '77/2025/QD-UBND', '77/2025/qđ-ubnd', '77 /2025/ QĐ-UBND', '077/2025/QĐ-UBND', '77/2025/QĐ-UBND'.normalize('NFD')];
      const responses = await Promise.all(
        forms.map((form) => t.app.inject({ method: 'POST', url: `${api}/admin/legal-documents`, headers: t.admin, payload: decision(form) })),
      );
      const won = responses.filter((response) => response.statusCode === 201);
      assert.equal(won.length, 1, `one creation wins: ${responses.map((response) => response.statusCode).join(', ')}`);
      const winner = won[0]?.json<LegalDocument>().id;
      for (const response of responses.filter((other) => other.statusCode !== 201)) {
        assert.deepEqual([response.statusCode, response.json<Problem>().existingId], [409, winner], 'the others name the winner');
      }

      const { db } = t.testDatabase.database;
      const row = await db.selectFrom('legal_documents').selectAll().where('id', '=', winner ?? '').executeTakeFirstOrThrow();
      const copy = db.insertInto('legal_documents').values({ ...row, id: 'ban-sao-truc-tiep' }).execute();
      await assert.rejects(copy, (error: unknown) => isUniqueViolation(error), 'the unique index refuses a row written past the API');
    });

    test('each document knows its publication deadline, and late ones are listed', async () => {
      // Monday 3 March 2025, 09:00 in Vietnam. Issued on Friday 28 February: due Tuesday 4 March.
      const onTime = await create(decision('51/2025/QĐ-UBND', { issuedDate: '2025-02-28' }));
      const lateOne = await create(decision('52/2025/QĐ-UBND', { issuedDate: '2025-02-25' }));
      const waiting = await create(decision('53/2025/QĐ-UBND', { issuedDate: '2025-03-03', publish: false }));
      const publication = async (id: string) => (await adminList('pageSize=100')).items.find((item) => item.id === id)?.publication;

      assert.deepEqual(await publication(onTime.id), { dueDate: '2025-03-04', publishedAt: onTime.publishedAt, late: false });
      assert.deepEqual(await publication(lateOne.id), { dueDate: '2025-02-27', publishedAt: lateOne.publishedAt, late: true });
      assert.deepEqual(await publication(waiting.id), { dueDate: '2025-03-05', late: false });
      const lateIds = async () => (await adminList('late=true&pageSize=100')).items.map((item) => item.id);
      assert.ok((await lateIds()).includes(lateOne.id), 'published after its due day');
      assert.ok(!(await lateIds()).includes(onTime.id), 'published on time');
      assert.ok((await adminList('late=false&pageSize=100')).items.some((item) => item.id === onTime.id), 'the opposite filter lists it');

      // The board declares Tuesday 4 March a day off: the deadline moves to Wednesday.
      await adminRequest(t, 'PUT', `${api}/admin/calendar/2025-03-04`, { kind: 'day-off', name: { vi: 'Nghỉ bù' } });
      assert.equal((await publication(onTime.id))?.dueDate, '2025-03-05');
      assert.equal((await publication(waiting.id))?.dueDate, '2025-03-06');
      // A make-up working Saturday brings a deadline forward.
      await adminRequest(t, 'PUT', `${api}/admin/calendar/2025-03-01`, { kind: 'working-day', name: { vi: 'Làm bù' } });
      assert.equal((await publication(onTime.id))?.dueDate, '2025-03-03');
      await adminRequest(t, 'DELETE', `${api}/admin/calendar/2025-03-01`, undefined, 204);
      await adminRequest(t, 'DELETE', `${api}/admin/calendar/2025-03-04`, undefined, 204);

      // Still unpublished once its due day has passed: late.
      t.clock.advance(3 * day);
      assert.deepEqual(await publication(waiting.id), { dueDate: '2025-03-05', late: true });
      assert.ok((await lateIds()).includes(waiting.id), 'unpublished past its due day');
    });

    test('each language records when it last changed; English older than Vietnamese is listed and marked', async () => {
      const input = decision('61/2025/QĐ-UBND', { summary: { vi: 'Quy định về bến xe', en: 'Regulation on bus stations' } });
      const created = await create(input);
      const first = t.clock.now().toISOString();
      assert.deepEqual(created.languageUpdatedAt, { vi: first, en: first });
      const outdatedIds = async () => (await adminList('englishOutdated=true&pageSize=100')).items.map((item) => item.id);
      assert.ok(!(await outdatedIds()).includes(created.id), 'both languages written together');

      t.clock.advance(60_000);
      const reworded = await adminRequest<LegalDocument>(t, 'PUT', `${api}/admin/legal-documents/${created.id}`, { ...input, summary: { ...input.summary, vi: 'Quy định về bến xe khách' }, status: 'expired' });
      assert.deepEqual(reworded.languageUpdatedAt, { vi: t.clock.now().toISOString(), en: first });
      assert.ok((await outdatedIds()).includes(created.id), 'the English is older than the Vietnamese');
      const listed = (await adminList('englishOutdated=true&pageSize=100')).items.find((item) => item.id === created.id);
      assert.equal(listed?.englishOutdated, true);
      assert.deepEqual((await get(`/legal-documents/${created.id}`)).json<LegalDocument>().languageUpdatedAt, reworded.languageUpdatedAt);

      t.clock.advance(60_000);
      const statusOnly = await adminRequest<LegalDocument>(t, 'PUT', `${api}/admin/legal-documents/${created.id}`, { ...input, summary: { ...input.summary, vi: 'Quy định về bến xe khách' } });
      assert.deepEqual(statusOnly.languageUpdatedAt, reworded.languageUpdatedAt, 'a change of no text dates no language');
      const translated = await adminRequest<LegalDocument>(t, 'PUT', `${api}/admin/legal-documents/${created.id}`, {
        ...input,
        summary: { vi: 'Quy định về bến xe khách', en: 'Regulation on coach stations' },
      });
      assert.equal(translated.languageUpdatedAt?.en, t.clock.now().toISOString());
      assert.ok(!(await outdatedIds()).includes(created.id), 'the translation caught up');
    });

    test("a leader's languages record when each last changed", async () => {
      const input = { agency: 'ubnd-tinh', fullName: 'Trần Văn Thử', position: { vi: 'Chủ tịch', en: 'Chairman' }, order: 1 };
      const leader = await adminRequest<Leader>(t, 'POST', `${api}/admin/leaders`, input, 201);
      const first = t.clock.now().toISOString();
      assert.deepEqual(leader.languageUpdatedAt, { vi: first, en: first });
      t.clock.advance(60_000);
      await adminRequest(t, 'PUT', `${api}/admin/leaders/${leader.id}`, { ...input, duties: { vi: 'Phụ trách chung' } });
      const served = (await get(`/leaders/${leader.id}`)).json<Leader>();
      assert.deepEqual(served.languageUpdatedAt, { vi: t.clock.now().toISOString(), en: first });
    });
  });
}
