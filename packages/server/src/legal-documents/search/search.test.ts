import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LegalDocumentSearchQuery, Output } from '@vn-portal/schema';
import { toRequest } from './ranker.js';
import { InvertedIndex, type IndexedDocument } from './inverted-index.js';
import { runSearch } from './query.js';
import { foldedTerms, numberKey, queryTerms } from './text.js';
import { ThreadCache } from './cache.js';
import { kthItem, selectTop } from './top-k.js';

type Query = Output<typeof LegalDocumentSearchQuery>;

const base = { stage: 'issued', agency: 'ubnd-tinh', status: 'in-force', fields: ['cntt'], labels: [] } as const;

const documents: IndexedDocument[] = [
  { ...base, id: 'qd-10-2024', type: 'decision', issuer: 'ubnd-dak-lak', number: '10/2024/QĐ-UBND', issuedDate: '2024-02-23', effectiveDate: '2024-03-12', summary: ['Ban hành Quy chế quản lý và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Đắk Lắk'], labels: ['Quyết định'] },
  { ...base, id: 'qd-28-2018', type: 'decision', issuer: 'ubnd-dak-lak', status: 'expired', number: '28/2018/QĐ-UBND', issuedDate: '2018-11-16', summary: ['Quy chế quản lý thông tin trên trang thông tin điện tử'], labels: ['Quyết định'] },
  { ...base, id: 'nd-42-2022', type: 'decree', issuer: 'chinh-phu', number: '42/2022/NĐ-CP', issuedDate: '2022-06-24', effectiveDate: '2022-08-15', summary: ['Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến'], labels: ['Nghị định'], fields: ['cntt', 'hanh-chinh'] },
  { ...base, id: 'qd-3069', type: 'decision', issuer: 'ubnd-quang-nam', number: '3069/QĐ-UBND', issuedDate: '2021-10-25', summary: ['Quy chế hoạt động Cổng thông tin điện tử tỉnh Quảng Nam'], labels: ['Quyết định'] },
  { ...base, id: 'tt-25-2010', type: 'circular', issuer: 'bo-tttt', status: 'unknown', number: '25/2010/TT-BTTTT', issuedDate: '2010-11-15', summary: ['Bảo vệ thông tin cá nhân trên cổng thông tin điện tử'], labels: ['Thông tư'], fields: ['du-lieu'] },
  { ...base, id: 'qd-01-2014', type: 'decision', issuer: 'ubnd-cao-bang', number: '01 /2014/QĐ-UBND', issuedDate: '2014-01-22', summary: ['Quy chế Cổng thông tin điện tử tỉnh Cao Bằng'], labels: ['Quyết định'] },
  { ...base, id: 'du-thao', stage: 'draft', type: 'decision', issuer: 'ubnd-tinh', status: 'not-yet-in-force', number: 'Dự thảo', issuedDate: '2026-01-05', summary: ['Dự thảo quy chế Cổng thông tin điện tử'], labels: ['Quyết định'] },
  { ...base, id: 'kh-huyen', agency: 'ubnd-huyen', type: 'plan', issuer: 'ubnd-huyen', number: '12/KH-UBND', issuedDate: '2023-05-02', summary: ['Kế hoạch chuyển đổi số cấp huyện'], labels: ['Kế hoạch'] },
];

function indexOf(docs: readonly IndexedDocument[] = documents): InvertedIndex {
  const index = new InvertedIndex();
  for (const doc of docs) index.put(doc);
  return index;
}

function search(index: InvertedIndex, query: Partial<Query>) {
  return runSearch(index, toRequest({ stage: 'issued', page: 1, pageSize: 20, ...query }));
}

const countOf = (facet: { value: string; count: number }[], value: string) => facet.find((entry) => entry.value === value)?.count;

describe('search text', () => {
  test('numbers are indexed as every span of their parts', () => {
    const terms = foldedTerms(numberKey('10/2024/QĐ-UBND'));
    for (const term of ['10', '10/2024', '2024/qd-ubnd', 'qd-ubnd', 'ubnd', '10/2024/qd-ubnd']) assert.ok(terms.includes(term), term);
  });

  test('queries fold diacritics, đ and NFD, and keep numbers whole', () => {
    assert.deepEqual(queryTerms('Quyết định'), ['quyet', 'dinh']);
    assert.deepEqual(queryTerms('Quye\u0302\u0301t đi\u0323nh'.normalize('NFD')), ['quyet', 'dinh']);
    assert.deepEqual(queryTerms('ĐẮK LẮK'), ['dak', 'lak']);
    assert.deepEqual(queryTerms('42/2022/ND-CP'), ['42/2022/nd-cp']);
    assert.deepEqual(queryTerms('10 / 2024'), ['10/2024']);
    assert.deepEqual(queryTerms('kinh tế - xã hội'), ['kinh', 'te', 'xa', 'hoi']);
  });
});

describe('search over the index', () => {
  const index = indexOf();

  test('unaccented, NFD and đ/d queries find the accented documents', () => {
    for (const q of ['cong thong tin dien tu tinh dak lak', 'Cổng thông tin điện tử tỉnh Đắk Lắk', 'Cổng thông tin điện tử tỉnh Đắk Lắk'.normalize('NFD'), 'CONG THONG TIN DIEN TU TINH DAK LAK']) {
      assert.deepEqual(search(index, { q }).ids, ['qd-10-2024'], q);
    }
  });

  test('"quyet dinh cong thong tin" finds decisions about the portal through the type label', () => {
    const { ids } = search(index, { q: 'quyet dinh cong thong tin' });
    assert.deepEqual(new Set(ids), new Set(['qd-10-2024', 'qd-3069', 'qd-01-2014']));
  });

  test('numbers: full, partial, without diacritics, with spaces, with or without leading zeros', () => {
    assert.deepEqual(search(index, { q: '10/2024' }).ids, ['qd-10-2024']);
    assert.deepEqual(search(index, { q: '42/2022/ND-CP' }).ids, ['nd-42-2022']);
    assert.deepEqual(search(index, { q: '42 / 2022 / NĐ-CP' }).ids, ['nd-42-2022']);
    assert.deepEqual(search(index, { q: '3069' }).ids, ['qd-3069']);
    assert.deepEqual(search(index, { q: '1/2014/QĐ-UBND' }).ids, ['qd-01-2014']);
    assert.deepEqual(search(index, { q: '01/2014/qd-ubnd' }).ids, ['qd-01-2014']);
    assert.deepEqual(new Set(search(index, { q: 'QĐ-UBND' }).ids), new Set(['qd-10-2024', 'qd-28-2018', 'qd-3069', 'qd-01-2014']));
    assert.deepEqual(search(index, { q: '99/2024' }).ids, []);
  });

  test('a number match outranks documents that only share words', () => {
    const { ids } = search(index, { q: 'thong tin 25/2010' });
    assert.equal(ids[0], 'tt-25-2010');
  });

  test('facet counts are exact, each facet ignoring its own filter', () => {
    const all = search(index, {});
    assert.equal(all.total, 7);
    assert.equal(countOf(all.facets.type, 'decision'), 4);
    assert.equal(countOf(all.facets.type, 'decree'), 1);
    assert.equal(countOf(all.facets.field, 'cntt'), 6);
    assert.equal(countOf(all.facets.year, '2024'), 1);

    const decisions = search(index, { type: ['decision'], status: ['in-force'] });
    assert.equal(decisions.total, 3);
    // The type facet ignores the type filter but honours the status filter.
    assert.equal(countOf(decisions.facets.type, 'decision'), 3);
    assert.equal(countOf(decisions.facets.type, 'decree'), 1);
    assert.equal(countOf(decisions.facets.type, 'circular'), undefined);
    // The status facet ignores the status filter but honours the type filter.
    assert.equal(countOf(decisions.facets.status, 'in-force'), 3);
    assert.equal(countOf(decisions.facets.status, 'expired'), 1);
    assert.equal(countOf(decisions.facets.issuer, 'ubnd-dak-lak'), 1);
  });

  test('filters are ORed within a facet and ANDed across facets', () => {
    assert.deepEqual(new Set(search(index, { type: ['decree', 'circular'] }).ids), new Set(['nd-42-2022', 'tt-25-2010']));
    assert.deepEqual(search(index, { type: ['decree', 'circular'], field: ['du-lieu'] }).ids, ['tt-25-2010']);
    assert.deepEqual(new Set(search(index, { year: [2024, 2018] }).ids), new Set(['qd-10-2024', 'qd-28-2018']));
    assert.deepEqual(search(index, { issuer: ['nobody'] }).ids, []);
  });

  test('a chosen value stays in its facet at zero, so it can be removed', () => {
    const result = search(index, { q: '42/2022', status: ['expired'] });
    assert.equal(result.total, 0);
    assert.equal(countOf(result.facets.status, 'expired'), 0);
    assert.equal(countOf(result.facets.status, 'in-force'), 1);
  });

  test('stage and agency scope the register', () => {
    assert.deepEqual(search(index, { stage: 'draft' }).ids, ['du-thao']);
    assert.deepEqual(search(index, { agency: 'ubnd-huyen' }).ids, ['kh-huyen']);
    assert.equal(search(index, { q: 'cong thong tin' }).ids.includes('du-thao'), false);
  });

  test('sorts by issue date both ways, and by effective date with unknown dates last', () => {
    const byIssued = search(index, { sort: 'issued-desc' }).ids;
    assert.deepEqual(byIssued, ['qd-10-2024', 'kh-huyen', 'nd-42-2022', 'qd-3069', 'qd-28-2018', 'qd-01-2014', 'tt-25-2010']);
    assert.deepEqual(search(index, { sort: 'issued-asc' }).ids, [...byIssued].reverse());
    assert.deepEqual(search(index, { sort: 'effective-desc' }).ids.slice(0, 2), ['qd-10-2024', 'nd-42-2022']);
  });

  test('pages cover the result exactly once', () => {
    const pages = [1, 2, 3].map((page) => search(index, { page, pageSize: 3, sort: 'issued-desc' }));
    assert.deepEqual(pages.map((page) => page.ids.length), [3, 3, 1]);
    assert.equal(new Set(pages.flatMap((page) => page.ids)).size, 7);
    assert.ok(pages.every((page) => page.total === 7), 'every page reports the same total of 7');
    assert.deepEqual(search(index, { page: 9, pageSize: 3 }).ids, []);
  });

  test('a changed document is found by its new text only, a removed one not at all', () => {
    const changing = indexOf();
    const first = documents[0];
    assert.ok(first, 'the test register has a first document');
    changing.put({ ...first, summary: ['Quy chế về thư viện số'] });
    assert.deepEqual(search(changing, { q: 'thu vien' }).ids, ['qd-10-2024']);
    assert.deepEqual(search(changing, { q: 'dak lak' }).ids, []);
    assert.equal(search(changing, {}).total, 7);
    changing.remove('qd-10-2024');
    assert.deepEqual(search(changing, { q: '10/2024' }).ids, []);
    assert.equal(search(changing, {}).total, 6);
    assert.ok(changing.deadShare > 0, 'documents changed in place leave dead postings');
  });
});

describe('selectTop', () => {
  test('matches a full sort for every k, ties broken by the second key', () => {
    const items = Int32Array.from({ length: 500 }, (_, index) => (index * 7919) % 1000);
    // Many equal first keys, so that the order of most items rests on the second.
    const primary = Float64Array.from({ length: 1000 }, (_, item) => item % 7);
    const secondary = Float64Array.from({ length: 1000 }, (_, item) => item);
    const sorted = Array.from(items).sort((left, right) => (primary[right] ?? 0) - (primary[left] ?? 0) || right - left);
    for (const k of [0, 1, 20, 499, 500, 600]) assert.deepEqual(selectTop(items, k, { primary, secondary }), sorted.slice(0, k));
    for (const k of [1, 2, 20, 250, 499, 500]) assert.equal(kthItem(items, k, { primary, secondary }), sorted[k - 1], `k = ${String(k)}`);
    assert.equal(kthItem(items, 501, { primary, secondary }), undefined);
  });
});

describe('ThreadCache', () => {
  test('keeps each kind apart, misses after the time to live, beyond its kind\'s capacity and once cleared', () => {
    const clock = { time: 1, now: () => clock.time };
    const cache = new ThreadCache<{ page: { text: string }; summary: { text: string } }>({ page: 1, summary: 2 }, 1000, clock);
    const a = { text: 'A' };
    cache.set('page', 'a', a);
    assert.equal(cache.get('page', 'a'), a, 'an entry is found under its kind');
    assert.equal(cache.get('summary', 'a'), undefined, 'the same key of another kind is another entry');
    clock.time = 1002;
    assert.equal(cache.get('page', 'a'), undefined, 'an entry older than the time to live is gone');
    cache.set('page', 'a', a);
    cache.set('summary', 'b', { text: 'B' });
    cache.set('summary', 'c', { text: 'C' });
    assert.equal(cache.get('page', 'a'), a, 'summaries filling their own room leave the page alone');
    assert.equal(cache.get('summary', 'b')?.text, 'B', 'two summaries fit');
    cache.set('page', 'd', { text: 'D' });
    assert.equal(cache.get('page', 'a'), undefined, 'a second page evicts the first: one page fits');
    assert.deepEqual([cache.get('summary', 'b')?.text, cache.get('summary', 'c')?.text], ['B', 'C'], 'a page never evicts a summary');
    cache.set('summary', 'e', { text: 'E' });
    assert.equal(cache.get('summary', 'b'), undefined, 'the least recently used summary went first');
    cache.clear();
    assert.equal(cache.get('page', 'd'), undefined, 'nothing is kept once cleared');
    assert.equal(cache.get('summary', 'e'), undefined, 'no kind is kept once cleared');
  });
});
