import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  ActivityReportQuery,
  activityReportQueryLimits,
  Agency,
  agencyLimits,
  AllowedOrigins,
  allowedOriginsLimits,
  ApiKeyCreate,
  apiKeyCreateLimits,
  AuditLogQuery,
  auditLogQueryLimits,
  CalendarDay,
  calendarDayLimits,
  DataSubjectRequestInput,
  dataSubjectRequestInputLimits,
  dataSubjectRequestRefusalLimits,
  DataSubjectRequestTransition,
  DraftCommentSubmission,
  draftCommentLimits,
  LeaderInput,
  leaderInputLimits,
  LegalDocumentWithdrawalInput,
  legalDocumentWithdrawalLimits,
  PollInput,
  pollInputLimits,
  QaFormConfig,
  qaFormConfigLimits,
  safeParse,
  type AnySchema,
  type FieldLimit,
} from './index.js';
import { exampleQaFormConfig } from './examples/index.js';

type Limits = { readonly [name: string]: FieldLimit | Limits };
type Body = Record<string, unknown>;

/** Each form's table with the schema it describes and a body the schema takes, every field of the table filled. */
const forms: [string, Limits, AnySchema, Body][] = [
  [
    'LeaderInput',
    leaderInputLimits,
    LeaderInput,
    { agency: 'stttt', fullName: 'Nguyễn Văn An', position: { vi: 'Giám đốc', en: 'Director' }, order: 0, phone: '0206 3852 123', mobile: '0912 345 678', email: 'an@caobang.gov.vn', photo: { url: 'https://caobang.gov.vn/an.jpg' } },
  ],
  ['Agency', agencyLimits, Agency, { code: 'stttt', name: { vi: 'Sở Thông tin', en: 'Department of Information' }, kind: 'department', phone: '0206 3852 123', email: 'stttt@caobang.gov.vn', url: 'https://stttt.caobang.gov.vn', order: 1 }],
  ['PollInput', pollInputLimits, PollInput, { agency: 'stttt', question: { vi: 'Câu hỏi?', en: 'Question?' }, kind: 'single', maxChoices: 1, options: [{ id: 'a', label: { vi: 'A' } }, { id: 'b', label: { vi: 'B' } }], closesAt: '2026-12-31T10:00:00.000Z', resultsVisibility: 'always' }],
  ['CalendarDay', calendarDayLimits, CalendarDay, { date: '2026-09-01', kind: 'day-off', name: { vi: 'Nghỉ bù', en: 'Day off' } }],
  // The form adds one origin at a time to the list.
  ['AllowedOrigins', allowedOriginsLimits, z.object({ origins: AllowedOrigins.shape.origins.def.element }), { origins: 'https://caobang.gov.vn' }],
  ['DataSubjectRequestInput', dataSubjectRequestInputLimits, DataSubjectRequestInput, { kind: 'access', contact: 'an@example.vn', note: 'Tại quầy' }],
  ['DataSubjectRequestTransition (refuse)', dataSubjectRequestRefusalLimits, DataSubjectRequestTransition, { action: 'refuse', reason: 'Không tìm thấy dữ liệu' }],
  ['ApiKeyCreate', apiKeyCreateLimits, ApiKeyCreate, { name: 'Cổng tỉnh', role: 'editor', agencies: [] }],
  ['LegalDocumentWithdrawalInput', legalDocumentWithdrawalLimits, LegalDocumentWithdrawalInput, { reason: { vi: 'Hết hiệu lực', en: 'Expired' }, date: '2026-09-01' }],
  ['QaFormConfig', qaFormConfigLimits, QaFormConfig, exampleQaFormConfig],
  ['AuditLogQuery', auditLogQueryLimits, AuditLogQuery, { from: '2026-01-01', to: '2026-01-31' }],
  ['ActivityReportQuery', activityReportQueryLimits, ActivityReportQuery, { from: '2026-01-01', to: '2026-01-31' }],
  ['DraftCommentSubmission', draftCommentLimits, DraftCommentSubmission, { name: 'Nguyễn Văn An', email: 'an@example.vn', organization: 'Công ty Non Nước', content: 'Góp ý cho dự thảo.', consent: true }],
];

/** Every field of a table, by its path in the body. */
function* leaves(limits: Limits, path: string[] = []): Generator<[string[], FieldLimit]> {
  for (const [name, limit] of Object.entries(limits)) {
    if ('required' in limit && typeof limit.required === 'boolean') yield [[...path, name], limit as FieldLimit];
    else yield* leaves(limit as Limits, [...path, name]);
  }
}

/** The body with one field set, or left out as a form leaves out an empty field (with an object it emptied). */
function withField(body: Body, path: string[], value: unknown): Body {
  const [name = '', ...rest] = path;
  const { [name]: current, ...others } = body;
  const next = rest.length > 0 ? withField(current as Body, rest, value) : value;
  const left = next === undefined || (rest.length > 0 && Object.keys(next as Body).length === 0);
  return left ? others : { ...others, [name]: next };
}

const issuesAt = (schema: AnySchema, body: Body, path: string[]) => {
  const result = safeParse(schema, body);
  return result.success ? [] : result.error.issues.filter((issue) => issue.path.join('.') === path.join('.'));
};

for (const [table, limits, schema, body] of forms) {
  test(`${table}: the limits forms state are the schema's`, () => {
    assert.ok(safeParse(schema, body).success, `${table}: the sample body is valid`);
    for (const [path, { required, maxLength }] of leaves(limits)) {
      const field = `${table}.${path.join('.')}`;
      const left = safeParse(schema, withField(body, path, undefined)).success;
      assert.equal(left, !required, `${field}: ${required ? 'refused' : 'taken'} when left empty`);
      const tooLong = issuesAt(schema, withField(body, path, 'a'.repeat((maxLength ?? 100_000) + 1)), path).find((issue) => issue.code === 'too_big');
      assert.equal(tooLong?.code === 'too_big' ? tooLong.maximum : undefined, maxLength, `${field}: the schema's longest text is the form's maxlength`);
    }
  });
}
