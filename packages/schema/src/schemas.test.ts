import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { useSchemaLocale } from './locale.js';
import { checkAgainstFormConfig, isoDate, isoDateTime, labelOf, languages, LegalDocumentSearchQuery, LegalDocumentStatus, LegalDocumentType, QuestionState, vocabularyLabels, Leader, largestRemainderPercentages, QaFormConfig, QuestionSubmission, safeParse, vietnamesePhone, identityNumber } from './index.js';

const formConfig = QaFormConfig.parse({
  askerKinds: ['individual', 'organization'],
  fields: {
    individual: { nationality: 'required', occupation: 'required', idNumber: 'required', address: 'required', phone: 'required', email: 'required' },
    organization: { representativePosition: 'required', address: 'required', phone: 'required', email: 'required' },
  },
  topics: [{ code: 'dau-tu', name: { vi: 'Đầu tư' } }],
  agencies: [{ code: 'stttt', name: { vi: 'Sở Thông tin và Truyền thông' } }],
  scopeNotice: { vi: 'Không tiếp nhận khiếu nại, tố cáo.' },
  consent: { version: '2026-01', notice: { vi: 'Tôi đồng ý.' } },
  answerWorkingDays: 15,
  limits: { titleMax: 300, contentMin: 20, contentMax: 5000 },
});

const individual = {
  kind: 'individual',
  fullName: 'Nguyễn Văn An',
  nationality: 'Việt Nam',
  occupation: 'Kỹ sư',
  idNumber: '001099012345',
  address: 'Phường Hợp Giang, tỉnh Cao Bằng',
  phone: '0912 345 678',
  email: 'an@example.vn',
};

test('text is stored as NFC whatever form it arrives in', () => {
  const nfd = 'Nguyễn Văn Đức'.normalize('NFD');
  const leader = Leader.parse({ id: 'l1', agency: 'stttt', fullName: `  ${nfd} `, position: { vi: 'Giám đốc'.normalize('NFD') }, order: 0 });
  assert.equal(leader.fullName, 'Nguyễn Văn Đức');
  assert.equal(leader.fullName, leader.fullName.normalize('NFC'));
  assert.equal(leader.position.vi, 'Giám đốc');
});

test('NFC on parse holds for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
      const result = safeParse(Leader, { id: 'x', agency: 'a', fullName: `${value}a`, position: { vi: 'b' }, order: 1 });
      if (result.success) assert.equal(result.data.fullName, result.data.fullName.normalize('NFC'));
    }),
  );
});

test('a question is an individual or an organization, told apart by kind', () => {
  const base = { topic: 'dau-tu', title: 'Thủ tục cấp phép đầu tư', content: 'Xin hỏi thủ tục cấp giấy chứng nhận đầu tư như thế nào?', consent: { accepted: true, version: '2026-01' } };
  assert.equal(safeParse(QuestionSubmission, { ...base, asker: individual }).success, true);
  const organization = { kind: 'organization', representativeName: 'Trần Thị Bình', representativePosition: 'Giám đốc', organizationName: 'Công ty TNHH Non Nước', address: 'Cao Bằng', phone: '02063 852 123', email: 'lienhe@nonnuoc.vn' };
  assert.equal(safeParse(QuestionSubmission, { ...base, asker: organization }).success, true);
  assert.equal(safeParse(QuestionSubmission, { ...base, asker: { ...organization, kind: 'individual' } }).success, false);
  assert.equal(safeParse(QuestionSubmission, { ...base, asker: individual, consent: { accepted: false, version: '2026-01' } }).success, false);
});

test('the province decides which identity fields are required', () => {
  const submission = QuestionSubmission.parse({
    asker: { kind: 'individual', fullName: 'Nguyễn Văn An', email: 'an@example.vn' },
    topic: 'dau-tu',
    title: 'Thủ tục',
    content: 'Nội dung câu hỏi đủ dài để hợp lệ.',
    consent: { accepted: true, version: '2026-01' },
  });
  const missing = checkAgainstFormConfig(submission, formConfig).map((issue) => issue.path.join('.'));
  assert.deepEqual(missing.sort(), ['asker.address', 'asker.idNumber', 'asker.nationality', 'asker.occupation', 'asker.phone']);
  const relaxed = { ...formConfig, fields: { ...formConfig.fields, individual: { ...formConfig.fields.individual, nationality: 'optional', occupation: 'optional', idNumber: 'hidden', address: 'optional', phone: 'optional' } } } as const;
  assert.deepEqual(checkAgainstFormConfig(submission, relaxed), []);
});

test('Vietnamese phone numbers and identity documents', () => {
  for (const phone of ['0912345678', '0912 345 678', '+84 912 345 678', '02063852123', '0206.3852.123']) {
    assert.equal(safeParse(vietnamesePhone, phone).success, true, phone);
  }
  for (const phone of ['12345', '0912', 'abc0912345678', '+1 202 555 0100']) {
    assert.equal(safeParse(vietnamesePhone, phone).success, false, phone);
  }
  for (const id of ['001099012345', '012345678', 'B1234567', 'c9876543']) assert.equal(safeParse(identityNumber, id).success, true, id);
  for (const id of ['0010990123', '12345', '1234567890123']) assert.equal(safeParse(identityNumber, id).success, false, id);
});

test('dates are days of the calendar: no 30 February, 29 February only in leap years', () => {
  for (const [day, real] of [['2025-02-30', false], ['2024-02-29', true], ['2023-02-29', false], ['2000-02-29', true], ['1900-02-29', false], ['2025-04-31', false], ['2025-12-31', true]] as const) {
    assert.equal(safeParse(isoDate, day).success, real, `${day} as a date`);
    assert.equal(safeParse(isoDateTime, `${day}T08:00:00+07:00`).success, real, `${day} as an instant`);
  }
  const refused = safeParse(isoDate, '2025-02-30');
  assert.equal(refused.success ? undefined : refused.error.issues[0]?.message, 'Not a day of the calendar');
});

test('every value of the shared vocabularies has a label in each language', () => {
  const vocabularies = { legalDocumentType: LegalDocumentType.options, legalDocumentStatus: LegalDocumentStatus.options, questionState: QuestionState.options };
  for (const language of languages) {
    for (const [vocabulary, values] of Object.entries(vocabularies) as [keyof typeof vocabularies, readonly string[]][]) {
      assert.deepEqual(Object.keys(vocabularyLabels[language][vocabulary]).sort(), [...values].sort(), `${language} labels of ${vocabulary}`);
    }
  }
  assert.deepEqual(labelOf('legalDocumentStatus', 'unknown'), { vi: 'Chưa xác định', en: 'Validity not determined' });
  assert.equal(labelOf('legalDocumentType', 'toString'), undefined);
});

test('search query: coerced numbers, defaults, bounded lists', () => {
  const query = LegalDocumentSearchQuery.parse({ q: 'quyet dinh', year: ['2024'], type: ['decision'] });
  assert.deepEqual(query.year, [2024]);
  assert.equal(query.page, 1);
  assert.equal(query.pageSize, 20);
  assert.equal(query.stage, 'issued');
  assert.equal(safeParse(LegalDocumentSearchQuery, { pageSize: '1000' }).success, false);
  assert.equal(safeParse(LegalDocumentSearchQuery, { type: ['not-a-type'] }).success, false);
});

test('largest-remainder percentages add up to 100 and follow the counts', () => {
  assert.deepEqual(largestRemainderPercentages([1180, 90, 74]), [88, 7, 5]);
  assert.deepEqual(largestRemainderPercentages([1, 1, 1]), [34, 33, 33]);
  assert.deepEqual(largestRemainderPercentages([0, 0]), [0, 0]);
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (counts) => {
      const percentages = largestRemainderPercentages(counts);
      const total = counts.reduce((sum, count) => sum + count, 0);
      const sum = percentages.reduce((a, b) => a + b, 0);
      assert.equal(sum, total === 0 ? 0 : 100);
      counts.forEach((count, index) => {
        const exact = total === 0 ? 0 : (count * 100) / total;
        assert.ok(Math.abs((percentages[index] ?? 0) - exact) < 1, `${count} of ${total}`);
      });
    }),
  );
});

test('zod messages in Vietnamese or English, as the page chooses', () => {
  try {
    useSchemaLocale('vi');
    const invalid = { id: 'x', agency: 'a', fullName: 42, position: { vi: 'b' }, order: 1 };
    const messageOf = () => safeParse(Leader, invalid).error?.issues[0]?.message ?? '';
    assert.match(messageOf(), /[Đđ]ầu vào|không hợp lệ|Dữ liệu/i);
    useSchemaLocale('en');
    assert.match(messageOf(), /Invalid input/);
  } finally {
    useSchemaLocale('en');
  }
});
