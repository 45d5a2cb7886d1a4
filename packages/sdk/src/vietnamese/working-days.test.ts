import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import fc from 'fast-check';
import Holidays from 'date-holidays';
import { addWorkingDays, isWorkingDay, listVietnamHolidays, type WorkingDayOptions } from './working-days.js';

const msPerDay = 86_400_000;
const isoDate = (day: number) => new Date(day * msPerDay).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / msPerDay;
const dayBefore = (date: string) => isoDate(dayOf(date) - 1);

const machineTimeZone = process.env.TZ;
afterEach(() => {
  if (machineTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineTimeZone;
});

/** Calendar dates from 2021 (the Labour Code 2019) to 2060. */
const calendarDate = fc.integer({ min: dayOf('2021-01-01'), max: dayOf('2060-12-31') }).map(isoDate);

/** Working days strictly after `from` up to and including `to`. */
function workingDaysBetween(from: string, to: string, options?: WorkingDayOptions): number {
  let count = 0;
  for (let day = dayOf(from) + 1; day <= dayOf(to); day += 1) if (isWorkingDay(isoDate(day), options)) count += 1;
  return count;
}

test('knows the lunar holidays of real years', () => {
  const dates = (year: number) => listVietnamHolidays(year).map((holiday) => holiday.date);
  // Mùng 1 Tết and Giỗ Tổ Hùng Vương (10/3 lunar) as the calendars printed them.
  const known = [
    ['2024-02-10', '2024-04-18'],
    ['2025-01-29', '2025-04-07'],
    ['2026-02-17', '2026-04-26'],
    ['2023-01-22', '2023-04-29'],
  ];
  for (const [tet = '', hungKings = ''] of known) {
    const year = Number(tet.slice(0, 4));
    assert.ok(dates(year).includes(tet), tet);
    assert.ok(dates(year).includes(hungKings), hungKings);
  }
});

test('lists the public holidays of a year, in Vietnamese and in English', () => {
  assert.deepEqual(listVietnamHolidays(2026), [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-02-16', name: 'Tết Nguyên đán (giao thừa)' },
    { date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)' },
    { date: '2026-02-18', name: 'Tết Nguyên đán (mùng 2)' },
    { date: '2026-02-19', name: 'Tết Nguyên đán (mùng 3)' },
    { date: '2026-02-20', name: 'Tết Nguyên đán (mùng 4)' },
    { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương' },
    { date: '2026-04-30', name: 'Ngày Chiến thắng' },
    { date: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
    { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)' },
    { date: '2026-09-02', name: 'Quốc khánh' },
  ]);
  assert.equal(listVietnamHolidays(2025, 'en')[2]?.name, 'Lunar New Year (day 1)');
  assert.throws(() => listVietnamHolidays(1900), RangeError);
});

test('adds the day next to 2/9 as the decisions of 2021–2025 did', () => {
  const adjacent = (year: number) => listVietnamHolidays(year).find((holiday) => holiday.name.includes('liền kề'))?.date;
  assert.equal(adjacent(2021), '2021-09-03'); // Thursday 2/9 → Friday
  assert.equal(adjacent(2022), '2022-09-01'); // Friday → Thursday
  assert.equal(adjacent(2023), '2023-09-01'); // Saturday → Friday
  assert.equal(adjacent(2024), '2024-09-03'); // Monday → Tuesday
  assert.equal(adjacent(2025), '2025-09-01'); // Tuesday → Monday
  assert.equal(adjacent(2020), undefined);
});

test('agrees with the VN data of the full date-holidays package, plus the day next to 2/9', () => {
  const upstream = new Holidays('VN');
  for (let year = 2021; year <= 2045; year += 1) {
    const theirs = new Set<string>();
    for (const holiday of upstream.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const days = Math.round((holiday.end.getTime() - holiday.start.getTime()) / msPerDay);
      for (let offset = 0; offset < days; offset += 1) theirs.add(isoDate(dayOf(holiday.date.slice(0, 10)) + offset));
    }
    const ours = listVietnamHolidays(year)
      .filter((holiday) => !holiday.name.includes('liền kề'))
      .map((holiday) => holiday.date);
    assert.deepEqual(ours, [...theirs].sort(), String(year));
  }
});

test('counts working days past weekends and holidays', () => {
  assert.equal(addWorkingDays('2025-01-24', 1), '2025-01-27'); // Friday → Monday
  assert.equal(addWorkingDays('2025-01-27', 1), '2025-02-03'); // Tết 28/1–1/2, then the weekend
  assert.equal(addWorkingDays('2025-01-24', 15), '2025-02-20');
  assert.equal(addWorkingDays('2025-04-29', 1), '2025-05-02'); // 30/4 and 1/5
  assert.equal(addWorkingDays('2025-02-03', -1), '2025-01-27');
  assert.equal(addWorkingDays('2025-02-01', 0), '2025-02-01');
  assert.equal(isWorkingDay('2025-04-07'), false); // Giỗ Tổ
  assert.equal(isWorkingDay('2025-09-01'), false);
  assert.equal(isWorkingDay('2025-09-03'), true);
  assert.equal(isWorkingDay('2026-02-17'), false);
});

test("takes the year's decisions: extra days off and make-up working days", () => {
  // A bridge day (Friday 2/5) swapped with a Saturday worked (26/4), and an extra day before Tết.
  const options = { extraDaysOff: ['2025-05-02', '2025-01-27'], extraWorkingDays: ['2025-04-26'] };
  assert.equal(isWorkingDay('2025-05-02', options), false);
  assert.equal(isWorkingDay('2025-04-26', options), true);
  assert.equal(addWorkingDays('2025-04-25', 1, options), '2025-04-26');
  assert.equal(addWorkingDays('2025-04-29', 1, options), '2025-05-05');
  assert.equal(addWorkingDays('2025-01-24', 1, options), '2025-02-03');
  // A declared working day wins even over a statutory holiday.
  assert.equal(isWorkingDay('2025-09-01', { extraWorkingDays: ['2025-09-01'] }), true);
  assert.throws(() => isWorkingDay('2025-05-02', { extraDaysOff: ['2/5/2025'] }), RangeError);
});

test('reads instants on the Vietnamese calendar, whatever the machine time zone', () => {
  for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    process.env.TZ = zone;
    // 00:30 on 29/1/2025 (mùng 1 Tết) in Hà Nội.
    assert.equal(isWorkingDay(new Date('2025-01-28T17:30:00Z')), false, zone);
    assert.equal(isWorkingDay('2025-01-27'), true, zone);
    assert.equal(addWorkingDays(new Date('2025-01-24T16:59:00Z'), 1), '2025-01-27', zone);
    assert.equal(listVietnamHolidays(2026)[2]?.date, '2026-02-17', zone);
  }
});

test('rejects invalid dates and counts', () => {
  assert.throws(() => addWorkingDays('2025-02-29', 1), RangeError);
  assert.throws(() => addWorkingDays('2025-01-01', 1.5), RangeError);
  assert.throws(() => addWorkingDays('2025-01-01', Number.NaN), RangeError);
  assert.throws(() => isWorkingDay('2025-01-01T10:00'), RangeError);
  assert.throws(() => isWorkingDay('1900-01-06'), RangeError); // a Saturday, before the calendar's years
});

const options = fc.record({
  extraDaysOff: fc.array(calendarDate, { maxLength: 20 }),
  extraWorkingDays: fc.array(calendarDate, { maxLength: 5 }),
});

test('addWorkingDays lands on a working day after exactly n working days', () => {
  fc.assert(
    fc.property(calendarDate, fc.integer({ min: 1, max: 60 }), options, (start, n, decisions) => {
      const due = addWorkingDays(start, n, decisions);
      assert.ok(isWorkingDay(due, decisions), due);
      assert.equal(workingDaysBetween(start, due, decisions), n);
    }),
    { numRuns: 200 },
  );
});

test('counting backwards is the mirror of counting forwards', () => {
  fc.assert(
    fc.property(calendarDate, fc.integer({ min: 1, max: 60 }), options, (start, n, decisions) => {
      const earlier = addWorkingDays(start, -n, decisions);
      assert.ok(isWorkingDay(earlier, decisions), earlier);
      // Working days from `earlier` included to `start` excluded.
      assert.equal(workingDaysBetween(dayBefore(earlier), dayBefore(start), decisions), n);
      if (isWorkingDay(start, decisions)) assert.equal(addWorkingDays(earlier, n, decisions), start);
    }),
    { numRuns: 200 },
  );
});

test('adding a then b working days is adding a + b', () => {
  fc.assert(
    fc.property(calendarDate, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (start, a, b) => {
      assert.equal(addWorkingDays(addWorkingDays(start, a), b), addWorkingDays(start, a + b));
    }),
    { numRuns: 200 },
  );
});

test('a working day is a weekday that is neither a holiday nor a day off', () => {
  fc.assert(
    fc.property(calendarDate, (date) => {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const holiday = listVietnamHolidays(Number(date.slice(0, 4))).some((entry) => entry.date === date);
      assert.equal(isWorkingDay(date), weekday !== 0 && weekday !== 6 && !holiday);
      assert.equal(isWorkingDay(date, { extraDaysOff: [date] }), false);
      assert.equal(isWorkingDay(date, { extraWorkingDays: [date], extraDaysOff: [date] }), true);
    }),
    { numRuns: 300 },
  );
});
