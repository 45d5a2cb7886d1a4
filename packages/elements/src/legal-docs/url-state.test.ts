import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noFilters, readView, writeView, type RegisterView } from './url-state.js';

const view = (changes: Partial<RegisterView>): RegisterView => ({ q: '', filters: noFilters(), sort: undefined, page: 1, doc: undefined, ...changes });

test('a view written to the URL reads back the same, under its own prefix', () => {
  const shown = view({
    q: 'quyết định cổng thông tin',
    filters: { ...noFilters(), type: ['decision', 'circular'], year: ['2024'], issuer: ['ubnd-dak-lak'] },
    sort: 'effective-desc',
    page: 3,
    doc: '10-2024-qd-ubnd',
  });
  const search = writeView('', 'vb-', shown);
  assert.equal(search, '?vb-q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh+c%E1%BB%95ng+th%C3%B4ng+tin&vb-type=decision&vb-type=circular&vb-issuer=ubnd-dak-lak&vb-year=2024&vb-sort=effective-desc&vb-page=3&vb-doc=10-2024-qd-ubnd');
  assert.deepEqual(readView(search, 'vb-'), shown);
  assert.deepEqual(readView(search, 'dt-'), view({}));
});

test('the page’s own parameters and other widgets’ stay; defaults are left out', () => {
  const search = writeView('?trang=2&vb-q=cu&vb-page=4&dt-q=du+thao', 'vb-', view({ q: 'luật' }));
  assert.equal(search, '?trang=2&dt-q=du+thao&vb-q=lu%E1%BA%ADt');
  assert.equal(writeView('?vb-q=x', 'vb-', view({})), '');
});

test('what no API would take is left out of the view: an edited link cannot break the search', () => {
  const read = readView('?vb-type=decision&vb-type=toString&vb-type=decision&vb-status=in-force&vb-status=Bogus&vb-year=1800&vb-year=2024&vb-sort=random&vb-page=-2&vb-doc=../admin&vb-issuer=Bad%20Code', 'vb-');
  assert.deepEqual(read, view({ filters: { ...noFilters(), type: ['decision'], status: ['in-force'], year: ['2024'] } }));
  assert.equal(readView('?vb-page=20000', 'vb-').page, 1);
});

test('the query is composed to NFC and trimmed, as the API compares text', () => {
  assert.equal(readView(`?vb-q=${encodeURIComponent(' Đắk Lắk '.normalize('NFD'))}`, 'vb-').q, 'Đắk Lắk');
});
