import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldVietnamese, toNfc } from './index.js';

/** Text made of Vietnamese letters (all tones, both cases), ASCII letters, digits and spaces. */
const vietnameseText = fc.string({
  unit: fc.constantFrom(...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ AĂÂĐÊOÔƠƯ019'.split('')),
});

test('folds Vietnamese to lower-case ASCII letters for search', () => {
  assert.equal(foldVietnamese('Quyết định Cổng thông tin'), 'quyet dinh cong thong tin');
  assert.equal(foldVietnamese('Đắk Lắk'), 'dak lak');
  assert.equal(foldVietnamese('ĐIỆN BIÊN PHỦ'), 'dien bien phu');
  assert.equal(foldVietnamese('Nghị định 42/2022/NĐ-CP'), 'nghi dinh 42/2022/nd-cp');
});

test('toNfc composes decomposed input and leaves NFC as is', () => {
  const nfd = 'Quyết định'.normalize('NFD');
  assert.notEqual(nfd, 'Quyết định');
  assert.equal(toNfc(nfd), 'Quyết định');
  assert.equal(toNfc('Quyết định'), 'Quyết định');
});

test('folding: NFC and NFD give the same result, which is idempotent and plain ASCII', () => {
  fc.assert(
    fc.property(vietnameseText, (text) => {
      const folded = foldVietnamese(text);
      assert.equal(foldVietnamese(text.normalize('NFD')), folded);
      assert.equal(foldVietnamese(text.normalize('NFC')), folded);
      assert.equal(foldVietnamese(folded), folded);
      assert.match(folded, /^[a-z0-9 ]*$/);
    }),
  );
});

test('folding keeps the length of NFC text, so a match can be highlighted in the original', () => {
  fc.assert(fc.property(vietnameseText, (text) => foldVietnamese(text).length === toNfc(text).length));
});
