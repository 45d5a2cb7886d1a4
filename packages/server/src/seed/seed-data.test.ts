import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LegalDocumentInput, safeParse } from '@vn-portal/schema';
import { numberKey } from '../legal-documents/search/text.js';
import { demoDrafts } from './drafts.js';
import { nationalDocuments, otherProvinceDocuments } from './real-documents.js';
import { generateSyntheticDocuments } from './synthetic.js';

describe('seed data', () => {
  const national = nationalDocuments('ubnd-tinh');
  const otherProvinces = otherProvinceDocuments('ubnd-tinh');
  const real = [...national, ...otherProvinces];

  test('every real document is valid admin input, with a unique number', () => {
    for (const document of real) {
      const parsed = safeParse(LegalDocumentInput, document);
      assert.ok(parsed.success, `${document.number}: ${JSON.stringify(parsed.error?.issues)}`);
      assert.ok(!Number.isNaN(Date.parse(document.issuedDate)), document.number);
    }
    assert.equal(new Set(real.map((document) => numberKey(document.number))).size, real.length);
    assert.ok(national.length >= 30, 'a few dozen national documents');
    assert.ok(otherProvinces.length >= 10, 'a dozen other provinces’ decisions');
  });

  test('national documents come from national bodies and link to their official text, which the register does not copy', () => {
    for (const document of national) {
      assert.match(document.issuer.code, /^(quoc-hoi|chinh-phu|bo-)/, `${document.number} is issued by a national body`);
      assert.equal(document.content, undefined, `${document.number} carries no text of its own`);
      assert.deepEqual(
        document.attachments.map((attachment) => [attachment.url, attachment.mediaType]),
        [['https://vbpl.vn/', 'text/html']],
        `${document.number} links to the national database`,
      );
    }
    for (const document of otherProvinces) assert.match(document.issuer.code, /^ubnd-/, `${document.number} is a province's`);
  });

  // Each set stands alone: the demo register holds the national documents without the fixture.
  for (const [name, documents] of [['national', national], ['national and other provinces’', real]] as const) {
    test(`relations between ${name} documents point at documents of the set`, () => {
      const numbers = new Set(documents.map((document) => numberKey(document.number)));
      const replacing = documents.flatMap((document) => document.relations.filter((relation) => relation.kind === 'replaces'));
      for (const relation of replacing) assert.ok(numbers.has(numberKey(relation.number)), relation.number);
      // A document is marked expired here only when the set holds the one that replaced it.
      for (const document of documents.filter((candidate) => candidate.status === 'expired')) {
        const replacedBy = documents.some((other) => other.relations.some((relation) => relation.kind === 'replaces' && numberKey(relation.number) === numberKey(document.number)));
        assert.ok(replacedBy, document.number);
      }
    });
  }

  test('demo drafts are valid, labelled as illustrative, one open and one closed', () => {
    const now = new Date('2026-01-10T03:00:00Z');
    const drafts = demoDrafts({ agency: 'ubnd-tinh', issuer: { code: 'ubnd-tinh', name: { vi: 'UBND tỉnh' } }, now });
    for (const draft of drafts) {
      assert.ok(safeParse(LegalDocumentInput, draft).success, draft.number);
      assert.match(draft.summary.vi, /minh họa/);
    }
    const open = drafts.filter((draft) => draft.draft && Date.parse(draft.draft.opensAt) <= now.getTime() && now.getTime() < Date.parse(draft.draft.closesAt));
    assert.equal(open.length, 1);
  });

  test('synthetic documents are valid, deterministic per seed, and mix frequent and rare words', () => {
    const documents = generateSyntheticDocuments(2000, 7);
    assert.deepEqual(generateSyntheticDocuments(2000, 7), documents);
    assert.notDeepEqual(generateSyntheticDocuments(50, 8), documents.slice(0, 50));
    for (const document of documents.slice(0, 200)) assert.ok(safeParse(LegalDocumentInput, document).success, document.number);
    assert.equal(new Set(documents.map((document) => document.number)).size, documents.length);
    const share = (word: RegExp) => documents.filter((document) => word.test(document.summary.vi)).length / documents.length;
    assert.ok(share(/thông tin/) > 0.2, 'frequent');
    assert.ok(share(/hồ tiêu/) < 0.01, 'rare');
  });
});
