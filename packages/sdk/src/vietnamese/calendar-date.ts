/**
 * Calendar dates (`YYYY-MM-DD`) as Vietnam sees them. Dates are handled as day numbers counted in
 * UTC, so the time zone of the machine running the code never shifts a date.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// The offset is required: without one, a date-time would be read on the machine's clock.
const isoDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;
/** Milliseconds in a day: day numbers times this are UTC midnights. */
export const msPerDay = 86_400_000;

// Vietnam's time zone: an instant's calendar date is the one on the wall in Hà Nội.
const vietnamTimeZone = 'Asia/Ho_Chi_Minh';

let vietnamDayFormat: Intl.DateTimeFormat | undefined;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws a RangeError for anything else. */
export function dayNumber(date: string): number {
  const match = isoDatePattern.exec(date);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const utc = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
    utc.setUTCFullYear(year, month - 1, day);
    if (utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day) return utc.getTime() / msPerDay;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 for Sunday … 6 for Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * msPerDay).getUTCDay();
}

/** The calendar date in Vietnam at the given instant. */
function vietnamDateOf(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  vietnamDayFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: vietnamTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(vietnamDayFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month)}-${String(parts.day)}`;
}

/**
 * The day number of the calendar date meant by a value: a `YYYY-MM-DD` string is taken as is (a
 * date, not midnight UTC, which west of Greenwich would be the day before); a `Date` or an ISO
 * date-time string with its offset is an instant, read on Vietnam's clock.
 *
 * @throws RangeError for anything else, or an invalid date.
 */
export function calendarDayOf(value: Date | string): number {
  if (value instanceof Date) return dayNumber(vietnamDateOf(value));
  if (isoDatePattern.test(value)) return dayNumber(value);
  if (!isoDateTimePattern.test(value)) throw new RangeError(`Not a date: ${JSON.stringify(value)}`);
  return dayNumber(vietnamDateOf(new Date(value)));
}
