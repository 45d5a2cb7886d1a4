import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { adminRoutes, type ApiKey, type ApiKeyCreated, type ApiKeyRole, type AuditEntry } from '@vn-portal/schema';
import { adminRequest, commentSubmission, createOpenDraft, createPoll, pollInput, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { importTemplate } from '../legal-documents/import/columns.js';
import { routePath } from '../http/contract-routes.js';

type AdminOperationId = keyof typeof adminRoutes;

/** Records of the province, which keys scoped to the department must not reach. */
interface ProvinceRecords {
  leader: string;
  draft: string;
  comment: string;
  question: string;
  poll: string;
  dataSubjectRequest: string;
  key: string;
}

const leader = { agency: 'ubnd-tinh', fullName: 'Chủ tịch Thử', position: { vi: 'Chủ tịch' }, order: 0 };
const agency = { code: 'ubnd-tinh', name: { vi: 'UBND tỉnh' }, kind: 'province', order: 0 };

/**
 * One request per admin operation, aimed at the province's records or at the whole portal, with a
 * body the operation's schema accepts, so that only the key's scope can refuse it.
 */
function requestsFor(records: ProvinceRecords): Record<AdminOperationId, { payload?: unknown; params?: Record<string, string>; query?: string; headers?: Record<string, string> }> {
  const draftInput = { number: '98/2025/QĐ-UBND', type: 'decision', summary: { vi: 'Văn bản thử' }, issuedDate: '2025-03-01', issuer: { code: 'ubnd', name: { vi: 'UBND' } }, fields: [], status: 'in-force', agency: 'ubnd-tinh', stage: 'issued', normative: true, attachments: [], relations: [] };
  return {
    updatePortal: { payload: {} },
    createAgency: { payload: { ...agency, code: 'moi' } },
    updateAgency: { params: { code: 'ubnd-tinh' }, payload: { ...agency, kind: 'province' } },
    deleteAgency: { params: { code: 'ubnd-tinh' } },
    getAllowedOrigins: { params: { code: 'ubnd-tinh' } },
    setAllowedOrigins: { params: { code: 'ubnd-tinh' }, payload: { origins: ['https://ke-xau.example'] } },
    createLeader: { payload: leader },
    updateLeader: { params: { id: records.leader }, payload: leader },
    deleteLeader: { params: { id: records.leader } },
    listLegalDocumentsForAdmin: {},
    createLegalDocument: { payload: draftInput },
    updateLegalDocument: { params: { id: records.draft }, payload: draftInput },
    deleteLegalDocument: { params: { id: records.draft } },
    withdrawLegalDocument: { params: { id: records.draft }, payload: { reason: { vi: 'Thu hồi thử' } } },
    importLegalDocuments: { query: '?dryRun=false', payload: importTemplate('ubnd-tinh'), headers: { 'content-type': 'text/csv' } },
    getLegalDocumentImportTemplate: {},
    listCommentsForModeration: { params: { id: records.draft } },
    moderateComment: { params: { id: records.comment }, payload: { decision: 'approve' } },
    exportComments: { params: { id: records.draft } },
    listDraftQueues: {},
    listQuestions: {},
    getQuestion: { params: { id: records.question } },
    transitionQuestion: { params: { id: records.question }, payload: { action: 'reject', reason: { vi: 'Thử' } } },
    readAsker: { params: { id: records.question } },
    erasePersonalData: { params: { id: records.question } },
    correctAsker: { params: { id: records.question }, payload: questionSubmission().asker },
    exportQuestions: {},
    createDataSubjectRequest: { payload: { kind: 'access', contact: 'phan.thu@example.com' } },
    listDataSubjectRequests: {},
    getDataSubjectRequest: { params: { id: records.dataSubjectRequest } },
    transitionDataSubjectRequest: { params: { id: records.dataSubjectRequest }, payload: { action: 'acknowledge' } },
    updateQaFormConfig: { payload: {} },
    createPoll: { payload: pollInput() },
    listPollsForAdmin: {},
    getPollForAdmin: { params: { id: records.poll } },
    updatePoll: { params: { id: records.poll }, payload: pollInput() },
    deletePoll: { params: { id: records.poll } },
    listApiKeys: {},
    createApiKey: { payload: { name: 'Rộng hơn', role: 'admin', agencies: [] } },
    revokeApiKey: { params: { id: records.key } },
    listCalendarDays: {},
    setCalendarDay: { params: { date: '2025-03-10' }, payload: { kind: 'day-off', name: { vi: 'Nghỉ' } } },
    deleteCalendarDay: { params: { date: '2025-03-10' } },
    listBackups: {},
    createBackup: {},
    getAuditLog: { query: '?pageSize=200' },
    getActivityReport: {},
    exportActivityReport: {},
    printActivityReport: {},
  };
}

/** Lists and reports a scoped key may read, showing its agencies' entries only; the import leaves out (and reports) other agencies' rows. */
const filteredLists = new Set<AdminOperationId>([
  'listLegalDocumentsForAdmin',
  'listQuestions',
  'exportQuestions',
  'listPollsForAdmin',
  'listDraftQueues',
  'listApiKeys',
  'getAuditLog',
  'importLegalDocuments',
  'getLegalDocumentImportTemplate',
  'getActivityReport',
  'exportActivityReport',
  'printActivityReport',
]);
const roleRank: Record<ApiKeyRole, number> = { editor: 1, moderator: 2, admin: 3 };

for (const dialect of testDialects) {
  describe(`keys scoped to an agency (${dialect})`, () => {
    let t: TestApp;
    let records: ProvinceRecords;
    const scoped = new Map<ApiKeyRole, ApiKeyCreated>();
    const as = (role: ApiKeyRole) => ({ authorization: `Bearer ${scoped.get(role)?.secret ?? ''}` });

    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      const draft = await createOpenDraft(t);
      const comment = (await t.app.inject({ method: 'POST', url: `/api/v1/legal-documents/${draft}/comments`, payload: commentSubmission() })).json<{ id: string }>().id;
      await t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: questionSubmission() });
      const question = (await adminRequest<{ items: { id: string }[] }>(t, 'GET', '/api/v1/admin/questions')).items[0]?.id ?? '';
      await adminRequest(t, 'POST', `/api/v1/admin/questions/${question}/transitions`, { action: 'classify', topic: 'thu-tuc-hanh-chinh', agency: 'ubnd-tinh' });
      records = {
        leader: (await adminRequest<{ id: string }>(t, 'POST', '/api/v1/admin/leaders', leader, 201)).id,
        draft,
        comment,
        question,
        poll: await createPoll(t),
        dataSubjectRequest: (await adminRequest<{ id: string }>(t, 'POST', '/api/v1/admin/data-subject-requests', { kind: 'access', contact: 'phan.thu@example.com' }, 201)).id,
        key: (await adminRequest<ApiKeyCreated>(t, 'POST', '/api/v1/admin/api-keys', { name: 'Tỉnh', role: 'editor', agencies: ['ubnd-tinh'] }, 201)).id,
      };
      for (const role of ['editor', 'moderator', 'admin'] as const) {
        scoped.set(role, await adminRequest<ApiKeyCreated>(t, 'POST', '/api/v1/admin/api-keys', { name: `Sở ${role}`, role, agencies: ['stttt'] }, 201));
      }
      // A change of the department, which its own keys do see in the log.
      await t.app.inject({ method: 'POST', url: '/api/v1/admin/leaders', headers: as('editor'), payload: { ...leader, agency: 'stttt' } });
    });
    after(() => t.close());

    test('every admin operation refuses or filters what lies beyond the key of each role', async () => {
      const requests = requestsFor(records);
      assert.deepEqual(Object.keys(requests).sort(), Object.keys(adminRoutes).sort(), 'the walk covers every admin operation of the contract');
      const leaks: string[] = [];
      for (const role of ['editor', 'moderator', 'admin'] as const) {
        for (const [operationId, request] of Object.entries(requests) as [AdminOperationId, (typeof requests)[AdminOperationId]][]) {
          const endpoint = adminRoutes[operationId];
          const url = routePath(endpoint.path).replace(/:(\w+)/g, (_match, name: string) => request.params?.[name] ?? '') + (request.query ?? '');
          const response = await t.app.inject({ method: endpoint.method, url, headers: { ...as(role), ...request.headers }, ...(request.payload === undefined ? {} : { payload: request.payload as object }) });
          const mayRead = filteredLists.has(operationId) && roleRank[role] >= roleRank[endpoint.role];
          const expected = mayRead ? 200 : 403;
          if (response.statusCode !== expected) leaks.push(`${role} ${operationId}: ${response.statusCode} ${response.body.slice(0, 200)}`);
          if (mayRead && response.body.includes('ubnd-tinh')) leaks.push(`${role} ${operationId} shows the province: ${response.body.slice(0, 200)}`);
        }
      }
      assert.deepEqual(leaks, []);
    });

    test('a scoped admin key sees its own agency in the lists and makes keys within its reach only', async () => {
      const keys = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', headers: as('admin') })).json<{ items: ApiKey[] }>();
      assert.deepEqual(keys.items.map((key) => key.name).sort(), ['Sở admin', 'Sở editor', 'Sở moderator'], 'the department keys and no other');
      const log = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit-log?pageSize=200', headers: as('admin') })).json<{ items: AuditEntry[] }>();
      assert.ok(log.items.length > 0 && log.items.every((entry) => entry.agency === 'stttt'), 'the department sees its own changes only');
      const narrower = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: as('admin'), payload: { name: 'Biên tập', role: 'editor', agencies: ['stttt'] } });
      assert.equal(narrower.statusCode, 201, narrower.body);
      const wider = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: as('admin'), payload: { name: 'Hai cơ quan', role: 'editor', agencies: ['stttt', 'ubnd-tinh'] } });
      assert.equal(wider.statusCode, 403, wider.body);
      const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/api-keys/${narrower.json<ApiKeyCreated>().id}`, headers: as('admin') });
      assert.equal(revoked.statusCode, 204, revoked.body);
    });

    test('an unscoped admin key keeps the whole portal', async () => {
      const keys = await adminRequest<{ items: ApiKey[] }>(t, 'GET', '/api/v1/admin/api-keys');
      assert.ok(keys.items.some((key) => key.id === records.key), 'the province key is listed');
      const admin = await adminRequest<ApiKeyCreated>(t, 'POST', '/api/v1/admin/api-keys', { name: 'Toàn tỉnh', role: 'admin', agencies: [] }, 201);
      assert.deepEqual(admin.agencies, []);
    });
  });
}
