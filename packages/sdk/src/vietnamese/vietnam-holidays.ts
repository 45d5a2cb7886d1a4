import HolidaysParser from 'date-holidays-parser';
import { dayNumber, fromDayNumber, msPerDay, weekdayOf } from './calendar-date.js';
import type { Language } from '@vn-portal/schema';

/** A public holiday (ngày nghỉ lễ, tết) of the Labour Code 2019, article 112. */
export interface VietnamHoliday {
  /** `YYYY-MM-DD`. */
  date: string;
  name: string;
}

type Names = Record<Language, string>;

const tet = (vi: string, en: string): Names => ({ vi: `Tết Nguyên đán (${vi})`, en: `Lunar New Year (${en})` });

/**
 * Vietnam's public holidays in the rule language of date-holidays, loaded alone: the full
 * date-holidays package bundles every country's rules, which a page does not need. The rules
 * follow date-holidays' own VN data (Tết from the last day of the lunar year to the 4th of
 * Giêng, five days in all; Giỗ Tổ on the 10th of the 3rd lunar month; 1/1, 30/4, 1/5, 2/9);
 * lunar dates are computed by the library for UTC+7, Vietnam's calendar.
 */
const rules: Record<string, Names> = {
  '01-01': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  // The last day of the lunar year is the 29th or the 30th of tháng Chạp.
  '1 day before vietnamese 1-0-1': tet('giao thừa', 'eve'),
  'vietnamese 1-0-1': tet('mùng 1', 'day 1'),
  'vietnamese 1-0-2': tet('mùng 2', 'day 2'),
  'vietnamese 1-0-3': tet('mùng 3', 'day 3'),
  'vietnamese 1-0-4': tet('mùng 4', 'day 4'),
  'vietnamese 3-0-10': { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings Commemoration Day' },
  '04-30': { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  '05-01': { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  '09-02': { vi: 'Quốc khánh', en: 'National Day' },
};

// The Labour Code 2019, in force from 2021, added the day next to 2/9.
const laborCode2019Year = 2021;
const nationalDayAdjacent: Names = { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' };

let parser: HolidaysParser | undefined;
const cache = new Map<string, VietnamHoliday[]>();
const holidaysByYear = new Map<number, Set<number>>();

function holidayParser(): HolidaysParser {
  if (!parser) {
    const days = Object.fromEntries(Object.entries(rules).map(([rule, name]) => [rule, { name }]));
    const country = { names: { vi: 'Việt Nam', en: 'Vietnam' }, langs: ['vi'], zones: ['Asia/Ho_Chi_Minh'], days };
    parser = new HolidaysParser({ holidays: { VN: country } }, 'VN');
  }
  return parser;
}

/**
 * The day off that article 112 adds next to 2/9, "the day before or after" as the Prime Minister
 * decides each year. Guessed as the decisions of 2021–2025 were made: the neighbouring weekday
 * that joins the holiday to a weekend (Thursday → Friday 3/9, Tuesday → Monday 1/9), else the day
 * before. A different decision is entered as an extra day off plus a make-up working day.
 */
function nationalDayAdjacentDay(year: number): number {
  const nationalDay = dayNumber(`${String(year)}-09-02`);
  const weekday = weekdayOf(nationalDay);
  // Monday (the day before is a Sunday), Thursday and Sunday (the day before is a Saturday).
  return [1, 4, 0].includes(weekday) ? nationalDay + 1 : nationalDay - 1;
}

/**
 * The public holidays of a Gregorian year, sorted by date: Tết Dương lịch, the five days of Tết
 * Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, and 2/9 with its adjacent day (from 2021). Days off
 * that the government adds each year (bridges, substitute days for holidays on a weekend) are not
 * in it: they are the `extraDaysOff` of the working-day functions. Earlier years get the same
 * rules without the day next to 2/9, though their law differed more (Tết had four days before
 * 2013; Giỗ Tổ has been a day off since 2007).
 *
 * @throws RangeError for a year outside 1976–2199.
 */
export function listVietnamHolidays(year: number, language: Language = 'vi'): VietnamHoliday[] {
  if (!Number.isInteger(year) || year < 1976 || year > 2199) throw new RangeError(`Year out of range: ${String(year)}`);
  const key = `${String(year)}:${language}`;
  let holidays = cache.get(key);
  if (!holidays) {
    holidays = holidayParser()
      .getHolidays(year, language)
      .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
    if (year >= laborCode2019Year) {
      holidays.push({ date: fromDayNumber(nationalDayAdjacentDay(year)), name: nationalDayAdjacent[language] });
    }
    holidays.sort((a, b) => a.date.localeCompare(b.date));
    cache.set(key, holidays);
  }
  return holidays.map((holiday) => ({ ...holiday }));
}

/** Whether a day number (see calendar-date) is a public holiday. */
export function isPublicHoliday(day: number): boolean {
  const year = new Date(day * msPerDay).getUTCFullYear();
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(listVietnamHolidays(year).map((holiday) => dayNumber(holiday.date)));
    holidaysByYear.set(year, days);
  }
  return days.has(day);
}
