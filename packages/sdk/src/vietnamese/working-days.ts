/**
 * Working days in Vietnam: Monday to Friday, less the public holidays (solar and lunar) and the days
 * off the government decides each year, plus the Saturdays it declares working days. An entry of
 * its own because the lunar calendar weighs far more than the other Vietnamese utilities.
 */
import { calendarDayOf, dayNumber, fromDayNumber, weekdayOf } from './calendar-date.js';
import { isPublicHoliday } from './vietnam-holidays.js';

export { listVietnamHolidays, type VietnamHoliday } from './vietnam-holidays.js';

/**
 * The year's decisions that the statutory calendar cannot know, as an administrator enters them,
 * each a list of `YYYY-MM-DD` dates.
 */
export interface WorkingDayOptions {
  /**
   * Days off on top of the public holidays: the extra days around Tết, the substitute day when a
   * holiday falls on a weekend (nghỉ bù), a bridge day swapped with a Saturday.
   */
  extraDaysOff?: readonly string[];
  /**
   * Days worked although they are a weekend or holiday: the Saturday worked in exchange for a
   * bridge day (làm bù). Wins over every other rule.
   */
  extraWorkingDays?: readonly string[];
}

interface Calendar {
  daysOff: Set<number>;
  workingDays: Set<number>;
}

function calendarOf(options: WorkingDayOptions): Calendar {
  return {
    daysOff: new Set((options.extraDaysOff ?? []).map(dayNumber)),
    workingDays: new Set((options.extraWorkingDays ?? []).map(dayNumber)),
  };
}

function isWorking(day: number, calendar: Calendar): boolean {
  if (calendar.workingDays.has(day)) return true;
  const weekday = weekdayOf(day);
  return !isPublicHoliday(day) && weekday !== 0 && weekday !== 6 && !calendar.daysOff.has(day);
}

/**
 * Whether a date is a working day in Vietnam.
 *
 * @param date a `YYYY-MM-DD` calendar date, or an instant (`Date`, ISO date-time with offset) read
 *   on Vietnam's clock.
 * @throws RangeError for an invalid date, in `date` or in the options, or one outside 1976–2199.
 */
export function isWorkingDay(date: Date | string, options: WorkingDayOptions = {}): boolean {
  return isWorking(calendarDayOf(date), calendarOf(options));
}

/**
 * The date `days` working days after `start` (before it when negative), as the deadlines of
 * administrative law count them: the start day itself is not counted, so a question received on a
 * Friday and due in 1 working day is due the next Monday. With `days` 0, `start` is returned.
 *
 * @param start a `YYYY-MM-DD` calendar date, or an instant (`Date`, ISO date-time with offset)
 *   read on Vietnam's clock.
 * @returns the `YYYY-MM-DD` date, always a working day when `days` is not 0.
 * @throws RangeError for an invalid date, when `days` is not a safe integer, or when the count
 *   leaves the years 1976–2199.
 */
export function addWorkingDays(start: Date | string, days: number, options: WorkingDayOptions = {}): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Not a whole number of days: ${String(days)}`);
  const calendar = calendarOf(options);
  const step = Math.sign(days);
  let day = calendarDayOf(start);
  for (let remaining = Math.abs(days); remaining > 0; ) {
    day += step;
    if (isWorking(day, calendar)) remaining -= 1;
  }
  return fromDayNumber(day);
}
