import type { LanguageUpdates, LocalizedText, Language } from '@vn-portal/schema';

/** A record's bilingual texts, in a fixed order; absent ones are `undefined`. */
export type BilingualTexts = readonly (LocalizedText | undefined)[];

const language = (texts: BilingualTexts, lang: Language) => JSON.stringify(texts.map((text) => text?.[lang] ?? null));

/**
 * When each language of a record last changed, after a write at `at`: a language keeps its time
 * when the write left its text as it was, so rewording the Vietnamese alone leaves the English
 * older (possibly outdated), and a translation caught up moves the English forward.
 */
export function languageUpdates(texts: BilingualTexts, at: string, before?: { texts: BilingualTexts; updated: LanguageUpdates }): LanguageUpdates {
  const same = (lang: Language) => before !== undefined && language(before.texts, lang) === language(texts, lang);
  const vi = same('vi') && before ? before.updated.vi : at;
  if (texts.every((text) => text?.en === undefined)) return { vi };
  return { vi, en: same('en') && before?.updated.en !== undefined ? before.updated.en : at };
}
