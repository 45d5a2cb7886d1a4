import { html, nothing, type TemplateResult } from 'lit';
import type { Language, LanguageUpdates, LocalizedText } from '@vn-portal/schema';
import { englishOutdated } from '@vn-portal/sdk';
import type { Translator } from './localization.js';

/** The text in `locale`, or the Vietnamese original when there is no English version. */
export function pickText(value: LocalizedText, locale: Language): { text: string; fallback: boolean } {
  const english = locale === 'en' ? value.en : undefined;
  return english === undefined ? { text: value.vi, fallback: locale !== 'vi' } : { text: english, fallback: false };
}

/** Localized content for a template: a Vietnamese fallback in English is marked `lang="vi"` for screen readers. */
export function localized(value: LocalizedText, locale: Language): string | TemplateResult {
  const { text, fallback } = pickText(value, locale);
  return fallback ? html`<span lang="vi">${text}</span>` : text;
}

/** A note after English text older than its Vietnamese original, so possibly outdated; shown only in English. */
export const outdatedEnglishNote = (updated: LanguageUpdates | undefined, t: Translator) =>
  t.locale === 'en' && englishOutdated(updated)
    ? html` <small part="outdated-english">${t.msg('Bản tiếng Anh có thể chưa cập nhật.')}</small>`
    : nothing;
