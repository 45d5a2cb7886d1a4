import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminDraftComment, AdminDraftCommentList, AdminQuestion, AskerReading, AuditEntry, DraftQueueList, PublishedAnswer, QuestionReceipt, QuestionStatus } from '@vn-portal/schema';
import { adminRequest, commentSubmission, createOpenDraft, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { createUser } from '../accounts/user-accounts.js';

const consoleOrigin = 'https://cong.example.gov.vn';
const password = 'mật khẩu của cán bộ 2025';
const api = '/api/v1';
const answeredBy = { name: 'Trần Văn Ký', position: 'Phó Giám đốc Sở' };

for (const dialect of testDialects) {
  describe(`an officer's tasks on questions and draft comments (${dialect})`, () => {
    let t: TestApp;
    /** The session cookie of the department's moderator, scoped to `stttt`. */
    let officer = '';
    const as = (cookie: string) => ({ cookie, origin: consoleOrigin });
    const request = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({ method, url: `${api}${url}`, headers: as(officer), ...(payload === undefined ? {} : { payload }) });

    /** A question of this agency, classified; answers its id and tracking code. */
    async function questionFor(agency: string, title: string): Promise<{ id: string; trackingCode: string }> {
      const receipt = (await t.app.inject({ method: 'POST', url: `${api}/qa/questions`, payload: questionSubmission({ title }) })).json<QuestionReceipt>();
      const { items } = await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', `${api}/admin/questions?state=received`);
      const id = items.find((item) => item.trackingCode === receipt.trackingCode)?.id ?? '';
      await adminRequest(t, 'POST', `${api}/admin/questions/${id}/transitions`, { action: 'classify', topic: 'thu-tuc-hanh-chinh', agency });
      return { id, trackingCode: receipt.trackingCode };
    }

    before(async () => {
      t = await startTestApp(dialect, { config: { publicOrigins: [consoleOrigin] } });
      await seedAgencies(t);
      await createUser(t.testDatabase.database.db, { username: 'lan.so', name: 'Nguyễn Thị Lan', role: 'moderator', agencies: ['stttt'], password }, t.clock.now());
      const signIn = await t.app.inject({ method: 'POST', url: `${api}/admin/session`, headers: { origin: consoleOrigin }, payload: { username: 'lan.so', password } });
      assert.equal(signIn.statusCode, 200, signIn.body);
      officer = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    });
    after(() => t.close());

    test('the asker is in no list nor question; read on request, each reading logged naming the officer', async () => {
      const { id } = await questionFor('stttt', 'Người hỏi chỉ hiện khi được yêu cầu');
      const list = await request('GET', '/admin/questions');
      const one = await request('GET', `/admin/questions/${id}`);
      for (const response of [list, one]) {
        assert.equal(response.statusCode, 200, response.body);
        for (const personal of ['Phan Văn Thử', 'phan.thu', '912 345', '001090000123']) assert.ok(!response.body.includes(personal), `no ${personal} in ${response.body.slice(0, 80)}`);
      }
      assert.equal(one.json<AdminQuestion>().askerHeld, true, 'the question says an asker is held');
      const reading = await request('POST', `/admin/questions/${id}/asker-readings`);
      assert.equal(reading.statusCode, 200, reading.body);
      const { asker } = reading.json<AskerReading>();
      assert.equal(asker.kind === 'individual' ? asker.fullName : '', 'Phan Văn Thử');
      const log = await adminRequest<{ items: AuditEntry[] }>(t, 'GET', `${api}/admin/audit-log?resource=questions`);
      const read = log.items.filter((entry) => entry.action === 'readAsker' && entry.resourceId === id);
      assert.deepEqual(read.map((entry) => [entry.actor.name, entry.agency]), [['Nguyễn Thị Lan', 'stttt']], 'one reading, naming the person and the agency');
      assert.equal((await t.app.inject({ method: 'POST', url: `${api}/admin/questions/${id}/asker-readings`, headers: { origin: consoleOrigin } })).statusCode, 401, 'not without a session');
      const other = await questionFor('ubnd-tinh', 'Câu hỏi của tỉnh');
      assert.equal((await request('POST', `/admin/questions/${other.id}/asker-readings`)).statusCode, 403, "not another agency's asker");
      await adminRequest(t, 'DELETE', `${api}/admin/questions/${id}/personal-data`);
      assert.equal((await request('POST', `/admin/questions/${id}/asker-readings`)).statusCode, 409, 'an erased asker cannot be read');
    });

    test('a scoped moderator forwards among its own agencies only; the board forwards anywhere', async () => {
      const { id } = await questionFor('stttt', 'Câu hỏi cần chuyển');
      const outside = await request('POST', `/admin/questions/${id}/transitions`, { action: 'forward', agency: 'ubnd-tinh' });
      assert.equal(outside.statusCode, 403, outside.body);
      const inside = await request('POST', `/admin/questions/${id}/transitions`, { action: 'forward', agency: 'stttt', note: { vi: 'Phòng Bưu chính xử lý' } });
      assert.equal(inside.statusCode, 200, inside.body);
      assert.equal(inside.json<AdminQuestion>().state, 'forwarded');
      const board = await adminRequest<AdminQuestion>(t, 'POST', `${api}/admin/questions/${id}/transitions`, { action: 'forward', agency: 'ubnd-tinh' });
      assert.equal(board.agency?.code, 'ubnd-tinh');
      assert.equal((await request('GET', `/admin/questions/${id}`)).statusCode, 403, 'handed over, the question leaves the department');
    });

    test('a progress notice sets a later deadline the asker sees, that the calendar no longer moves', async () => {
      const { id, trackingCode } = await questionFor('stttt', 'Câu hỏi sẽ trả lời muộn');
      const before = await adminRequest<AdminQuestion>(t, 'GET', `${api}/admin/questions/${id}`);
      const earlier = await request('POST', `/admin/questions/${id}/transitions`, { action: 'notify-progress', newDueDate: before.dueDate, note: { vi: 'Chờ ý kiến' } });
      assert.equal(earlier.statusCode, 422, earlier.body);
      const notice = await request('POST', `/admin/questions/${id}/transitions`, { action: 'notify-progress', newDueDate: '2025-04-30', note: { vi: 'Cần lấy ý kiến Sở Tư pháp.' } });
      assert.equal(notice.statusCode, 200, notice.body);
      assert.deepEqual([notice.json<AdminQuestion>().state, notice.json<AdminQuestion>().dueDate], ['classified', '2025-04-30'], 'same state, new deadline');
      await adminRequest(t, 'PUT', `${api}/admin/calendar/2025-03-10`, { kind: 'day-off', name: { vi: 'Nghỉ bù (thử nghiệm)' } });
      const status = (await t.app.inject({ method: 'POST', url: `${api}/qa/questions/status`, payload: { trackingCode, contact: 'phan.thu@example.com' } })).json<QuestionStatus>();
      assert.equal(status.dueDate, '2025-04-30', 'the notice’s deadline stands after a calendar change');
      assert.deepEqual(status.timeline.at(-1), { state: 'classified', at: t.clock.now().toISOString(), note: { vi: 'Cần lấy ý kiến Sở Tư pháp.' }, newDueDate: '2025-04-30' });
      await adminRequest(t, 'DELETE', `${api}/admin/calendar/2025-03-10`, undefined, 204);
      const answered = await request('POST', `/admin/questions/${id}/transitions`, { action: 'answer', content: { vi: '<p>Đã có ý kiến.</p>' }, answeredBy, citedDocuments: [] });
      assert.equal(answered.statusCode, 200, answered.body);
      const late = await request('POST', `/admin/questions/${id}/transitions`, { action: 'notify-progress', newDueDate: '2025-05-30', note: { vi: 'Muộn' } });
      assert.equal(late.statusCode, 409, 'no notice once answered');
    });

    test('the answer names who gave it and the documents it cites, shown with the published answer', async () => {
      const { id } = await questionFor('stttt', 'Câu trả lời có người ký');
      const unnamed = await request('POST', `/admin/questions/${id}/transitions`, { action: 'answer', content: { vi: '<p>Trả lời</p>' }, citedDocuments: [] });
      assert.equal(unnamed.statusCode, 422, 'who answers is required');
      const citedDocuments = [{ number: '42/2022/NĐ-CP', summary: { vi: 'Quy định về cung cấp thông tin trên môi trường mạng' }, issuedDate: '2022-06-24', issuer: { vi: 'Chính phủ' }, documentId: 'nd-42-2022' }];
      const answered = await request('POST', `/admin/questions/${id}/transitions`, {
        action: 'answer',
        content: { vi: '<p>Xem <strong>Nghị định</strong> <a href="javascript:alert(1)">này</a>.</p><script>alert(1)</script>' },
        answeredBy,
        citedDocuments,
      });
      assert.equal(answered.statusCode, 200, answered.body);
      assert.equal(answered.json<AdminQuestion>().answer?.content.vi, '<p>Xem <strong>Nghị định</strong> <a>này</a>.</p>', 'sanitized on the server');
      await adminRequest(t, 'POST', `${api}/admin/questions/${id}/transitions`, { action: 'publish' });
      const published = (await t.app.inject({ method: 'GET', url: `${api}/qa/answers/${id}` })).json<PublishedAnswer>();
      assert.deepEqual(published.answer.answeredBy, answeredBy);
      assert.deepEqual(published.answer.citedDocuments, citedDocuments);
    });

    test('comment moderation: the queue pending first with counts, a rejection needs its reason, the export is the agency’s', async () => {
      const provinceDraft = await createOpenDraft(t, '97/2025/QĐ-UBND');
      const departmentDraft = await createOpenDraft(t, '12/2025/QĐ-STTTT', 'stttt');
      const comment = async (draft: string, content: string) => {
        // A second apart, so that the queue's order by arrival is known.
        t.clock.advance(1000);
        return (await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${draft}/comments`, payload: commentSubmission({ content }) })).json<{ id: string }>().id;
      };
      const first = await comment(departmentDraft, 'Góp ý thứ nhất');
      const second = await comment(departmentDraft, '=HYPERLINK("http://ke-xau.example") góp ý thứ hai');
      await comment(departmentDraft, 'Góp ý thứ ba');
      await comment(provinceDraft, 'Góp ý cho tỉnh, bí mật với Sở');

      const queues = await request('GET', '/admin/drafts');
      assert.equal(queues.statusCode, 200, queues.body);
      assert.deepEqual(queues.json<DraftQueueList>().items.map((queue) => [queue.number, queue.counts]), [['12/2025/QĐ-STTTT', { pending: 3, approved: 0, rejected: 0 }]], "the department's drafts only");
      assert.equal((await request('GET', `/admin/legal-documents/${provinceDraft}/comments`)).statusCode, 403);
      assert.equal((await request('GET', `/admin/legal-documents/${provinceDraft}/comments.csv`)).statusCode, 403, "no export of another agency's draft");

      assert.equal((await request('PATCH', `/admin/comments/${second}`, { decision: 'reject' })).statusCode, 422, 'a rejection without its reason');
      const rejected = await request('PATCH', `/admin/comments/${second}`, { decision: 'reject', reason: 'Có liên kết quảng cáo' });
      assert.equal(rejected.json<AdminDraftComment>().rejectionReason, 'Có liên kết quảng cáo');
      assert.equal((await request('PATCH', `/admin/comments/${first}`, { decision: 'approve' })).statusCode, 200);
      const queue = (await request('GET', `/admin/legal-documents/${departmentDraft}/comments`)).json<AdminDraftCommentList>();
      assert.deepEqual(queue.counts, { pending: 1, approved: 1, rejected: 1 });
      assert.deepEqual(queue.items.map((item) => item.state), ['pending', 'approved', 'rejected'], 'pending first, then by arrival');

      const csv = await request('GET', `/admin/legal-documents/${departmentDraft}/comments.csv`);
      assert.equal(csv.statusCode, 200, csv.body);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines[0], 'id,receivedAt,state,moderatedAt,rejectionReason,name,organization,content');
      assert.equal(lines.length, 4, 'every comment of the draft, whatever its state');
      assert.ok(lines.some((line) => line.includes(`'=HYPERLINK(`)), 'a formula is exported as text');
      assert.ok(!csv.body.includes('gopy@example.com') && !csv.body.includes('cho tỉnh'), 'no email, no other draft');
      const log = await adminRequest<{ items: AuditEntry[] }>(t, 'GET', `${api}/admin/audit-log?resource=legal-documents`);
      assert.ok(log.items.some((entry) => entry.action === 'exportComments' && entry.actor.name === 'Nguyễn Thị Lan'), 'the export is logged naming the person');
    });
  });
}
