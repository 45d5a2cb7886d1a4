import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compareVietnameseNames, splitVietnameseName } from './index.js';

const syllables = ['An', 'Anh', 'Ánh', 'Ân', 'Bình', 'Bích', 'Cường', 'Dũng', 'Đức', 'Đào', 'Giang', 'Hà', 'Hạnh', 'Khai', 'Lê', 'Minh', 'Nguyễn', 'Phạm', 'Thị', 'Trần', 'Văn', 'Ứng', 'Yến'];
const fullName = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

test('splits a full name into family, middle and given names', () => {
  assert.deepEqual(splitVietnameseName('Nguyễn Thị Minh Khai'), { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' });
  assert.deepEqual(splitVietnameseName('  Lê   Lợi '), { family: 'Lê', middle: '', given: 'Lợi' });
  assert.deepEqual(splitVietnameseName('Minh'), { family: '', middle: '', given: 'Minh' });
  assert.deepEqual(splitVietnameseName('Trần Văn Đức'.normalize('NFD')), { family: 'Trần', middle: 'Văn', given: 'Đức' });
});

test('sorts by given name first, in Vietnamese alphabetical order', () => {
  const sorted = ['Nguyễn Văn Bình', 'Trần Thị An', 'Đỗ Đức', 'Phạm Dũng', 'Lê Ánh', 'Lê Anh', 'Hoàng Văn Ân', 'Vũ Thị Ăn'].sort(compareVietnameseNames);
  // a < ă < â and d < đ < e, whatever the family names; a tone sorts after the bare vowel.
  assert.deepEqual(sorted, ['Trần Thị An', 'Lê Anh', 'Lê Ánh', 'Vũ Thị Ăn', 'Hoàng Văn Ân', 'Nguyễn Văn Bình', 'Phạm Dũng', 'Đỗ Đức']);
});

test('the same given name is ordered by family name, then middle name', () => {
  const sorted = ['Trần Văn An', 'Lê Thị An', 'Lê An', 'Lê Văn An', 'Đặng An'].sort(compareVietnameseNames);
  assert.deepEqual(sorted, ['Đặng An', 'Lê An', 'Lê Thị An', 'Lê Văn An', 'Trần Văn An']);
});

test('comparison is a consistent order: antisymmetric, transitive, NFC/NFD-blind', () => {
  fc.assert(
    fc.property(fullName, fullName, fullName, (a, b, c) => {
      assert.equal(Math.sign(compareVietnameseNames(a, b)) + Math.sign(compareVietnameseNames(b, a)), 0);
      assert.equal(compareVietnameseNames(a, a.normalize('NFD')), 0);
      if (compareVietnameseNames(a, b) <= 0 && compareVietnameseNames(b, c) <= 0) assert.ok(compareVietnameseNames(a, c) <= 0, `the order is transitive: ${a} ≤ ${b} ≤ ${c}`);
    }),
  );
});

test('the given name decides whenever it differs', () => {
  fc.assert(
    fc.property(fullName, fullName, (a, b) => {
      const collator = new Intl.Collator('vi');
      const byGiven = collator.compare(splitVietnameseName(a).given, splitVietnameseName(b).given);
      if (byGiven !== 0) assert.equal(Math.sign(compareVietnameseNames(a, b)), Math.sign(byGiven));
    }),
  );
});
