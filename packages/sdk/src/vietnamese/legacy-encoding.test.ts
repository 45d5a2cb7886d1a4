import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { convertLegacyText, detectLegacyEncoding } from './index.js';

// Encoders written for the test only, independently of the module's tables: VNI from the
// structure of each letter (base, then one byte for its marks), TCVN3 from the byte order of
// TCVN 5712 VN3 (0xA1–0xFE, "_" where VN3 has no letter).
const tcvn3Bytes =
  'ĂÂÊÔƠƯĐăâêôơưđ_' + '_____àảãáạ_ằẳẵắ_' + '______ặầẩẫấậè_ẻẽ' + 'éẹềểễếệìỉ___ĩíịò' + '_ỏõóọồổỗốộờởỡớợù' + '_ủũúụừửữứựỳỷỹýỵ';

/** Applies `change` to each character (code point) of the NFC text. */
const eachChar = (text: string, change: (char: string) => string) => text.normalize('NFC').replace(/./gsu, change);

function encodeTcvn3(text: string): string {
  return eachChar(text, (char) => {
    // VN3 has no toned capitals: the .VnTimeH fonts draw the lower-case codes as capitals.
    const index = tcvn3Bytes.indexOf(char) >= 0 ? tcvn3Bytes.indexOf(char) : tcvn3Bytes.indexOf(char.toLowerCase());
    return index >= 0 && char !== '_' ? String.fromCharCode(0xa1 + index) : char;
  });
}

const toneBytes: Record<string, string> = { '': '', '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const circumflexBytes: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const breveBytes: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const toned_i: Record<string, string> = { '': 'i', '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

function encodeVniLetter(letter: string): string {
  if (letter === 'đ' || letter === 'Đ') return letter === 'đ' ? 'ñ' : 'Ñ';
  const [base = '', ...marks] = letter.normalize('NFD');
  const tone = marks.find((mark) => mark in toneBytes) ?? '';
  const upper = base !== base.toLowerCase();
  const up = (bytes: string) => (upper ? bytes.toUpperCase() : bytes);
  const lower = base.toLowerCase();
  if (!'aeiouy'.includes(lower) || marks.length === 0) return letter;
  if (marks.includes('\u0302')) return base + up(circumflexBytes[tone] ?? '');
  if (marks.includes('\u0306')) return base + up(breveBytes[tone] ?? '');
  if (marks.includes('\u031B')) return up(lower === 'o' ? 'ô' : 'ö') + up(toneBytes[tone] ?? '');
  if (lower === 'i') return up(toned_i[tone] ?? '');
  if (lower === 'y' && tone === '\u0323') return up('î');
  return base + up(toneBytes[tone] ?? '');
}

const encodeVni = (text: string) => eachChar(text, encodeVniLetter);

const sentences = [
  'Quyết định về việc ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh Cao Bằng',
  'Ủy ban nhân dân tỉnh Bắc Giang thông báo lịch tiếp công dân định kỳ tháng Mười hai',
  'Người dân gửi câu hỏi về chính sách, thủ tục hành chính và đầu tư qua Cổng thông tin',
  'Ban biên tập phân loại câu hỏi và chuyển đến cơ quan có thẩm quyền trả lời trong mười lăm ngày làm việc',
  'Thông tin cá nhân không được tiết lộ khi chưa có sự đồng ý của người cung cấp',
  'Đắk Lắk, Quảng Nam, Bắc Kạn: các sở, ban, ngành và ủy ban nhân dân cấp huyện, cấp xã',
  'Khuyến khích sử dụng chữ ký số trên văn bản điện tử; ưu tiên tiếng Việt có dấu',
  'Tổng số phiếu: 1344, trong đó 1180 phiếu đồng ý (88 %)',
  'Nguyễn Thị Minh Khai, Phó Giám đốc Sở Thông tin và Truyền thông',
  'Giỗ Tổ Hùng Vương, Tết Nguyên đán, Quốc khánh: những ngày nghỉ lễ của người lao động',
  'Ưu đãi đầu tư đối với dự án xây dựng đường giao thông nông thôn ở huyện miền núi',
  'Hướng dẫn thực hiện nghị định về quản lý, cung cấp, sử dụng dịch vụ Internet',
];

/** What TCVN3 can carry: toned capitals come back in lower case outside words typed in capitals. */
const tcvn3Keeps = (text: string) =>
  eachChar(text, (char) => (!tcvn3Bytes.includes(char) && tcvn3Bytes.includes(char.toLowerCase()) ? char.toLowerCase() : char));

test('converts legacy text as it is pasted into a Unicode page', () => {
  assert.equal(convertLegacyText('QuyÕt ®Þnh', 'tcvn3'), 'Quyết định');
  assert.equal(convertLegacyText('Quyeát ñònh', 'vni'), 'Quyết định');
  assert.equal(convertLegacyText('B¶o Th¾ng vµ M\u00ADêng Kh\u00AD¬ng'), 'Bảo Thắng và Mường Khương');
  assert.equal(convertLegacyText('Ñaøo ñaát coâng trình, ñaép caùt neàn ñöôøng'), 'Đào đất công trình, đắp cát nền đường');
});

test('puts TCVN3 headings typed in capitals back in capitals', () => {
  assert.equal(convertLegacyText('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM'), 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.equal(convertLegacyText('§éc lËp - Tù do - H¹nh phóc'), 'Độc lập - Tự do - Hạnh phúc');
  assert.equal(convertLegacyText('QUYÕT §ÞNH cña UBND tØnh Hµ Giang', 'tcvn3'), 'QUYẾT ĐỊNH của UBND tỉnh Hà Giang');
  assert.equal(convertLegacyText('Sè: 10/2024/Q§-UBND ngµy 05/3/2024', 'tcvn3'), 'Số: 10/2024/QĐ-UBND ngày 05/3/2024');
});

test('detects and converts real sentences in both encodings', () => {
  for (const sentence of sentences) {
    assert.equal(detectLegacyEncoding(encodeVni(sentence)), 'vni', sentence);
    assert.equal(convertLegacyText(encodeVni(sentence)), sentence);
    assert.equal(detectLegacyEncoding(encodeTcvn3(sentence)), 'tcvn3', sentence);
    assert.equal(convertLegacyText(encodeTcvn3(sentence)), tcvn3Keeps(sentence));
  }
});

test('does not fire on Unicode Vietnamese, English, French, German or Spanish text', () => {
  const texts = [
    ...sentences,
    ...sentences.map((sentence) => sentence.normalize('NFD')),
    'Có trình bày, tôi là ai?',
    'The provincial portal publishes legal documents within two working days of issue.',
    'Le théâtre est très beau. Où est la gare ? Voilà déjà une crème brûlée à la française.',
    'Où est',
    'Müller über schön: Die Straße ist größer als das Gebäude, sagte Jürgen Ärger.',
    'El niño español come mañana en la pequeña ciudad; ¿qué año es?',
    'São Paulo não é a capital do Brasil, é uma cidade grande.',
    'Noël, naïve, coûter, août, maïs, Zoë',
    '',
    '10/2024/QĐ-UBND',
  ];
  for (const text of texts) {
    assert.equal(detectLegacyEncoding(text), null, text);
    assert.equal(convertLegacyText(text), text.normalize('NFC'), text);
  }
});

const words = [...new Set(sentences.join(' ').split(/[^\p{L}]+/u).filter(Boolean))];
const toned = words.filter((word) => word.normalize('NFD') !== word);
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...toned), { minLength: 4, maxLength: 10 }), fc.array(fc.constantFrom(...words), { maxLength: 8 }))
  .chain(([some, others]) => fc.shuffledSubarray([...some, ...others], { minLength: some.length + others.length }))
  .map((list) => list.join(' '));

// What a person pastes: a run of six or more words of real Vietnamese text.
const passage = fc.constantFrom(...sentences.map((text) => text.split(' '))).chain((all) =>
  fc
    .integer({ min: 0, max: all.length - 6 })
    .chain((start) => fc.integer({ min: start + 6, max: all.length }).map((end) => all.slice(start, end).join(' '))),
);

test('round trip: any passage encoded in VNI is detected and converted back exactly', () => {
  fc.assert(
    fc.property(passage, fc.boolean(), (text, capitals) => {
      const original = capitals ? text.toUpperCase() : text;
      assert.equal(detectLegacyEncoding(encodeVni(original)), 'vni', original);
      assert.equal(convertLegacyText(encodeVni(original)), original);
    }),
  );
});

test('round trip: any passage encoded in TCVN3 is detected and converted back', () => {
  fc.assert(
    fc.property(passage, (text) => {
      assert.equal(detectLegacyEncoding(encodeTcvn3(text)), 'tcvn3', text);
      assert.equal(convertLegacyText(encodeTcvn3(text)), tcvn3Keeps(text));
    }),
  );
});

// A few random words may fit both encodings ("sù dù tö": TCVN3 sự dự tử, VNI sù dù tư); the
// detector may then say nothing, but never names the wrong encoding.
test('random words in VNI or TCVN3 are never taken for the other encoding, and convert back', () => {
  fc.assert(
    fc.property(sentence, fc.boolean(), (text, capitals) => {
      const original = capitals ? text.toUpperCase() : text;
      assert.notEqual(detectLegacyEncoding(encodeVni(original)), 'tcvn3', original);
      assert.equal(convertLegacyText(encodeVni(original), 'vni'), original);
      assert.notEqual(detectLegacyEncoding(encodeTcvn3(text)), 'vni', text);
      assert.equal(convertLegacyText(encodeTcvn3(text), 'tcvn3'), tcvn3Keeps(text));
    }),
  );
});

test('Unicode Vietnamese sentences, NFC or NFD, are never taken for legacy text', () => {
  fc.assert(
    fc.property(sentence, fc.boolean(), (text, nfd) => {
      const input = nfd ? text.normalize('NFD') : text;
      assert.equal(detectLegacyEncoding(input), null, input);
      assert.equal(convertLegacyText(input), text);
    }),
  );
});

test('conversion leaves text without Latin-1 letters as it is', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'abc XYZ 019 ./-ạđươếỏ“”–'.split('')) }), fc.constantFrom('tcvn3', 'vni' as const), (text, encoding) => {
      assert.equal(convertLegacyText(text, encoding), text.normalize('NFC'));
    }),
  );
});

// A citation pasted alone from a legacy document: the number's symbol (Q§, HÑND) is what tells.
const citation = fc
  .record({
    label: fc.constantFrom('Số: ', 'Số ', 'số ', ''),
    ordinal: fc.integer({ min: 1, max: 9999 }),
    year: fc.integer({ min: 1995, max: 2030 }),
    symbol: fc.constantFrom('QĐ-UBND', 'NĐ-CP', 'NQ-HĐND', 'QĐ-TTg', 'HĐ-UBND', 'QĐ-BGDĐT', 'KH-HĐND'),
  })
  .map(({ label, ordinal, year, symbol }) => `${label}${String(ordinal)}/${String(year)}/${symbol}`);

test('a short citation pasted in TCVN3 or VNI is converted', () => {
  assert.equal(convertLegacyText('Sè: 10/2024/Q§-UBND'), 'Số: 10/2024/QĐ-UBND');
  assert.equal(convertLegacyText('12/2020/NQ-H§ND'), '12/2020/NQ-HĐND');
  assert.equal(convertLegacyText('Soá: 10/2024/QÑ-UBND'), 'Số: 10/2024/QĐ-UBND');
  fc.assert(
    fc.property(citation, (text) => {
      assert.equal(detectLegacyEncoding(encodeTcvn3(text)), 'tcvn3', text);
      assert.equal(convertLegacyText(encodeTcvn3(text)), text);
      assert.equal(detectLegacyEncoding(encodeVni(text)), 'vni', text);
      assert.equal(convertLegacyText(encodeVni(text)), text);
    }),
  );
});

test('§ and Ñ outside a number’s symbol, and citations in Unicode, are not taken for legacy text', () => {
  for (const text of ['§ 5 BGB', 'Điều 5 § 2 của Luật', 'EL AÑO-2024', 'Ley 5/2020 del AÑO', 'ESPAÑA/2024', 'Art. 3 § 2']) {
    assert.equal(detectLegacyEncoding(text), null, text);
  }
  fc.assert(
    fc.property(citation, sentence, fc.boolean(), (number, text, nfd) => {
      const input = `${text} ${number}`;
      assert.equal(detectLegacyEncoding(nfd ? input.normalize('NFD') : input), null, input);
    }),
  );
});

test('a legacy citation pasted among Unicode words is converted, and the Unicode words are kept', () => {
  assert.equal(convertLegacyText('Quyết định Sè: 10/2024/Q§-UBND'), 'Quyết định Số: 10/2024/QĐ-UBND');
  assert.equal(convertLegacyText('Nghị quyết Soá 12/2020/NQ-HÑND về phí'), 'Nghị quyết Số 12/2020/NQ-HĐND về phí');
  assert.equal(convertLegacyText('Quyết định số 10/2024/Q§-UBND và kế hoạch'), 'Quyết định số 10/2024/QĐ-UBND và kế hoạch');
  fc.assert(
    fc.property(sentence, citation, fc.constantFrom(encodeTcvn3, encodeVni), fc.boolean(), (text, number, encode, first) => {
      const legacy = encode(number);
      const input = first ? `${legacy} ${text}` : `${text} ${legacy}`;
      assert.equal(convertLegacyText(input), first ? `${number} ${text}` : `${text} ${number}`, input);
    }),
  );
});
