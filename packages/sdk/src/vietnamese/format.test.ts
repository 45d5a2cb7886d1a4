import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import fc from 'fast-check';
import { formatDate, formatNumber } from './index.js';

const machineTimeZone = process.env.TZ;
afterEach(() => {
  if (machineTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineTimeZone;
});

/** Valid calendar dates as `YYYY-MM-DD`, years 1900–2199. */
const calendarDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

test('formats dates as Vietnamese and English readers expect', () => {
  assert.equal(formatDate('2024-03-05', 'vi'), '05/03/2024');
  assert.equal(formatDate('2024-03-05', 'en'), '5 March 2024');
  assert.equal(formatDate('2025-12-31', 'vi'), '31/12/2025');
});

test('a calendar date is never shifted by the machine time zone', () => {
  for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh', 'UTC']) {
    process.env.TZ = zone;
    assert.equal(formatDate('2024-03-05', 'vi'), '05/03/2024', zone);
    assert.equal(formatDate('2024-01-01', 'en'), '1 January 2024', zone);
  }
});

test('an instant is shown as the date it was in Vietnam', () => {
  process.env.TZ = 'America/New_York';
  // 18:00 UTC on 4 March is 01:00 on 5 March in Hà Nội.
  assert.equal(formatDate(new Date('2024-03-04T18:00:00Z'), 'vi'), '05/03/2024');
  assert.equal(formatDate('2024-03-04T16:59:59Z', 'vi'), '04/03/2024');
  assert.equal(formatDate('2024-03-05T00:30:00+07:00', 'en'), '5 March 2024');
});

test('rejects what is not a date rather than showing a wrong one', () => {
  for (const bad of ['2024-02-30', '2024-13-01', '05/03/2024', '', '2024-03-05T10:00', 'tomorrow']) {
    assert.throws(() => formatDate(bad, 'vi'), RangeError, bad);
  }
  assert.throws(() => formatDate(new Date(Number.NaN), 'vi'), RangeError);
});

test('any calendar date round-trips through the Vietnamese format', () => {
  fc.assert(
    fc.property(calendarDate, (date) => {
      const [year, month, day] = date.split('-');
      assert.equal(formatDate(date, 'vi'), `${String(day)}/${String(month)}/${String(year)}`);
    }),
  );
});

test('formats numbers with the grouping of each language', () => {
  assert.equal(formatNumber(11_454_030, 'vi'), '11.454.030');
  assert.equal(formatNumber(11_454_030, 'en'), '11,454,030');
  assert.equal(formatNumber(1344, 'vi'), '1.344');
  assert.equal(formatNumber(0.5, 'vi'), '0,5');
  assert.equal(formatNumber(0.88, 'en', { style: 'percent' }), '88%');
  // Vietnamese writes a percentage without a space: "56%".
  assert.equal(formatNumber(0.56, 'vi', { style: 'percent' }), '56%');
});

test('formatted integers read back to the same number', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
      assert.equal(Number(formatNumber(value, 'vi').replaceAll('.', '')), value);
      assert.equal(Number(formatNumber(value, 'en').replaceAll(',', '')), value);
    }),
  );
});
