// The compact response checks browsers use (`@vn-portal/schema/compact`) against the contract's
// zod schemas, on the reference server's real answers: every public read of the demo province,
// and the writes an element makes, must come out of the compact transport exactly as zod parses
// the same bytes. A check that drifted from its schema fails here.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { publicRoutes, safeParse, type AnySchema, type Route } from '@vn-portal/schema';
import * as compact from '@vn-portal/schema/compact';
import { createCompactTransport, createPortalClient, type PortalClient, type Transport } from '@vn-portal/sdk';
import { seedDemo } from '../test/fixtures.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { testDialects } from '../test/test-database.js';

type OperationId = keyof typeof publicRoutes;

for (const dialect of testDialects) {
  describe(`compact response checks against the reference server (${dialect})`, () => {
    let t: TestApp;
    let portal: PortalClient;
    let transport: Transport;
    /** The raw body of the latest answer the compact transport received. */
    let lastBody = '';

    before(async () => {
      t = await startTestApp(dialect, {
        seed: seedDemo,
      });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      portal = createPortalClient({ baseUrl, retry: 0 });
      const recordingFetch: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        lastBody = await response.clone().text();
        return response;
      };
      transport = createCompactTransport({ baseUrl, fetch: recordingFetch, retry: 0 });
    });
    after(() => t.close());

    /** Calls an operation through the compact transport and compares with zod's reading of the same answer. */
    async function agree(operationId: OperationId, input: Record<string, unknown> = {}): Promise<void> {
      const compactRoute = (compact as unknown as Record<string, Route>)[operationId];
      assert.ok(compactRoute, `the compact contract has a route for ${operationId}`);
      const result = await transport.send(operationId, compactRoute, input);
      const schema = (publicRoutes as Record<string, Route>)[operationId]?.response as AnySchema;
      const expected = compactRoute.mediaType === 'application/atom+xml' ? { success: true, data: lastBody } : safeParse(schema, JSON.parse(lastBody));
      assert.equal(expected.success, true, `${operationId}: the server's answer is valid`);
      assert.deepEqual(result, expected.data, operationId);
    }

    test('portal, agencies and leaders', async () => {
      await agree('getPortal');
      await agree('listAgencies');
      const { items: agencies } = await portal.listAgencies();
      for (const agency of agencies) {
        await agree('getAgency', { code: agency.code });
        await agree('listLeaders', { agency: agency.code });
      }
      const { items: leaders } = await portal.listLeaders();
      for (const leader of leaders) await agree('getLeader', { id: leader.id });
    });

    test('the register: searches with facets, every document in detail, drafts and their comments, the feed', async () => {
      for (const q of ['quyet dinh cong thong tin', '10/2024', 'QĐ-UBND', 'khong co van ban nao nhu the nay']) await agree('searchLegalDocuments', { q });
      await agree('searchLegalDocuments', { stage: 'draft' });
      await agree('latestLegalDocuments', { limit: 10 });
      await agree('legalDocumentsFeed');
      for (const stage of ['issued', 'draft'] as const) {
        const { items } = await portal.searchLegalDocuments({ stage, pageSize: 100 });
        assert.ok(items.length > 0, stage);
        for (const item of items) await agree('getLegalDocument', { id: item.id });
        if (stage === 'draft') for (const item of items) await agree('listDraftComments', { id: item.id });
      }
    });

    test('Q&A: form configuration, published answers, a question asked and tracked', async () => {
      await agree('getQaFormConfig');
      await agree('searchAnswers');
      const { items } = await portal.searchAnswers();
      for (const item of items) await agree('getAnswer', { id: item.id });
      const config = await portal.getQaFormConfig();
      const body = {
        asker: { kind: 'individual', fullName: 'Nguyễn Văn Thử', nationality: 'Việt Nam', occupation: 'Kỹ sư', idNumber: '001099012345', address: 'Phường 1', phone: '0912345678', email: 'thu@example.vn' },
        topic: config.topics[0]?.code,
        title: 'Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ',
        content: 'Xin hỏi hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ gồm những giấy tờ gì và nộp ở đâu?',
        consent: { accepted: true, version: config.consent.version },
      };
      await agree('submitQuestion', { body });
      const { trackingCode } = JSON.parse(lastBody) as { trackingCode: string };
      await agree('getQuestionStatus', { body: { trackingCode, contact: 'thu@example.vn' } });
    });

    test('polls and visits', async () => {
      await agree('getLatestPoll');
      const poll = await portal.getLatestPoll();
      assert.ok(poll, 'the portal has a latest poll');
      await agree('getLatestPoll', { agency: 'khong-co-don-vi-nay' });
      await agree('getPoll', { id: poll.id });
      await agree('getPollResults', { id: poll.id });
      await agree('vote', { id: poll.id, body: { voterToken: 'compact-check-voter-0001', optionIds: [poll.options[0]?.id] } });
      await agree('recordVisit', { body: { path: '/gioi-thieu', member: false } });
      await agree('getVisitStats');
    });
  });
}
