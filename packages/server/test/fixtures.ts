import type { Agency, DraftCommentSubmission, LegalDocumentInput, PollInput, QuestionSubmission } from '@vn-portal/schema';
import { defaultQaFormConfig } from '../src/qa/default-form-config.js';
import { loadMasterKey } from '../src/security/master-key.js';
import { Secrets } from '../src/security/secrets.js';
import { seedDemoData } from '../src/seed/seed.js';
import type { TestApp } from './test-app.js';

/** The version of the consent notice a question must say it accepted: the form's current one. */
export const consentVersion = defaultQaFormConfig.consent.version;

export const provinceAgency: Agency = { code: 'ubnd-tinh', name: { vi: 'UBND tỉnh Thử Nghiệm' }, kind: 'province', order: 0 };
export const departmentAgency: Agency = { code: 'stttt', name: { vi: 'Sở Thông tin và Truyền thông' }, kind: 'department', order: 1, parent: 'ubnd-tinh' };

/** Sends an admin request and fails the test on anything but the expected status. */
export async function adminRequest<T>(t: TestApp, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, expected = 200): Promise<T> {
  const response = await t.app.inject({ method, url, headers: t.admin, ...(payload === undefined ? {} : { payload: payload as object }) });
  if (response.statusCode !== expected) throw new Error(`${method} ${url}: expected ${expected}, got ${response.statusCode} ${response.body}`);
  return (response.body === '' ? undefined : response.json()) as T;
}

/** The demo province, seeded as `npm start` seeds an empty database, on the test's clock. */
export async function seedDemo(t: TestApp): Promise<void> {
  const { config, database } = t.testDatabase;
  const secrets = new Secrets(loadMasterKey(config.encryptionKey, config.dataDir));
  await seedDemoData({ db: database.db, secrets, now: t.clock.now(), utcOffsetMinutes: config.utcOffsetMinutes });
}

/** Two agencies through the admin API. */
export async function seedAgencies(t: TestApp): Promise<void> {
  await adminRequest(t, 'POST', '/api/v1/admin/agencies', provinceAgency, 201);
  await adminRequest(t, 'POST', '/api/v1/admin/agencies', departmentAgency, 201);
}

export function pollInput(overrides: Partial<PollInput> = {}): PollInput {
  return {
    agency: 'ubnd-tinh',
    question: { vi: 'Bạn thấy Cổng thông tin thế nào?' },
    kind: 'single',
    maxChoices: 1,
    options: [
      { id: 'tot', label: { vi: 'Tốt' } },
      { id: 'binh-thuong', label: { vi: 'Bình thường' } },
      { id: 'chua-tot', label: { vi: 'Chưa tốt' } },
    ],
    resultsVisibility: 'always',
    ...overrides,
  };
}

export async function createPoll(t: TestApp, overrides: Partial<PollInput> = {}): Promise<string> {
  const poll = await adminRequest<{ id: string }>(t, 'POST', '/api/v1/admin/polls', pollInput(overrides), 201);
  return poll.id;
}

/** A voter token as a browser would make it. */
export const voterToken = (n: number) => `voter-${String(n).padStart(12, '0')}`;

/** A question as the default form configuration takes it. */
export function questionSubmission(overrides: Partial<QuestionSubmission> = {}): QuestionSubmission {
  return {
    asker: {
      kind: 'individual',
      fullName: 'Phan Văn Thử',
      nationality: 'Việt Nam',
      occupation: 'Kỹ sư',
      idNumber: '001090000123',
      address: 'Phường Trung Tâm',
      phone: '+84 912 345 678',
      email: 'phan.thu@example.com',
    },
    topic: 'thu-tuc-hanh-chinh',
    title: 'Hỏi về thủ tục cấp giấy phép xây dựng',
    content: 'Xin hỏi hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ gồm những giấy tờ gì?',
    consent: { accepted: true, version: consentVersion },
    ...overrides,
  };
}

export function commentSubmission(overrides: Partial<DraftCommentSubmission> = {}): DraftCommentSubmission {
  return { name: 'Phạm Thị Góp Ý', email: 'gopy@example.com', content: 'Đề nghị bổ sung quy định về dữ liệu mở.', consent: true, consentVersion: '2025-01', ...overrides };
}

/** A draft (of the province unless said) open for comment for a month from the test clock; answers its id. */
export async function createOpenDraft(t: TestApp, number = '99/2025/QĐ-UBND', agency = 'ubnd-tinh'): Promise<string> {
  const now = t.clock.now().getTime();
  const input: LegalDocumentInput = {
    number,
    type: 'decision',
    summary: { vi: 'Dự thảo quy định về cổng dữ liệu mở của tỉnh' },
    issuedDate: '2025-03-01',
    issuer: { code: 'ubnd-tinh-thu-nghiem', name: { vi: 'UBND tỉnh Thử Nghiệm' } },
    fields: [],
    status: 'not-yet-in-force',
    agency,
    stage: 'draft',
    normative: true,
    attachments: [],
    relations: [],
    draft: { opensAt: new Date(now - 86_400_000).toISOString(), closesAt: new Date(now + 30 * 86_400_000).toISOString() },
  };
  return (await adminRequest<{ id: string }>(t, 'POST', '/api/v1/admin/legal-documents', input, 201)).id;
}

/** An issued decision of the test province, in force; tests override what they are about. */
export function issuedDocument(overrides: Partial<LegalDocumentInput> & Pick<LegalDocumentInput, 'number' | 'summary'>): LegalDocumentInput {
  return {
    type: 'decision',
    issuedDate: '2025-03-03',
    issuer: { code: 'ubnd-tinh-binh-son', name: { vi: 'UBND tỉnh Bình Sơn' } },
    fields: [],
    status: 'in-force',
    agency: 'ubnd-tinh',
    stage: 'issued',
    normative: true,
    attachments: [],
    relations: [],
    ...overrides,
  };
}
