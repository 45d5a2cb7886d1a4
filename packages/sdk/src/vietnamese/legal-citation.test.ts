import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanPastedText, foldVietnamese, readLegalCitation } from './index.js';

const read = (query: string) => {
  const { tokens, text, ...recognised } = readLegalCitation(query);
  return { tokens, text, recognised };
};

test('a type, "số" and a whole number are read as that number, with no word left to search', () => {
  assert.deepEqual(read('Nghị định số 42/2022/NĐ-CP'), { tokens: ['42/2022/nd-cp'], text: '', recognised: { type: 'decree', number: '42/2022/NĐ-CP' } });
  assert.deepEqual(read('Thông tư số 26/2020/TT-BTTTT'), { tokens: ['26/2020/tt-btttt'], text: '', recognised: { type: 'circular', number: '26/2020/TT-BTTTT' } });
  assert.deepEqual(read('Luật số 91/2025/QH15').recognised, { type: 'law', number: '91/2025/QH15' });
  assert.deepEqual(read('Số: 01/2014/QĐ-UBND').tokens, ['1/2014/qd-ubnd']);
});

test('the date of issue, in figures or in words, is read and leaves no word behind', () => {
  assert.deepEqual(read('Quyết định số 10/2024/QĐ-UBND ngày 23/02/2024'), {
    tokens: ['10/2024/qd-ubnd'],
    text: '',
    recognised: { type: 'decision', number: '10/2024/QĐ-UBND', date: '2024-02-23', year: 2024 },
  });
  assert.deepEqual(read('ngày 16 tháng 9 năm 2020').recognised, { date: '2020-09-16', year: 2020 });
  assert.deepEqual(read('ngày 01/7/2016').recognised, { date: '2016-07-01', year: 2016 });
  // Not a calendar date: left as it was typed.
  assert.equal(read('ngày 31/02/2024').recognised.date, undefined);
});

test('short forms name the number and its type', () => {
  assert.deepEqual(read('NĐ 42/2022'), { tokens: ['42/2022'], text: 'nd', recognised: { type: 'decree', number: '42/2022' } });
  assert.deepEqual(read('nghị định 42 năm 2022'), { tokens: ['42/2022'], text: 'nd', recognised: { type: 'decree', number: '42/2022' } });
  assert.deepEqual(read('ND72'), { tokens: [], text: '72 nd', recognised: { type: 'decree', number: '72' } });
  assert.deepEqual(read('TT24/2011'), { tokens: ['24/2011'], text: 'tt', recognised: { type: 'circular', number: '24/2011' } });
  assert.deepEqual(read('QĐ 3069'), { tokens: [], text: '3069 qd', recognised: { type: 'decision', number: '3069' } });
  assert.deepEqual(read('9/2017/NĐ-CP').tokens, read('09/2017/NĐ-CP').tokens);
});

test('a year of issue is a signal, not a word of the title, unless it is all there is', () => {
  assert.deepEqual(read('luật bảo vệ dữ liệu cá nhân năm 2025'), { tokens: [], text: 'luat bao ve du lieu ca nhan', recognised: { type: 'law', year: 2025 } });
  assert.deepEqual(read('luật đất đai 2013').recognised, { type: 'law', year: 2013 });
  assert.equal(read('2013').text, '2013');
  // "năm" without a year is a word ("five", "year").
  assert.equal(read('kế hoạch năm năm').text, 'ke hoach nam nam');
});

test('words that only look like a citation stay words', () => {
  assert.deepEqual(read('quyết định'), { tokens: [], text: 'quyet dinh', recognised: { type: 'decision' } });
  assert.deepEqual(read('số liệu thống kê').text, 'so lieu thong ke');
  assert.deepEqual(read('cong thong tin dien tu'), { tokens: [], text: 'cong thong tin dien tu', recognised: {} });
});

test('queries pasted from PDFs and old systems read as typed in Unicode', () => {
  const typed = readLegalCitation('Nghị định số 42/2022/NĐ-CP về người dùng');
  for (const pasted of [
    'Nghị ðịnh số 42/2022/NÐ-CP về ngƣời dùng',
    'Nghị\u00a0định số 42/2022/NĐ-CP về ngư\u200bời dùng',
    'Nghị định số 42/2022/NĐ-CP về người dùng'.normalize('NFD'),
  ]) {
    assert.deepEqual(readLegalCitation(pasted), typed, pasted);
  }
  assert.deepEqual(readLegalCitation('QuyÕt ®Þnh sè 10/2024/Q§-UBND ngµy 23/02/2024'), readLegalCitation('Quyết định số 10/2024/QĐ-UBND ngày 23/02/2024'));
  assert.deepEqual(readLegalCitation('Quyeát ñònh soá 3069/QÑ-UBND cuûa UBND tænh Quaûng Nam'), readLegalCitation('Quyết định số 3069/QĐ-UBND của UBND tỉnh Quảng Nam'));
});

test('cleaning and folding map the look-alikes of PDF text to the letters they stand for', () => {
  assert.equal(cleanPastedText('Ƣu tiên ngƣời dân, Ðắk Lắk ðang\u00a0xây\u202fdựng\u200b'), 'Ưu tiên người dân, Đắk Lắk đang xây dựng');
  assert.equal(foldVietnamese('ngƣời Ðắk ð'), 'nguoi dak d');
  // Old and new tone placement fold alike.
  assert.equal(foldVietnamese('hoá thuỷ'), foldVietnamese('hóa thủy'));
});
