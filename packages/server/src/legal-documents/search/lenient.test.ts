import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LegalDocumentSearchQuery, Output } from '@vn-portal/schema';
import { InvertedIndex, type IndexedDocument } from './inverted-index.js';
import { searchLeniently } from './lenient.js';
import { readRequest } from './ranker.js';
import { allowedEdits, correctionsOf, editDistance } from './typos.js';

type Query = Output<typeof LegalDocumentSearchQuery>;

const base = { stage: 'issued', agency: 'ubnd-tinh', status: 'in-force', fields: [], labels: [] } as const;

const documents: IndexedDocument[] = [
  { ...base, id: 'nd-43-2011', type: 'decree', issuer: 'chinh-phu', status: 'expired', number: '43/2011/NĐ-CP', issuedDate: '2011-06-13', summary: ['Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước'], labels: ['Nghị định'] },
  { ...base, id: 'nd-42-2022', type: 'decree', issuer: 'chinh-phu', number: '42/2022/NĐ-CP', issuedDate: '2022-06-24', relations: [{ kind: 'replaces', number: '43/2011/NĐ-CP' }], summary: ['Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng'], labels: ['Nghị định'] },
  { ...base, id: 'qd-3069', type: 'decision', issuer: 'ubnd-quang-nam', number: '3069/QĐ-UBND', issuedDate: '2021-10-25', summary: ['Quy chế hoạt động Cổng thông tin điện tử tỉnh Quảng Nam'], labels: ['Quyết định'] },
  { ...base, id: 'luat-80-2015', type: 'law', issuer: 'quoc-hoi', status: 'expired', number: '80/2015/QH13', issuedDate: '2015-06-22', summary: ['Luật Ban hành văn bản quy phạm pháp luật'], labels: ['Luật'] },
  { ...base, id: 'luat-64-2025', type: 'law', issuer: 'quoc-hoi', number: '64/2025/QH15', issuedDate: '2025-02-19', relations: [{ kind: 'replaces', number: '80/2015/QH13' }], summary: ['Luật Ban hành văn bản quy phạm pháp luật'], labels: ['Luật'] },
  // As pasted from a PDF: ƣ for ư, a zero-width space inside a word, a non-breaking space.
  { ...base, id: 'tt-pdf', type: 'circular', issuer: 'bo-tttt', number: '26/2020/TT-BTTTT', issuedDate: '2020-09-16', summary: ['Hỗ trợ ngƣời khuyết\u200b tật tiếp\u00a0cận thuỷ lợi'], labels: ['Thông tư'] },
  { ...base, id: 'kh-2013', type: 'plan', issuer: 'ubnd-tinh', number: '2013/KH-UBND', issuedDate: '2020-01-02', summary: ['Kế hoạch chuyển đổi số'], labels: ['Kế hoạch'] },
];

function indexOf(docs: readonly IndexedDocument[] = documents): InvertedIndex {
  const index = new InvertedIndex();
  for (const doc of docs) index.put(doc);
  return index;
}

function search(index: InvertedIndex, q: string, query: Partial<Query> = {}) {
  const { request } = readRequest({ stage: 'issued', page: 1, pageSize: 20, q, ...query });
  return searchLeniently(index, request);
}

describe('search that understands citations', () => {
  const index = indexOf();

  test('a citation with its type, "số" and date finds the document itself first', () => {
    for (const q of ['Nghị định số 42/2022/NĐ-CP', 'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022', 'nghị định 42 năm 2022', 'NĐ 42/2022', 'ND42']) {
      const { hits, match } = search(index, q);
      assert.equal(hits.ids[0], 'nd-42-2022', q);
      assert.equal(match, 'all', q);
    }
  });

  test('a number named among relations finds the document naming it, after the one bearing it, even an expired bearer', () => {
    assert.deepEqual(search(index, '43/2011/NĐ-CP').hits.ids, ['nd-43-2011', 'nd-42-2022']);
    assert.deepEqual(search(index, 'Luật số 80/2015/QH13').hits.ids, ['luat-80-2015', 'luat-64-2025']);
  });

  test('a year named ranks that year\'s document first, and is not required as a word', () => {
    assert.deepEqual(search(index, 'luật ban hành văn bản quy phạm pháp luật năm 2015').hits.ids, ['luat-80-2015', 'luat-64-2025']);
    assert.deepEqual(search(index, 'luật ban hành văn bản quy phạm pháp luật năm 2025').hits.ids, ['luat-64-2025', 'luat-80-2015']);
    // A number that looks like a year is still found as the number it is.
    assert.deepEqual(search(index, '2013/KH-UBND').hits.ids, ['kh-2013']);
  });
});

describe('ranking by legal force', () => {
  const index = indexOf();

  test('among close matches, the document in force comes before the one it replaced', () => {
    const ids = search(index, 'cong thong tin').hits.ids;
    assert.ok(ids.indexOf('nd-42-2022') < ids.indexOf('nd-43-2011'), `in force first: ${ids.join(', ')}`);
    // Without the replacement, and with the validities swapped, validity decides the other way.
    const swappedDocuments = documents.map((doc) => (doc.id === 'nd-43-2011' ? { ...doc, status: 'in-force' } : doc.id === 'nd-42-2022' ? { ...doc, status: 'expired', relations: [] } : doc));
    const swapped = search(indexOf(swappedDocuments), 'thong tin dich vu cong truc tuyen').hits.ids;
    assert.ok(swapped.indexOf('nd-43-2011') < swapped.indexOf('nd-42-2022'), `validity, not the text, decides: ${swapped.join(', ')}`);
  });

  test('a withdrawn or draft document replaces nothing: the document it names is not ranked down', () => {
    const flagOf = (docs: readonly IndexedDocument[]) => {
      const index = indexOf(docs);
      return index.replacements.flags[index.ordinalOf('nd-43-2011')];
    };
    assert.equal(flagOf(documents), 1, 'replaced by the decree in force');
    for (const stage of ['withdrawn', 'draft'] as const) {
      assert.equal(flagOf(documents.map((doc) => (doc.id === 'nd-42-2022' ? { ...doc, stage } : doc))), 0, `not replaced by a ${stage} decree`);
    }
  });
});

describe('closest matches when nothing has every word', () => {
  const index = indexOf();

  test('documents holding most of the words come back, those holding more first, and the answer says so', () => {
    const { hits, match } = search(index, 'quy chế cổng thông tin điện tử tỉnh Cao Bằng');
    assert.equal(match, 'most');
    assert.equal(hits.ids[0], 'qd-3069', 'the document holding the most words comes first');
    assert.equal(hits.total, hits.ids.length);
    assert.ok(hits.facets.type.some((entry) => entry.value === 'decision' && entry.count > 0), 'facets count the closest matches');
  });

  test('fewer than half of the words is not close', () => {
    const { hits, match } = search(index, 'quy chế ngân sách giáo dục y tế nông nghiệp');
    assert.equal(hits.total, 0);
    assert.equal(match, 'all');
  });

  test('a query that finds documents with every word is answered as before', () => {
    assert.equal(search(index, 'quy chế cổng thông tin').match, 'all');
  });
});

describe('typo tolerance', () => {
  const index = indexOf();

  test('one edit for words of 4 to 7 letters, two from 8, none below 4 or on numbers', () => {
    assert.deepEqual(['tin', 'thon', 'chuyen', 'khuyettat', '2022', 'nd-cp', '42/2022'].map(allowedEdits), [0, 1, 1, 2, 0, 0, 0]);
    assert.equal(editDistance('thong', 'thon', 1), 1);
    assert.equal(editDistance('leiu', 'lieu', 1), 1, 'a swap of neighbours is one edit');
    assert.equal(editDistance('abcdef', 'ghijkl', 2), 3, 'stops past the limit');
    assert.deepEqual(correctionsOf(index, '3096'), [], 'no number is corrected');
  });

  test('a word with a letter missing finds the document and suggests the correction', () => {
    const { hits, match, didYouMean } = search(index, 'cong thon tin dien tu tinh quang nam');
    assert.deepEqual(hits.ids, ['qd-3069']);
    assert.equal(match, 'all');
    assert.equal(didYouMean, 'cong thong tin dien tu tinh quang nam');
  });

  test('exact words are not corrected, and a wrong number does not find another document', () => {
    assert.equal(search(index, 'cong thong tin dien tu').didYouMean, undefined);
    assert.equal(search(index, '3096/QĐ-UBND').hits.total, 0);
  });

  test('a document holding the word as typed ranks above one holding a correction', () => {
    const both = indexOf([
      { ...base, id: 'corrected', type: 'plan', issuer: 'x', number: '1/KH', issuedDate: '2020-01-01', summary: ['thong bao lich tiep dan'], labels: [] },
      { ...base, id: 'exact', type: 'plan', issuer: 'x', number: '2/KH', issuedDate: '2019-01-01', summary: ['thon bao lich tiep dan xa'], labels: [] },
    ]);
    assert.deepEqual(searchLeniently(both, readRequest({ stage: 'issued', page: 1, pageSize: 20, q: 'thon bao lich tiep dan xa' }).request).hits.ids, ['exact']);
    const corrected = searchLeniently(both, readRequest({ stage: 'issued', page: 1, pageSize: 20, q: 'thon bao lich tiep dan' }).request);
    assert.deepEqual(corrected.hits.ids, ['exact'], 'a query every word of which a document holds is not corrected');
  });
});

describe('text as it really arrives', () => {
  const index = indexOf();

  test('documents pasted from PDFs are found by their words as typed, and queries pasted so find them', () => {
    for (const q of ['người khuyết tật', 'nguoi khuyet tat tiep can', 'ngƣời khuyết tật', 'người\u00a0khuyết\u200b tật', 'thủy lợi', 'thuỷ lợi', 'người khuyết tật'.normalize('NFD')]) {
      assert.deepEqual(search(index, q).hits.ids, ['tt-pdf'], q);
    }
  });
});

describe('filters are not loosened', () => {
  const index = indexOf();

  test('a filtered search that finds nothing stays empty: the filters are what to change', () => {
    const { request } = readRequest({ stage: 'issued', page: 1, pageSize: 20, q: 'cong thong tin dien tu', year: [1999] });
    const { hits, match } = searchLeniently(index, request);
    assert.deepEqual([hits.total, match], [0, 'all']);
    assert.ok(hits.facets.year.some((entry) => entry.count > 0), 'the year facet shows where the documents are');
  });
});
