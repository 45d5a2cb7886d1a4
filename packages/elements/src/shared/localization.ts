import type { MsgFn, StrResult } from '@lit/localize';
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
 * element's own `lang`, which PRODUCT.md requires. Instead each element renders with a `Translator`
 * for its own locale, passed to every function that makes text (announcements included): there is
 * no ambient locale for a message to fall back from. It installs nothing global, so any number of
 * copies and any host app coexist.
 */
export interface Translator {
  /** The language this translator answers in. */
  readonly locale: Language;
  /** Translates a source string or `str` template (Vietnamese) into `locale`. */
  readonly msg: TranslatorMsg;
  /** The labels of one of the schema's vocabularies (document types, statuses…) in `locale`. */
  readonly labels: <K extends keyof VocabularyLabels>(vocabulary: K, vietnamese: VocabularyLabels[K]) => VocabularyLabels[K];
}

/**
 * A translator's `msg`: typed as @lit/localize's, so that `lit-localize extract` finds its calls,
 * and marked, so that a test tells it from a `msg` bound to no locale.
 */
export type TranslatorMsg = MsgFn & { readonly _VN_TRANSLATOR_?: never };

/**
 * A source template with values: `msg(str\`… ${value} …\`)`. The value @lit/localize's public `str`
 * makes, without importing its package index, whose top level also sets up the page-wide runtime
 * the kit does not use (some 0.2 KB in every page).
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values })) as typeof import('@lit/localize').str;

/** A template as written in the sources: what Vietnamese readers get. */
export const sourceText = (template: string | StrResult): string =>
  typeof template === 'string' ? template : template.strings.reduce((text, part, index) => `${text}${String(template.values[index - 1])}${part}`);

const vietnamese: Translator = {
  locale: 'vi',
  msg: sourceText as TranslatorMsg,
  labels: (_vocabulary, labels) => labels,
};

/** The English translator, once its strings are fetched. */
let english: Translator | undefined;
let englishLoading: Promise<void> | undefined;

/** Whether a translator for `locale` is there now. */
export const translationsReady = (locale: Language): boolean => locale === 'vi' || english !== undefined;

/** Fetches the English translations once. A failure is retried by the next English render. */
export function loadTranslations(): Promise<void> {
  englishLoading ??= import('./english.js').then(
    (module) => {
      english = module.englishTranslator;
    },
    () => {
      englishLoading = undefined;
    },
  );
  return englishLoading;
}

/**
 * The translator for `locale`. Until the English strings could be fetched (offline, retried by the
 * next English render) it is the Vietnamese one, whose `locale` says so.
 */
export const translatorFor = (locale: Language): Translator => (locale === 'en' && english) || vietnamese;

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
