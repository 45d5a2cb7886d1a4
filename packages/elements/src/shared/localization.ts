import type { MsgFn } from '@lit/localize';
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { Language } from '@vn-portal/schema';
import type { VocabularyLabels } from '@vn-portal/schema/vocabulary';

/**
 * The kit's localization, on @lit/localize's message format: source strings in Vietnamese, English
 * translations extracted to XLIFF (`xliff/en.xlf`) and compiled to `src/locales/en.ts` by
 * `lit-localize`.
 *
 * Why Vietnamese in the sources: it is the default language and the one most visitors read, so
 * their pages carry no translation table at all; the English one (about 5 KB gzip) is fetched with
 * the first element shown in English, which waits for it rather than flash Vietnamese
 * (`PortalElement.scheduleUpdate`).
 *
 * Why not `configureLocalization()`: it installs one `msg` for the whole page and throws when called
 * a second time, so a second copy of the kit, or a host app that localizes with @lit/localize
 * itself, would either break or be broken; and its single active locale cannot follow each
 * element's own `lang`, which PRODUCT.md requires. Instead the kit keeps its own `msg` (the same
 * runtime lookup, typed so `lit-localize extract` finds the calls) and renders each element inside
 * its own locale. It installs nothing global, so any number of copies and any host app coexist.
 */

/** The English lookup and labels, once fetched. */
let english: typeof import('./english.js') | undefined;
let englishLoading: Promise<void> | undefined;

/** Whether `msg()` can answer in `locale` now. */
export const translationsReady = (locale: Language): boolean => locale === 'vi' || english !== undefined;

/** Fetches the English translations once. A failure is retried by the next English render; until then text stays Vietnamese. */
export function loadTranslations(): Promise<void> {
  englishLoading ??= import('./english.js').then(
    (module) => {
      english = module;
    },
    () => {
      englishLoading = undefined;
    },
  );
  return englishLoading;
}

let current: Language = 'vi';

/** Runs `work` (a render, or building an announcement) with `msg()` answering in `locale`. */
export function inLocale<T>(locale: Language, work: () => T): T {
  const previous = current;
  current = locale;
  try {
    return work();
  } finally {
    current = previous;
  }
}

/** The locale the current `msg()` calls answer in. */
export const activeLocale = (): Language => current;

/** Translates a source string or `str` template into the locale set by `inLocale`. */
export const msg = ((template, options) => {
  if (current === 'en' && english) return english.translate(template, options);
  // The source text, as @lit/localize writes it without a translation.
  return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
}) as MsgFn;
// From its own module: the package's index also pulls in the unused global runtime.
export { str } from '@lit/localize/internal/str-tag.js';

/**
 * The labels of one of the schema's vocabularies (document types, statuses…) in the locale set by
 * `inLocale`: the Vietnamese table the caller imports, or the English one fetched with the English strings.
 */
export const labelsIn = <K extends keyof VocabularyLabels>(vocabulary: K, vietnamese: VocabularyLabels[K]): VocabularyLabels[K] =>
  current === 'en' && english ? english.englishLabels[vocabulary] : vietnamese;

/** `vi` unless the tag says English: Vietnamese is the portals' default and fallback language. */
export const toPortalLocale = (tag: string | null | undefined): Language | undefined =>
  tag ? (/^en\b/i.test(tag) ? 'en' : 'vi') : undefined;

/** The `lang` of the element or its nearest ancestor, crossing shadow roots, up to `<html>`. */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
