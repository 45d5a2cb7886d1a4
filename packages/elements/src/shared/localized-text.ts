import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '@vn-portal/schema';
import type { Language } from '@vn-portal/schema';

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
