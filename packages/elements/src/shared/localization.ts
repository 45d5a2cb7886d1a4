import type { MsgFn } from '@lit/localize';
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';

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
export type PortalLocale = 'vi' | 'en';

/** The English lookup, once fetched. */
let english: typeof import('./english.js').translate | undefined;
let englishLoading: Promise<void> | undefined;

/** Whether `msg()` can answer in `locale` now. */
export const translationsReady = (locale: PortalLocale): boolean => locale === 'vi' || english !== undefined;

/** Fetches the English translations once. A failure is retried by the next English render; until then text stays Vietnamese. */
export function loadTranslations(): Promise<void> {
  englishLoading ??= import('./english.js').then(
    (module) => {
      english = module.translate;
    },
    () => {
      englishLoading = undefined;
    },
  );
  return englishLoading;
}

let current: PortalLocale = 'vi';

/** Runs `work` (a render, or building an announcement) with `msg()` answering in `locale`. */
export function inLocale<T>(locale: PortalLocale, work: () => T): T {
  const previous = current;
  current = locale;
  try {
    return work();
  } finally {
    current = previous;
  }
}

/** The locale the current `msg()` calls answer in. */
export const activeLocale = (): PortalLocale => current;

/** Translates a source string or `str` template into the locale set by `inLocale`. */
export const msg = ((template, options) => {
  if (current === 'en' && english) return english(template, options);
  // The source text, as @lit/localize writes it without a translation.
  return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
}) as MsgFn;
// From its own module: the package's index also pulls in the unused global runtime.
export { str } from '@lit/localize/internal/str-tag.js';

/** `vi` unless the tag says English: Vietnamese is the portals' default and fallback language. */
export const toPortalLocale = (tag: string | null | undefined): PortalLocale | undefined =>
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
