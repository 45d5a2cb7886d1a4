import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import vi from 'zod/v4/locales/vi.js';
import type { Language } from './vocabulary/languages.js';

/**
 * Sets the language of zod's own validation messages. Kept apart from the schemas so that a page
 * which shows its own messages (the elements do) does not ship zod's.
 */
export function useSchemaLocale(locale: Language): void {
  z.config(locale === 'vi' ? vi() : en());
}
