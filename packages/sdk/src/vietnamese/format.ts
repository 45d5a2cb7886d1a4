import { calendarDayOf, msPerDay } from './calendar-date.js';
import type { Language } from '@vn-portal/schema';

// Vietnamese writes dates day first with two digits (05/03/2024); British English spells the month
// (5 March 2024), which no reader mistakes for 3 May.
const dateFormats: Record<Language, [string, Intl.DateTimeFormatOptions]> = {
  vi: ['vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }],
  en: ['en-GB', { day: 'numeric', month: 'long', year: 'numeric' }],
};

// Intl formatters are costly to build and a page formats many values: one per language and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a date for display: `05/03/2024` in Vietnamese, `5 March 2024` in English.
 *
 * @param value a `YYYY-MM-DD` calendar date, shown as is whatever the viewer's time zone; or an
 *   instant (`Date`, ISO date-time with offset), shown as the date it was in Vietnam.
 * @throws RangeError when the value is not a valid date.
 */
export function formatDate(value: Date | string, language: Language): string {
  const [locale, options] = dateFormats[language];
  const formatter = cached(`date:${language}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  return formatter.format(calendarDayOf(value) * msPerDay);
}

/**
 * Formats a number with the language's grouping: `11.454.030` in Vietnamese, `11,454,030` in
 * English. `options` are those of `Intl.NumberFormat` (e.g. `{ style: 'percent' }`).
 */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  const formatter = cached(`number:${language}:${JSON.stringify(options ?? {})}`, () =>
    new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', options),
  );
  return formatter.format(value);
}
