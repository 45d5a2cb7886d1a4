import type { LocalizedText, Language } from '@vn-portal/schema';

/** The console's language: the page's, which the server set from `?lang=`. */
export const pageLanguage = (): Language => (document.documentElement.lang === 'en' ? 'en' : 'vi');

/** A bilingual value in the page's language, Vietnamese when it has no English version. */
export const inPageLanguage = (value: Pick<LocalizedText, Language>): string => (pageLanguage() === 'en' ? (value.en ?? value.vi) : value.vi);

/** Date and time as officers read them, on Vietnam's clock. */
export const formatInstant = (instant: string): string =>
  new Intl.DateTimeFormat(pageLanguage() === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(instant));
