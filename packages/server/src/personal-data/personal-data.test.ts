// The duties of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP towards the people whose data the
// portal holds: explicit consent with its record, their requests with the legal deadlines,
// erasure that leaves nothing to recover, retention, safe exports, and no caching of their data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { AdminDraftCommentList, AdminQuestion, AskerReading, DataSubjectRequest, DataSubjectRequestDetail, DataSubjectRequestList, QuestionReceipt, QuestionSubmission } from '@vn-portal/schema';
import { adminRequest, commentSubmission, consentVersion, createOpenDraft, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { rawStorageText } from '../../test/raw-storage.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { csvCell } from '../http/csv.js';
import { eraseExpiredPersonalData } from './retention.js';

const dayMs = 86_400_000;
const api = '/api/v1';

/** The fixture's asker (every field the default form requires), with some fields changed. */
const askerWith = (changes: Partial<Extract<QuestionSubmission['asker'], { kind: 'individual' }>>): QuestionSubmission['asker'] => ({
  ...(questionSubmission().asker as Extract<QuestionSubmission['asker'], { kind: 'individual' }>),
  ...changes,
});

interface FieldErrors {
  errors: { path: string; message: string }[];
}

test('CSV cells that a spreadsheet would run are escaped, and quoting follows RFC 4180', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil.example","Bấm")'), `"'=HYPERLINK(""http://evil.example"",""Bấm"")"`);
  for (const formula of ['+84 912 345 678', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1']) assert.ok(csvCell(formula).replace(/^"/, '').startsWith(`'`), JSON.stringify(formula));
  assert.equal(csvCell('Nguyễn Văn An'), 'Nguyễn Văn An');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('dòng 1\ndòng 2'), '"dòng 1\ndòng 2"');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell('2025-03-03'), '2025-03-03');
});

for (const dialect of testDialects) {
  describe(`personal data (${dialect})`, () => {
    let t: TestApp;
    let draftId: string;
    before(async () => {
      t = await startTestApp(dialect, { config: { personalDataRetentionDays: 30 } });
      await seedAgencies(t);
      draftId = await createOpenDraft(t);
    });
    after(() => t.close());

    const ask = async (overrides: Partial<QuestionSubmission> = {}) => {
      const answer = await t.app.inject({ method: 'POST', url: `${api}/qa/questions`, payload: questionSubmission(overrides) });
      assert.equal(answer.statusCode, 201, answer.body);
      return answer.json<QuestionReceipt>();
    };
    const questionOf = async (trackingCode: string) => {
      const list = await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', `${api}/admin/questions?pageSize=100`);
      const found = list.items.find((item) => item.trackingCode === trackingCode);
      assert.ok(found, 'the question is in the admin list');
      return found;
    };
    const comment = async (overrides: Parameters<typeof commentSubmission>[0] = {}) => {
      const answer = await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${draftId}/comments`, payload: commentSubmission(overrides) });
      assert.equal(answer.statusCode, 202, answer.body);
      return answer.json<{ id: string }>().id;
    };
    const moderation = () => adminRequest<AdminDraftCommentList>(t, 'GET', `${api}/admin/legal-documents/${draftId}/comments`);
    const createRequest = (body: object) => adminRequest<DataSubjectRequest>(t, 'POST', `${api}/admin/data-subject-requests`, body, 201);
    const step = (id: string, body: object, expected = 200) => adminRequest<DataSubjectRequest>(t, 'POST', `${api}/admin/data-subject-requests/${id}/transitions`, body, expected);
    const detail = (id: string) => adminRequest<DataSubjectRequestDetail>(t, 'GET', `${api}/admin/data-subject-requests/${id}`);
    const lookUp = (trackingCode: string, contact: string) => t.app.inject({ method: 'POST', url: `${api}/qa/questions/status`, payload: { trackingCode, contact } });

    test('a submission without explicit consent is a 422 naming the consent field', async () => {
      const { consent: _consent, ...withoutConsent } = questionSubmission();
      const cases: [object, string][] = [
        [withoutConsent, 'consent'],
        [{ ...withoutConsent, consent: { accepted: false, version: consentVersion } }, 'consent.accepted'],
        [{ ...withoutConsent, consent: { version: consentVersion } }, 'consent.accepted'],
        [{ ...withoutConsent, consent: 'yes' }, 'consent'],
      ];
      for (const [payload, path] of cases) {
        const answer = await t.app.inject({ method: 'POST', url: `${api}/qa/questions`, payload });
        assert.equal(answer.statusCode, 422);
        assert.deepEqual(answer.json<FieldErrors>().errors.map((error) => [error.path, error.message]), [[path, 'Consent to the processing of personal data is required']]);
      }
      for (const consent of [false, undefined, 'true']) {
        const answer = await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${draftId}/comments`, payload: { ...commentSubmission(), consent } });
        assert.equal(answer.statusCode, 422);
        assert.deepEqual(answer.json<FieldErrors>().errors.map((error) => [error.path, error.message]), [['consent', 'Consent to the processing of personal data is required']]);
      }
    });

    test('each consent is recorded: the notice version, the purpose, the time', async () => {
      const receipt = await ask({ title: 'Câu hỏi có ghi nhận đồng ý' });
      const question = await questionOf(receipt.trackingCode);
      assert.deepEqual(question.consent, { noticeVersion: consentVersion, purpose: 'answer-question', givenAt: receipt.receivedAt });
      const id = await comment({ consentVersion: 'gop-y-2025-02' });
      const listed = (await moderation()).items.find((item) => item.id === id);
      assert.deepEqual(listed?.consent, { noticeVersion: 'gop-y-2025-02', purpose: 'draft-comment', givenAt: listed?.receivedAt });
    });

    test('a request of a person is tracked against its deadlines: acknowledged in 2 working days, done in 15 days', async () => {
      // Friday 7 March 2025, 09:00 in Vietnam: 2 working days later is Tuesday 11 March.
      const request = await createRequest({ kind: 'access', contact: 'Phan.Thu@Example.com', receivedAt: '2025-03-07T02:00:00Z' });
      assert.equal(request.state, 'received');
      assert.equal(request.acknowledgeBy, '2025-03-11');
      assert.equal(request.dueBy, '2025-03-22');
      assert.equal(request.overdue, false);
      const overdueOf = async () => (await adminRequest<DataSubjectRequestList>(t, 'GET', `${api}/admin/data-subject-requests?state=${(await detail(request.id)).state}`)).items.find((item) => item.id === request.id)?.overdue;
      const saved = t.clock.current;
      try {
        t.clock.current = new Date('2025-03-11T16:59:00Z');
        assert.equal(await overdueOf(), false, 'still the last day to acknowledge');
        t.clock.current = new Date('2025-03-11T17:00:00Z');
        assert.equal(await overdueOf(), true, 'not acknowledged in 2 working days');
        assert.equal((await step(request.id, { action: 'acknowledge', note: 'Đã nhận qua bưu điện' })).state, 'acknowledged');
        assert.equal(await overdueOf(), false);
        t.clock.current = new Date('2025-03-22T17:00:00Z');
        assert.equal(await overdueOf(), true, 'not done in 15 days');
        await step(request.id, { action: 'acknowledge' }, 409);
      } finally {
        t.clock.current = saved;
      }
      // A declared extra day off moves the acknowledgement deadline.
      await adminRequest(t, 'PUT', `${api}/admin/calendar/2025-03-10`, { kind: 'day-off', name: { vi: 'Nghỉ (thử nghiệm)' } });
      assert.equal((await createRequest({ kind: 'access', contact: '0912345678', receivedAt: '2025-03-07T02:00:00Z' })).acknowledgeBy, '2025-03-12');
      await adminRequest(t, 'DELETE', `${api}/admin/calendar/2025-03-10`, undefined, 204);
      await adminRequest(t, 'POST', `${api}/admin/data-subject-requests`, { kind: 'access', contact: 'khong phai lien he' }, 422);
    });

    test('access shows every record holding the person’s contact; closing the request erases the contact', async () => {
      const contact = 'truy.cap@example.com';
      const mine = await ask({ title: 'Câu hỏi của người yêu cầu', asker: askerWith({ email: contact }) });
      const commentId = await comment({ email: contact });
      const someoneElse = await ask({ title: 'Câu hỏi của người khác', asker: askerWith({ fullName: 'Người Khác', email: 'khac@example.com', phone: '0911000222' }) });
      const request = await createRequest({ kind: 'access', contact: contact.toUpperCase() });
      const found = await detail(request.id);
      assert.deepEqual(found.records.map((record) => record.kind).sort(), ['draft-comment', 'question']);
      assert.equal(found.records.find((record) => record.kind === 'question')?.reference.startsWith(mine.trackingCode), true);
      assert.equal(found.records.find((record) => record.kind === 'draft-comment')?.commenter?.email, contact);
      assert.ok(!JSON.stringify(found).includes(someoneElse.trackingCode), 'the report holds nothing of another person');
      const closed = await step(request.id, { action: 'complete', note: 'Đã gửi bản sao dữ liệu' });
      assert.equal(closed.state, 'completed');
      assert.equal(closed.contact, undefined);
      assert.deepEqual((await detail(request.id)).records, []);
      assert.equal((await moderation()).items.find((item) => item.id === commentId)?.email, contact, 'access changes nothing');
      await step(request.id, { action: 'refuse', reason: 'x' }, 409);
    });

    test('deletion erases the person’s records, and the erased values are gone from the database files', async () => {
      const contact = 'xoa.du.lieu@example.com';
      const asker = askerWith({ email: contact });
      const first = await ask({ title: 'Câu hỏi sẽ bị xóa dữ liệu 1', asker });
      const second = await ask({ title: 'Câu hỏi sẽ bị xóa dữ liệu 2', asker });
      const commentId = await comment({ email: contact, name: 'Tên Sẽ Bị Xóa' });
      const kept = await ask({ title: 'Câu hỏi không liên quan' });
      const { db } = t.testDatabase.database;
      const sealed = await db.selectFrom('questions').select(['id', 'asker_sealed']).where('tracking_code', 'in', [first.trackingCode, second.trackingCode]).execute();
      const sealedEmail = (await db.selectFrom('legal_document_comments').select('email').where('id', '=', commentId).executeTakeFirstOrThrow()).email;
      // The encrypted body of each value, as it sits in the file.
      const traces = [...sealed.map((row) => row.asker_sealed?.split('.')[3] ?? ''), sealedEmail.split('.')[3] ?? ''];
      assert.ok(traces.every((trace) => trace.length > 20), 'every sealed value has an encrypted body');
      const tables = ['questions', 'legal_document_comments', 'contact_index'];
      const beforeErasure = await rawStorageText(t.testDatabase.database, tables);
      assert.ok(traces.every((trace) => beforeErasure.includes(trace)), 'the values are found where they are stored');

      const request = await createRequest({ kind: 'deletion', contact });
      assert.equal((await detail(request.id)).records.length, 3);
      const done = await step(request.id, { action: 'complete' });
      assert.equal(done.erasedRecords, 3);
      assert.equal(done.acknowledgedAt, done.closedAt, 'completing acknowledges too');

      for (const receipt of [first, second]) {
        const question = await questionOf(receipt.trackingCode);
        assert.equal(question.askerHeld, false, 'the asker is erased');
        assert.ok(question.personalDataErasedAt, 'the question records when its personal data was erased');
        assert.equal((await lookUp(receipt.trackingCode, contact)).statusCode, 404);
      }
      const erasedComment = (await moderation()).items.find((item) => item.id === commentId);
      assert.equal(erasedComment?.email, undefined);
      assert.equal(erasedComment?.name, 'Ẩn danh');
      assert.equal((await questionOf(kept.trackingCode)).askerHeld, true, 'other people’s data stays');
      const afterErasure = await rawStorageText(t.testDatabase.database, tables);
      for (const trace of traces) assert.ok(!afterErasure.includes(trace), 'an erased value is not recoverable from the live database');
      assert.ok(!afterErasure.includes('Tên Sẽ Bị Xóa'.normalize('NFC')), 'the erased name is not recoverable from the live database');
    });

    // A vacuum keeps what a transaction older than the erasure could still see: a read in this
    // database, or any transaction of the server that has written (a fresh snapshot anywhere counts it as running).
    const olderTransactions = [
      { name: 'a read in this database', url: () => t.testDatabase.config.databaseUrl, start: 'begin isolation level repeatable read; select 1' },
      { name: 'a write in another database of the server', url: () => process.env.TEST_DATABASE_URL, start: 'begin; select pg_current_xact_id()' },
    ];
    for (const older of olderTransactions) {
      test(`${older.name} that began before an erasure does not keep the erased values in the database`, { skip: dialect !== 'postgres' }, async () => {
        const contact = `doc.cu.${olderTransactions.indexOf(older)}@example.com`;
        const receipt = await ask({ title: 'Câu hỏi đọc trong lúc xóa', asker: askerWith({ fullName: 'Người Đọc Cũ', email: contact }) });
        const { db } = t.testDatabase.database;
        const sealed = await db.selectFrom('questions').select('asker_sealed').where('tracking_code', '=', receipt.trackingCode).executeTakeFirstOrThrow();
        const trace = sealed.asker_sealed?.split('.')[3] ?? '';
        assert.ok(trace.length > 20, 'the sealed asker has an encrypted body');
        // The other session touches no table the vacuum locks, and ends its transaction a moment after the erasure.
        const other = new pg.Client({ connectionString: older.url() });
        await other.connect();
        try {
          await other.query(older.start);
          const request = await createRequest({ kind: 'deletion', contact });
          const otherEnds = sleep(300).then(() => other.query('commit'));
          assert.equal((await step(request.id, { action: 'complete' })).erasedRecords, 1);
          await otherEnds;
        } finally {
          await other.end();
        }
        assert.ok(!(await rawStorageText(t.testDatabase.database, ['questions'])).includes(trace), 'the erased value is not recoverable once the older transaction has ended');
      });
    }

    test('withdrawal of consent is recorded, and the data it covered is erased; a refusal gives its reason', async () => {
      const contact = '0987 654 321';
      const receipt = await ask({ title: 'Rút lại đồng ý', asker: askerWith({ fullName: 'Trần Rút Lại', phone: contact, email: 'rut.lai@example.com' }) });
      const withdrawal = await createRequest({ kind: 'withdrawal', contact: '+84987654321' });
      assert.equal((await step(withdrawal.id, { action: 'complete' })).erasedRecords, 1);
      const question = await questionOf(receipt.trackingCode);
      assert.ok(question.consent?.withdrawnAt, 'the question records when consent was withdrawn');
      assert.equal(question.askerHeld, false, 'the asker is erased');
      const refused = await step((await createRequest({ kind: 'deletion', contact: 'nguoi.la@example.com' })).id, { action: 'refuse', reason: 'Không xác minh được người yêu cầu' });
      assert.equal(refused.state, 'refused');
      assert.equal(refused.outcome, 'Không xác minh được người yêu cầu');
      await adminRequest(t, 'POST', `${api}/admin/data-subject-requests/${refused.id}/transitions`, { action: 'refuse' }, 422);
    });

    test('a correction replaces the asker’s data, and is refused once the data is erased', async () => {
      const receipt = await ask({ title: 'Sửa thông tin người hỏi' });
      const question = await questionOf(receipt.trackingCode);
      const corrected = await adminRequest<AdminQuestion>(t, 'PUT', `${api}/admin/questions/${question.id}/asker`, { kind: 'individual', fullName: 'Phan Văn Đúng', email: 'dung@example.com' });
      assert.equal(corrected.askerHeld, true, 'the corrected asker is held');
      const { asker } = await adminRequest<AskerReading>(t, 'POST', `${api}/admin/questions/${question.id}/asker-readings`);
      assert.equal(asker.kind === 'individual' ? asker.fullName : '', 'Phan Văn Đúng');
      assert.equal((await lookUp(receipt.trackingCode, 'dung@example.com')).statusCode, 200);
      assert.equal((await lookUp(receipt.trackingCode, 'phan.thu@example.com')).statusCode, 404);
      const request = await createRequest({ kind: 'access', contact: 'dung@example.com' });
      assert.equal((await detail(request.id)).records.length, 1, 'found by the corrected contact');
      await adminRequest(t, 'DELETE', `${api}/admin/questions/${question.id}/personal-data`);
      await adminRequest(t, 'PUT', `${api}/admin/questions/${question.id}/asker`, { kind: 'individual', fullName: 'Phan Văn Đúng' }, 409);
    });

    test('after the retention period, personal data is erased by itself; questions still open keep theirs', async () => {
      const closed = await questionOf((await ask({ title: 'Câu hỏi đã đóng' })).trackingCode);
      await adminRequest(t, 'POST', `${api}/admin/questions/${closed.id}/transitions`, { action: 'reject', reason: { vi: 'Không thuộc phạm vi.' } });
      const open = await questionOf((await ask({ title: 'Câu hỏi còn mở' })).trackingCode);
      const commentId = await comment({ email: 'luu.tru@example.com' });
      await adminRequest(t, 'PATCH', `${api}/admin/comments/${commentId}`, { decision: 'approve' });
      const { database } = t.testDatabase;
      const saved = t.clock.current;
      try {
        t.clock.advance(29 * dayMs);
        assert.deepEqual(await eraseExpiredPersonalData(database, 30, t.clock.now()), { questions: 0, comments: 0 }, 'not yet');
        t.clock.advance(2 * dayMs);
        const erased = await eraseExpiredPersonalData(database, 30, t.clock.now());
        assert.ok(erased.questions >= 1 && erased.comments >= 1, `expired personal data was erased from questions and comments: ${JSON.stringify(erased)}`);
        assert.equal((await questionOf(closed.trackingCode)).askerHeld, false, 'the closed question’s asker is erased');
        assert.equal((await questionOf(open.trackingCode)).askerHeld, true, 'the open question keeps its asker');
        assert.equal((await moderation()).items.find((item) => item.id === commentId)?.email, undefined);
      } finally {
        t.clock.current = saved;
      }
    });

    test('the board’s CSV export escapes cells that would run as formulas', async () => {
      await ask({
        title: '@SUM(1+1) thủ tục',
        content: 'Nội dung có "ngoặc kép", dấu phẩy,\nvà xuống dòng — đủ dài để qua giới hạn.',
        asker: askerWith({ fullName: '=HYPERLINK("http://evil.example","Bấm vào")', occupation: '-2+3', address: '+1+1', phone: '+84 912 000 111', email: 'csv@example.com' }),
      });
      const answer = await t.app.inject({ method: 'GET', url: `${api}/admin/questions/export.csv`, headers: t.admin });
      assert.equal(answer.statusCode, 200);
      assert.match(String(answer.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.match(String(answer.headers['content-disposition']), /attachment/);
      assert.equal(answer.headers['cache-control'], 'no-store');
      const csv = answer.body;
      assert.ok(csv.startsWith('\uFEFFtrackingCode,state,'), 'the CSV starts with a BOM and its header');
      assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""Bấm vào"")"`), 'a formula in a cell is neutralised and quoted');
      for (const cell of [`'@SUM(1+1) thủ tục`, `'-2+3`, `'+1+1`, `'+84 912 000 111`]) assert.ok(csv.includes(`,${cell},`), cell);
      assert.ok(csv.includes('"Nội dung có ""ngoặc kép"", dấu phẩy,\nvà xuống dòng — đủ dài để qua giới hạn."'), 'quotes, commas and line breaks in a cell are quoted');
      const cells = csv.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)|\r\n/);
      assert.ok(!cells.some((cell) => /^[=+\-@]/.test(cell)), 'no cell starts a formula');
      assert.equal((await t.app.inject({ method: 'GET', url: `${api}/admin/questions/export.csv` })).statusCode, 401);
      const audit = await adminRequest<{ items: { action: string }[] }>(t, 'GET', `${api}/admin/audit-log?resource=questions`);
      assert.ok(audit.items.some((entry) => entry.action === 'exportQuestions'), 'who exported personal data, and when, is in the audit log');
    });

    test('every response carrying personal data is Cache-Control: no-store', async () => {
      const receipt = await ask({ title: 'Không lưu đệm' });
      const question = await questionOf(receipt.trackingCode);
      const request = await createRequest({ kind: 'access', contact: 'phan.thu@example.com' });
      const answers = [
        await t.app.inject({ method: 'GET', url: `${api}/admin/questions/${question.id}`, headers: t.admin }),
        await t.app.inject({ method: 'GET', url: `${api}/admin/questions`, headers: t.admin }),
        await t.app.inject({ method: 'GET', url: `${api}/admin/legal-documents/${draftId}/comments`, headers: t.admin }),
        await t.app.inject({ method: 'GET', url: `${api}/admin/data-subject-requests/${request.id}`, headers: t.admin }),
        await t.app.inject({ method: 'GET', url: `${api}/admin/data-subject-requests`, headers: t.admin }),
        await lookUp(receipt.trackingCode, 'phan.thu@example.com'),
        await t.app.inject({ method: 'POST', url: `${api}/qa/questions`, payload: questionSubmission() }),
        await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${draftId}/comments`, payload: commentSubmission() }),
      ];
      for (const answer of answers) {
        assert.ok(answer.statusCode < 300, answer.body);
        assert.equal(answer.headers['cache-control'], 'no-store', answer.body.slice(0, 80));
        assert.equal(answer.headers.etag, undefined);
      }
    });
  });
}
