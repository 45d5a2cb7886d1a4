import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminQuestion, ErasureReceipt, PublishedAnswerList, QuestionReceipt, QuestionStatus, QuestionSubmission } from '@vn-portal/schema';
import { adminRequest, consentVersion, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

for (const dialect of testDialects) {
  describe(`questions and answers (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
    });
    after(() => t.close());

    const submit = (payload: unknown, key?: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: payload as object, headers: key === undefined ? {} : { 'idempotency-key': key } });
    const status = (trackingCode: string, contact: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/qa/questions/status', payload: { trackingCode, contact } });
    const transition = (id: string, body: object, expected = 200) => adminRequest<AdminQuestion>(t, 'POST', `/api/v1/admin/questions/${id}/transitions`, body, expected);
    const idOf = async (trackingCode: string) => {
      const list = await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', '/api/v1/admin/questions?pageSize=100');
      const question = list.items.find((item) => item.trackingCode === trackingCode);
      assert.ok(question, 'the submitted question is in the admin list');
      return question.id;
    };

    test('a submission gets a tracking code and a due date 15 working days later', async () => {
      // Monday 3 March 2025, 09:00 in Vietnam: 15 working days later is Monday 24 March.
      const response = await submit(questionSubmission());
      assert.equal(response.statusCode, 201);
      const receipt = response.json<QuestionReceipt>();
      assert.equal(receipt.state, 'received');
      assert.match(receipt.trackingCode, /^HD-2025-[0-9A-Z]{8}$/);
      assert.equal(receipt.dueDate, '2025-03-24');
    });

    test('a retried POST with the same Idempotency-Key creates one question', async () => {
      const key = 'retry-key-0001';
      const first = (await submit(questionSubmission({ title: 'Câu hỏi gửi lại nhiều lần' }), key)).json<QuestionReceipt>();
      const [second, third] = await Promise.all([submit(questionSubmission({ title: 'Câu hỏi gửi lại nhiều lần' }), key), submit(questionSubmission({ title: 'Câu hỏi gửi lại nhiều lần' }), key)]);
      assert.equal(second.statusCode, 201);
      assert.deepEqual(second.json(), first);
      assert.deepEqual(third.json(), first);
      const list = await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', '/api/v1/admin/questions?pageSize=100');
      assert.equal(list.items.filter((item) => item.title === 'Câu hỏi gửi lại nhiều lần').length, 1);
      const different = await submit(questionSubmission({ title: 'Một câu hỏi khác hẳn' }), key);
      assert.equal(different.statusCode, 409);
      assert.equal(different.json<{ code: string }>().code, 'idempotency-conflict');
    });

    test('the form configuration decides required fields, topics and limits', async () => {
      const { email: _email, ...withoutEmail } = questionSubmission().asker as Record<string, unknown>;
      const missing = await submit(questionSubmission({ asker: withoutEmail as QuestionSubmission['asker'] }));
      assert.equal(missing.statusCode, 422);
      assert.deepEqual(missing.json<{ errors: { path: string; code: string }[] }>().errors.map((error) => [error.path, error.code]), [['asker.email', 'required']]);
      const topic = await submit(questionSubmission({ topic: 'khieu-nai' }));
      assert.equal(topic.json<{ errors: { code: string }[] }>().errors[0]?.code, 'unknown-topic');
      const consent = await submit({ ...questionSubmission(), consent: { accepted: false, version: consentVersion } });
      assert.equal(consent.statusCode, 422);
    });

    test('the status needs the code and the email or phone the asker gave', async () => {
      const receipt = (await submit(questionSubmission({ title: 'Tra cứu trạng thái' }))).json<QuestionReceipt>();
      assert.equal((await status(receipt.trackingCode, 'PHAN.THU@example.com')).statusCode, 200);
      assert.equal((await status(receipt.trackingCode, '0912.345.678')).statusCode, 200);
      assert.equal((await status(receipt.trackingCode, 'someone@example.com')).statusCode, 404);
      assert.equal((await status('HD-2025-ZZZZZZZZ', 'phan.thu@example.com')).statusCode, 404);
      const body = (await status(receipt.trackingCode.toLowerCase(), 'phan.thu@example.com')).json<QuestionStatus>();
      assert.equal(body.state, 'received');
      assert.ok(!JSON.stringify(body).includes('Phan Văn Thử'), 'no personal data in the status');
    });

    test('personal data is encrypted at rest', async () => {
      const rows = await t.testDatabase.database.db.selectFrom('questions').select(['asker_sealed', 'title', 'content']).execute();
      assert.ok(rows.length > 0, 'questions are stored');
      for (const row of rows) {
        assert.match(row.asker_sealed ?? '', /^v1\./);
        assert.ok(!(row.asker_sealed ?? '').includes('phan.thu'), 'the asker’s email is not stored in clear');
      }
    });

    test('the workflow: classify, forward, answer, publish — the published answer holds no personal data', async () => {
      const receipt = (await submit(questionSubmission({ title: 'Quy trình đầy đủ' }))).json<QuestionReceipt>();
      const id = await idOf(receipt.trackingCode);
      await transition(id, { action: 'publish' }, 409);
      await transition(id, { action: 'classify', topic: 'chinh-sach' });
      await transition(id, { action: 'forward', agency: 'stttt', note: { vi: 'Chuyển Sở TT&TT' } });
      const answered = await transition(id, {
        action: 'answer',
        content: { vi: '<p>Hồ sơ gồm đơn đề nghị và bản vẽ thiết kế.</p>' },
        answeredBy: { name: 'Trần Văn Ký', position: 'Phó Giám đốc Sở' },
        citedDocuments: [{ number: '15/2021/NĐ-CP', summary: { vi: 'Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng' }, issuedDate: '2021-03-03', issuer: { vi: 'Chính phủ' } }],
      });
      assert.equal(answered.state, 'answered');
      assert.equal(answered.answer?.agency.code, 'stttt');
      const published = await transition(id, { action: 'publish', title: { vi: 'Hồ sơ cấp giấy phép xây dựng nhà ở' } });
      assert.equal(published.state, 'published');
      assert.deepEqual(published.timeline.map((entry) => entry.state), ['received', 'classified', 'forwarded', 'answered', 'published']);
      const answers = (await t.app.inject({ method: 'GET', url: '/api/v1/qa/answers?q=giay%20phep%20xay%20dung' })).json<PublishedAnswerList>();
      assert.equal(answers.total, 1);
      const text = JSON.stringify(answers);
      for (const personal of ['Phan Văn Thử', 'phan.thu', '912 345', '001090000123']) assert.ok(!text.includes(personal), `no ${personal}`);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/qa/answers/${id}` })).statusCode, 200);
      const audit = await adminRequest<{ items: { action: string; resourceId?: string }[] }>(t, 'GET', '/api/v1/admin/audit-log?resource=questions');
      assert.ok(audit.items.filter((entry) => entry.resourceId === id).length >= 4, 'the question’s workflow left at least four audit entries');
    });

    test('suggestions while a title is typed: answers sharing most of its words, those sharing more first', async () => {
      const publish = async (title: string) => {
        const receipt = (await submit(questionSubmission({ title, content: 'Đề nghị hướng dẫn cụ thể về hồ sơ và thời hạn giải quyết.' }))).json<QuestionReceipt>();
        const id = await idOf(receipt.trackingCode);
        await transition(id, { action: 'classify', topic: 'chinh-sach' });
        await transition(id, { action: 'forward', agency: 'stttt' });
        await transition(id, { action: 'answer', content: { vi: '<p>Hồ sơ gồm đơn đề nghị.</p>' }, answeredBy: { name: 'Trần Văn Ký', position: 'Phó Giám đốc Sở' }, citedDocuments: [] });
        await transition(id, { action: 'publish' });
      };
      await publish('Điều kiện nuôi ong mật có cần chứng nhận vùng nguyên liệu');
      await publish('Nuôi ong mật cần chứng nhận gì');
      await publish('Chứng nhận vùng trồng lúa');
      // The first ten words count: "xin hoi nuoi ong mat co can chung nhan vung"; six must be shared.
      const typed = encodeURIComponent('Xin hỏi nuôi ong mật có cần chứng nhận vùng nguyên liệu không');
      const answers = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/qa/answers?${query}` })).json<PublishedAnswerList>();
      assert.equal((await answers(`q=${typed}`)).total, 0, 'a search needs every word');
      const suggested = await answers(`q=${typed}&match=most`);
      assert.deepEqual(
        suggested.items.map((item) => item.title.vi),
        ['Điều kiện nuôi ong mật có cần chứng nhận vùng nguyên liệu', 'Nuôi ong mật cần chứng nhận gì'],
      );
      assert.equal(suggested.total, 2);
      assert.equal((await answers(`q=ong+mat&match=most`)).total, 2, 'two words: both needed');
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/qa/answers?q=ong&match=some` })).statusCode, 400);
    });

    test('rejection gives the reason; an unpublished question is not public', async () => {
      const receipt = (await submit(questionSubmission({ title: 'Đơn khiếu nại' }))).json<QuestionReceipt>();
      const id = await idOf(receipt.trackingCode);
      const rejected = await transition(id, { action: 'reject', reason: { vi: 'Khiếu nại không thuộc phạm vi trả lời.' } });
      assert.equal(rejected.state, 'rejected');
      const seen = (await status(receipt.trackingCode, 'phan.thu@example.com')).json<QuestionStatus>();
      assert.equal(seen.rejectionReason?.vi, 'Khiếu nại không thuộc phạm vi trả lời.');
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/qa/answers/${id}` })).statusCode, 404);
      await transition(id, { action: 'classify', topic: 'chinh-sach' }, 409);
    });

    test('erasure removes the asker and keeps the question', async () => {
      const receipt = (await submit(questionSubmission({ title: 'Xin xóa dữ liệu' }))).json<QuestionReceipt>();
      const id = await idOf(receipt.trackingCode);
      const erased = await adminRequest<ErasureReceipt>(t, 'DELETE', `/api/v1/admin/questions/${id}/personal-data`);
      const question = await adminRequest<AdminQuestion>(t, 'GET', `/api/v1/admin/questions/${id}`);
      assert.equal(question.askerHeld, false, 'the asker is no longer held');
      assert.equal(question.personalDataErasedAt, erased.erasedAt);
      assert.equal(question.title, 'Xin xóa dữ liệu');
      assert.equal((await status(receipt.trackingCode, 'phan.thu@example.com')).statusCode, 404);
      const row = await t.testDatabase.database.db.selectFrom('questions').select('asker_sealed').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.asker_sealed, null);
    });

    test('declaring an extra day off moves the due dates of open questions', async () => {
      const receipt = (await submit(questionSubmission({ title: 'Hạn trả lời dời theo lịch' }))).json<QuestionReceipt>();
      assert.equal(receipt.dueDate, '2025-03-24');
      await adminRequest(t, 'PUT', '/api/v1/admin/calendar/2025-03-10', { kind: 'day-off', name: { vi: 'Nghỉ bù (thử nghiệm)' } });
      const id = await idOf(receipt.trackingCode);
      assert.equal((await adminRequest<AdminQuestion>(t, 'GET', `/api/v1/admin/questions/${id}`)).dueDate, '2025-03-25');
      await adminRequest(t, 'PUT', '/api/v1/admin/calendar/2025-03-15', { kind: 'working-day', name: { vi: 'Làm bù (thử nghiệm)' } });
      assert.equal((await adminRequest<AdminQuestion>(t, 'GET', `/api/v1/admin/questions/${id}`)).dueDate, '2025-03-24');
      await adminRequest(t, 'DELETE', '/api/v1/admin/calendar/2025-03-15', undefined, 204);
      await adminRequest(t, 'DELETE', '/api/v1/admin/calendar/2025-03-10', undefined, 204);
      assert.equal((await adminRequest<AdminQuestion>(t, 'GET', `/api/v1/admin/questions/${id}`)).dueDate, '2025-03-24');
      const days = await adminRequest<{ items: unknown[] }>(t, 'GET', '/api/v1/admin/calendar');
      assert.deepEqual(days.items, []);
    });
  });
}
