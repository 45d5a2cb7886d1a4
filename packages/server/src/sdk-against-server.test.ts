// The SDK and the server tested against each other for real: the typed client, over loopback HTTP,
// against the reference server seeded with the demo province. Every answer is validated by the
// client's response schemas, so a drift between contract and server fails here.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ApiProblemError, createPortalClient, type PortalClient } from '@vn-portal/sdk';
import { createAdminClient } from '@vn-portal/sdk/admin';
import { proofOfWorkHeader } from '@vn-portal/schema';
import { defaultProofOfWorkBits } from './config.js';
import { seedDemo } from '../test/fixtures.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { testDialects } from '../test/test-database.js';

for (const dialect of testDialects) {
  describe(`SDK against the reference server (${dialect})`, () => {
    let t: TestApp;
    let baseUrl = '';
    let answers: number[] = [];
    let sent: { url: string; headers: Headers }[] = [];
    let portal: PortalClient;

    before(async () => {
      t = await startTestApp(dialect, {
        // The default difficulty: the SDK solves the bot check as it would in a visitor's browser.
        config: { proofOfWorkBits: defaultProofOfWorkBits },
        seed: seedDemo,
      });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      const countingFetch: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        sent.push({ url: request.url, headers: new Headers(request.headers) });
        const response = await fetch(request);
        answers.push(response.status);
        return response;
      };
      portal = createPortalClient({ baseUrl, fetch: countingFetch, retry: 0 });
    });
    after(() => t.close());

    test('portal, agencies and leaders in protocol order', async () => {
      const info = await portal.getPortal();
      assert.ok(info.credit.line.vi.length > 0, 'the portal has a credit line');
      const { items: agencies } = await portal.listAgencies();
      assert.ok(agencies.length > 1, 'the portal lists more than one agency');
      const { items: leaders } = await portal.listLeaders({ agency: agencies[0]?.code });
      const orders = leaders.map((leader) => leader.order);
      assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
    });

    test('a repeated GET is revalidated with its ETag and answered 304 from the cache', async () => {
      answers = [];
      const fresh = createPortalClient({ baseUrl, fetch: portal.transport.options.fetch, retry: 0 });
      const first = await fresh.getPortal();
      const second = await fresh.getPortal();
      assert.deepEqual(second, first);
      assert.deepEqual(answers, [200, 304]);
    });

    test('legal-document search: unaccented, number-aware, with facets, and the detail', async () => {
      const result = await portal.searchLegalDocuments({ q: 'quyet dinh cong thong tin' });
      assert.ok(result.total > 0, 'an unaccented query finds documents');
      assert.ok(result.facets.type.some((facet) => facet.value === 'decision' && facet.count > 0), 'the type facet counts decisions');
      const first = result.items[0];
      assert.ok(first, 'the search has a first item');
      const detail = await portal.getLegalDocument({ id: first.id });
      assert.equal(detail.number, first.number);
      const byNumber = await portal.searchLegalDocuments({ q: first.number.split('/').slice(0, 2).join('/') });
      assert.ok(byNumber.items.some((item) => item.id === first.id), 'a search by the number’s first parts finds the document');
    });

    test('a question submitted twice with one idempotency key is one question, trackable by code and contact', async () => {
      const config = await portal.getQaFormConfig();
      const topic = config.topics[0];
      assert.ok(topic, 'the Q&A form has a topic');
      const fields = config.fields.individual;
      const asker = {
        kind: 'individual' as const,
        fullName: 'Nguyễn Văn Thử',
        ...(fields.nationality === 'hidden' ? {} : { nationality: 'Việt Nam' }),
        ...(fields.occupation === 'hidden' ? {} : { occupation: 'Kỹ sư' }),
        ...(fields.idNumber === 'hidden' ? {} : { idNumber: '001099012345' }),
        ...(fields.address === 'hidden' ? {} : { address: 'Phường 1, tỉnh Bình Sơn' }),
        ...(fields.phone === 'hidden' ? {} : { phone: '0912345678' }),
        email: 'thu@example.vn',
      };
      const body = {
        asker,
        topic: topic.code,
        title: 'Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ',
        content: 'Xin hỏi hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ gồm những giấy tờ gì và nộp ở đâu?',
        consent: { accepted: true as const, version: config.consent.version },
      };
      sent = [];
      const first = await portal.submitQuestion({ body }, { idempotencyKey: 'sdk-test-question-0001' });
      // The SDK asked for a challenge, solved it, and sent the proof with the question.
      assert.ok(sent[0]?.url.endsWith('/api/v1/bot-check/challenges'), 'the SDK asked for a bot-check challenge first');
      assert.match(sent[1]?.headers.get(proofOfWorkHeader) ?? '', /^v1\.submitQuestion\.\d+\..+:\d+$/);
      const unsolved = await fetch(`${baseUrl}/api/v1/qa/questions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(unsolved.status, 403, 'without the SDK, the same question needs its proof');
      const retried = await portal.submitQuestion({ body }, { idempotencyKey: 'sdk-test-question-0001' });
      assert.equal(retried.trackingCode, first.trackingCode);
      const status = await portal.getQuestionStatus({ body: { trackingCode: first.trackingCode, contact: 'thu@example.vn' } });
      assert.equal(status.state, 'received');
      assert.equal(status.dueDate, first.dueDate);
      const wrongContact = await portal.getQuestionStatus({ body: { trackingCode: first.trackingCode, contact: 'other@example.vn' } }).catch((error: unknown) => error);
      assert.ok(wrongContact instanceof ApiProblemError, 'a lookup with the wrong contact rejects with an ApiProblemError');
      assert.equal(wrongContact.status, 404);
    });

    test('a comment on a draft open for comment goes through the bot check as the elements send it', async () => {
      const drafts = await portal.searchLegalDocuments({ stage: 'draft' });
      const open = drafts.items.find((item) => item.draft?.state === 'open');
      assert.ok(open, 'the demo has a draft open for comment');
      const receipt = await portal.submitDraftComment({ id: open.id, body: { name: 'Lê Văn Góp Ý', email: 'gopy@example.vn', content: 'Đề nghị làm rõ thời hạn công bố dữ liệu.', consent: true } });
      assert.equal(receipt.status, 'pending-moderation');
      const honeypot = await portal.submitDraftComment({ id: open.id, body: { name: 'Bot', email: 'bot@example.vn', content: 'Quảng cáo', consent: true, website: 'https://spam.example' } }).catch((error: unknown) => error);
      assert.ok(honeypot instanceof ApiProblemError, 'a honeypot comment rejects with an ApiProblemError');
      assert.equal(honeypot.status, 422);
      assert.deepEqual(honeypot.fieldErrors.map((error) => error.path), ['website']);
    });

    test('vote once, results add up to 100, a second vote by the same token is not counted', async () => {
      const poll = await portal.getLatestPoll();
      assert.ok(poll, 'the portal has a latest poll');
      const option = poll.options[0];
      assert.ok(option, 'the poll has an option');
      const voterToken = 'sdk-test-voter-000000000001';
      const receipt = await portal.vote({ id: poll.id, body: { voterToken, optionIds: [option.id] } });
      assert.equal(receipt.counted, true);
      const again = await portal.vote({ id: poll.id, body: { voterToken, optionIds: [option.id] } });
      assert.equal(again.counted, false);
      const results = await portal.getPollResults({ id: poll.id, voterToken });
      assert.equal(results.voted, true);
      if (results.visible && results.total > 0) assert.equal(results.options.reduce((sum, item) => sum + item.percent, 0), 100);
    });

    test('visits are recorded and counted; bad input is a typed problem', async () => {
      const hit = await portal.recordVisit({ body: { path: '/gioi-thieu', member: false } });
      assert.equal(typeof hit.counted, 'boolean');
      const stats = await portal.getVisitStats();
      assert.ok(stats.total > 0, 'the visit counter has a total');
      const problem = await portal.getPoll({ id: 'no-such-poll' }).catch((error: unknown) => error);
      assert.ok(problem instanceof ApiProblemError, 'an unknown poll rejects with an ApiProblemError');
      assert.equal(problem.code, 'not-found');
    });

    test('the admin client authenticates with an API key, and a wrong key is a 401 problem', async () => {
      const apiKey = t.admin.authorization.replace('Bearer ', '');
      const admin = createAdminClient({ baseUrl, apiKey, retry: 0 });
      const { items } = await admin.listApiKeys();
      assert.ok(items.length >= 1, 'the admin lists its keys');
      const intruder = createAdminClient({ baseUrl, apiKey: 'not-a-key', retry: 0 });
      const denied = await intruder.listApiKeys().catch((error: unknown) => error);
      assert.ok(denied instanceof ApiProblemError, 'an unknown key rejects with an ApiProblemError');
      assert.equal(denied.status, 401);
    });

    test('the admin client sends a register file as is and reads the reports; the portal client reads Dublin Core', async () => {
      const admin = createAdminClient({ baseUrl, apiKey: t.admin.authorization.replace('Bearer ', ''), retry: 0 });
      const template = await admin.getLegalDocumentImportTemplate();
      // Reading the answer as text drops the byte-order mark spreadsheets need.
      assert.match(template, /^number,type,issuer_code/);
      const report = await admin.importLegalDocuments({ dryRun: 'true', body: new TextEncoder().encode(template) });
      assert.deepEqual([report.dryRun, report.format, report.rows, report.written], [true, 'csv', 1, 0]);
      const activity = await admin.getActivityReport({ preset: 'year' });
      assert.equal(activity.scope, 'province');
      assert.match(await admin.exportActivityReport({ preset: 'six-months' }), /^from,to,agency/);
      assert.match(await admin.printActivityReport({ lang: 'en' }), /<html lang="en">/);
      const [latest] = (await portal.latestLegalDocuments({ limit: 1 })).items;
      assert.ok(latest, 'the demo register has documents');
      assert.equal((await portal.getLegalDocumentDublinCore({ id: latest.id })).identifier, latest.number);
      assert.match(await portal.getLegalDocumentDublinCoreXml({ id: latest.id }), /<dcterms:identifier>/);
    });
  });
}
