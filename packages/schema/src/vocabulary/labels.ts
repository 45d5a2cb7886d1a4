import { englishLabels } from './labels-en.js';
import { vietnameseLabels } from './labels-vi.js';
import type { Language } from './languages.js';
import type { VocabularyLabels } from './terms.js';

/** Both languages' labels, for servers and tools; a browser page imports only the language it shows. */
export const vocabularyLabels: Record<Language, VocabularyLabels> = { vi: vietnameseLabels, en: englishLabels };

/** A value's label in both languages (the API's `LocalizedText`), or `undefined` when the value is not of the vocabulary. */
export function labelOf(vocabulary: keyof VocabularyLabels, value: string): { vi: string; en: string } | undefined {
  const vi = vietnameseLabels[vocabulary] as Record<string, string>;
  const en = englishLabels[vocabulary] as Record<string, string>;
  return Object.hasOwn(vi, value) && Object.hasOwn(en, value) ? { vi: vi[value] as string, en: en[value] as string } : undefined;
}
