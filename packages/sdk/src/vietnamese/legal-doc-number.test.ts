import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractLegalDocNumberTokens, foldVietnamese, legalDocNumberMatches, parseLegalDocNumber } from './index.js';

test('parses the numbers of real documents', () => {
  assert.deepEqual(parseLegalDocNumber('10/2024/QĐ-UBND'), {
    number: '10',
    year: 2024,
    type: 'QĐ',
    issuer: 'UBND',
    canonical: '10/2024/QĐ-UBND',
    folded: '10/2024/qd-ubnd',
  });
  assert.deepEqual(parseLegalDocNumber('3069/QĐ-UBND'), {
    number: '3069',
    type: 'QĐ',
    issuer: 'UBND',
    canonical: '3069/QĐ-UBND',
    folded: '3069/qd-ubnd',
  });
  assert.deepEqual(parseLegalDocNumber('91/2025/QH15'), {
    number: '91',
    year: 2025,
    type: 'QH15',
    canonical: '91/2025/QH15',
    folded: '91/2025/qh15',
  });
  assert.equal(parseLegalDocNumber('13/2023/NĐ-CP')?.issuer, 'CP');
  assert.equal(parseLegalDocNumber('25/2010/TT-BTTTT')?.type, 'TT');
  assert.equal(parseLegalDocNumber('25/2010/TT-BTTTT')?.issuer, 'BTTTT');
  assert.equal(parseLegalDocNumber('02/2022/UBTVQH15')?.type, 'UBTVQH15');
  assert.equal(parseLegalDocNumber('09/2023/L-CTN')?.canonical, '09/2023/L-CTN');
  assert.deepEqual(parseLegalDocNumber('01/2015/TTLT-BTP-BTC'), {
    number: '01',
    year: 2015,
    type: 'TTLT',
    issuer: 'BTP-BTC',
    canonical: '01/2015/TTLT-BTP-BTC',
    folded: '1/2015/ttlt-btp-btc',
  });
  // An official letter (công văn) has no type, only the issuer and its unit.
  assert.deepEqual(parseLegalDocNumber('1234/UBND-VX'), {
    number: '1234',
    issuer: 'UBND-VX',
    canonical: '1234/UBND-VX',
    folded: '1234/ubnd-vx',
  });
  assert.equal(parseLegalDocNumber('123/TTr-UBND')?.canonical, '123/TTr-UBND');
});

test('accepts numbers as people type them', () => {
  const same = ['42/2022/NĐ-CP', '42/2022/ND-CP', '42/2022/nđ-cp', '42/2022/nd-cp', ' 42 / 2022 / NĐ - CP ', '42/2022/NĐ–CP', 'Số: 42/2022/NĐ-CP', 'số 42/2022/NĐ-CP.', '42/2022/N\u00D0-CP', '42/2022/NĐ-CP'.normalize('NFD')];
  for (const text of same) {
    const parsed = parseLegalDocNumber(text);
    assert.equal(parsed?.canonical, '42/2022/NĐ-CP', text);
    assert.equal(parsed.folded, '42/2022/nd-cp', text);
  }
  assert.equal(parseLegalDocNumber('15/2024/NQ-HDND')?.canonical, '15/2024/NQ-HĐND');
  // HD (hướng dẫn) and HĐ (hợp đồng) are both types: the spelling typed is kept.
  assert.equal(parseLegalDocNumber('05/HD-SNV')?.canonical, '05/HD-SNV');
  assert.equal(parseLegalDocNumber('05/HĐ-SNV')?.canonical, '05/HĐ-SNV');
});

test('returns null for what is not a document number', () => {
  for (const text of ['', 'hello', '10/2024', '05/03/2024', '2024', 'QĐ-UBND', '10//QĐ', '10/2024/QĐ-UBND/x', '10/24/QĐ-UBND', 'a/2024/QĐ', '10/2024/-UBND', 'Quyết định 10/2024/QĐ-UBND']) {
    assert.equal(parseLegalDocNumber(text), null, text);
  }
});

const symbolPart = fc.stringMatching(/^[A-ZĐ][A-ZĐ0-9]{0,5}$/);
const docNumber = fc
  .record({
    number: fc.integer({ min: 1, max: 99999 }).map(String),
    year: fc.option(fc.integer({ min: 1945, max: 2100 }).map(String), { nil: undefined }),
    symbol: fc.array(fc.oneof(symbolPart, fc.constantFrom('QĐ', 'NĐ', 'TT', 'NQ', 'UBND', 'HĐND', 'CP', 'BTTTT', 'QH15')), { minLength: 1, maxLength: 4 }),
  })
  .map(({ number, year, symbol }) => [number, year, symbol.join('-')].filter(Boolean).join('/'));

/** Messes up a number the way people do: case, diacritics, spaces, dashes, NFD. */
const typed = (text: string) =>
  fc
    .record({ lower: fc.boolean(), fold: fc.boolean(), spaces: fc.boolean(), dash: fc.constantFrom('-', '–', ' - '), nfd: fc.boolean() })
    .map(({ lower, fold, spaces, dash, nfd }) => {
      let result = text.replaceAll('-', dash);
      if (spaces) result = result.replaceAll('/', ' / ');
      if (fold) result = result.replaceAll('Đ', 'D');
      if (lower) result = result.toLowerCase();
      return nfd ? result.normalize('NFD') : result;
    });

test('parse → canonical → parse is stable, and the canonical form reads back the same', () => {
  fc.assert(
    fc.property(docNumber, (text) => {
      const parsed = parseLegalDocNumber(text);
      assert.ok(parsed, text);
      assert.deepEqual(parseLegalDocNumber(parsed.canonical), parsed);
      assert.equal(parsed.folded, foldVietnamese(parsed.folded));
    }),
  );
});

test('however a number is typed, it folds to the folded form of the original', () => {
  fc.assert(
    fc.property(
      docNumber.chain((text) => fc.tuple(fc.constant(text), typed(text))),
      ([text, messy]) => {
        assert.equal(parseLegalDocNumber(messy)?.folded, parseLegalDocNumber(text)?.folded, messy);
      },
    ),
  );
});

test('finds number-like tokens in a search query', () => {
  assert.deepEqual(extractLegalDocNumberTokens('10/2024'), { tokens: ['10/2024'], text: '' });
  assert.deepEqual(extractLegalDocNumberTokens('QĐ-UBND'), { tokens: ['qd-ubnd'], text: '' });
  assert.deepEqual(extractLegalDocNumberTokens('42/2022/ND-CP'), { tokens: ['42/2022/nd-cp'], text: '' });
  assert.deepEqual(extractLegalDocNumberTokens('quyết định 10 / 2024 về Cổng thông tin (QĐ–UBND)'), {
    tokens: ['10/2024', 'qd-ubnd'],
    text: 'quyet dinh ve cong thong tin',
  });
  assert.deepEqual(extractLegalDocNumberTokens('luật 91/2025/QH15 và QH15'), { tokens: ['91/2025/qh15', 'qh15'], text: 'luat va' });
  assert.deepEqual(extractLegalDocNumberTokens('Thông tư 01/2024/'), { tokens: ['1/2024'], text: 'thong tu' });
});

test('leaves dates, ordinary words and lone abbreviations in the text', () => {
  assert.deepEqual(extractLegalDocNumberTokens('ngày 05/03/2024 phòng chống COVID-19 năm 2024'), {
    tokens: [],
    text: 'ngay 05/03/2024 phong chong covid-19 nam 2024',
  });
  assert.deepEqual(extractLegalDocNumberTokens('kế hoạch KH tháng 24/7'), { tokens: [], text: 'ke hoach kh thang 24/7' });
  assert.deepEqual(extractLegalDocNumberTokens(''), { tokens: [], text: '' });
});

test('every full number in a query comes out as its folded form', () => {
  fc.assert(
    fc.property(docNumber, fc.constantFrom('văn bản', 'quyết định số', ''), (number, words) => {
      const { tokens } = extractLegalDocNumberTokens(`${words} ${number}`);
      assert.deepEqual(tokens, [parseLegalDocNumber(number)?.folded]);
    }),
  );
});

test('matches tokens on part boundaries only', () => {
  const folded = '10/2024/qd-ubnd';
  for (const token of ['10/2024', 'qd-ubnd', '2024/qd', 'ubnd', folded]) assert.ok(legalDocNumberMatches(folded, token), token);
  for (const token of ['0/2024', '10/202', 'qd-ub', 'd-ubnd', '1']) assert.ok(!legalDocNumberMatches(folded, token), token);
  assert.ok(!legalDocNumberMatches('110/2024/qd-ubnd', '10/2024'), '10/2024 does not match inside 110/2024');
});

test('a query token matches the document it was typed from', () => {
  fc.assert(
    fc.property(
      docNumber.chain((text) => fc.tuple(fc.constant(text), typed(text))),
      ([text, messy]) => {
        const folded = parseLegalDocNumber(text)?.folded ?? '';
        const { tokens } = extractLegalDocNumberTokens(messy);
        assert.equal(tokens.length, 1, messy);
        assert.ok(tokens.every((token) => legalDocNumberMatches(folded, token)), `${tokens.join()} in ${folded}`);
      },
    ),
  );
});

test('the pieces people search by ("10/2024", "QĐ-UBND") match the full number', () => {
  fc.assert(
    fc.property(docNumber, (text) => {
      const parsed = parseLegalDocNumber(text);
      assert.ok(parsed, `${text} parses as a document number`);
      const symbol = [parsed.type, parsed.issuer].filter(Boolean).join('-');
      const pieces = [parsed.year === undefined ? '' : `${parsed.number}/${String(parsed.year)}`, parsed.type && parsed.issuer ? symbol : ''];
      for (const piece of pieces.filter(Boolean)) {
        const { tokens } = extractLegalDocNumberTokens(piece);
        assert.equal(tokens.length, 1, piece);
        assert.ok(legalDocNumberMatches(parsed.folded, tokens[0] ?? ''), `${piece} in ${parsed.folded}`);
      }
    }),
  );
});
